import { describe, expect, it } from 'vitest';
import { saveCalendarSettings } from '../../renderer/src/db/calendar-settings';
import { RelanceDatabase } from '../../renderer/src/db/database';
import {
  completeTask,
  loadAssignments,
  loadBusinessCalendar,
  loadScenarios,
  moveTask,
  plannedTasks,
  runPlanning,
  saveAssignments,
  saveScenario,
  skipTask,
  todayTasks,
} from '../../renderer/src/db/schedule';
import type { Customer, Hold, Invoice, Scenario, Task } from '../../renderer/src/db/schema';
import { DEFAULT_SCENARIO } from '../../renderer/src/domain/schedule/scenario';
import { taskKey } from '../../renderer/src/domain/schedule/tasks';
import { freshDatabases } from './fresh-database';

const fresh = freshDatabases('relance-schedule');

const STAMP = '2026-01-01T00:00:00.000Z';
const customer = (id: string, extra: Partial<Customer> = {}): Customer => ({
  id, reference: `411${id.toUpperCase()}`, name: `Client ${id}`, kind: 'business', contacts: [], createdAt: STAMP, updatedAt: STAMP, ...extra,
});
const invoice = (id: string, customerId: string, dueDate: string, hold: Hold | null = null): Invoice => ({
  id, customerId, number: id, issueDate: '2026-01-01', dueDate, amountCents: 100_000, sourceOpenCents: 100_000, openCents: 100_000,
  hold, source: 'import', createdAt: STAMP, updatedAt: STAMP,
});

/** Counts every write to the tasks table (Dexie hooks see each put, add, update and delete). */
function countWrites(db: RelanceDatabase): { writes: number } {
  const counter = { writes: 0 };
  db.tasks.hook('creating', () => void (counter.writes += 1));
  db.tasks.hook('updating', () => void (counter.writes += 1));
  db.tasks.hook('deleting', () => void (counter.writes += 1));
  return counter;
}

/** A book as of Monday 16 March 2026: F1 due Monday 2 March (J+3 Thursday 5 March missed). */
async function book(db: RelanceDatabase): Promise<void> {
  await db.customers.bulkAdd([customer('c1'), customer('c2')]);
  await db.invoices.bulkAdd([invoice('F1', 'c1', '2026-03-02'), invoice('G1', 'c2', '2026-03-18')]);
}

const lines = (tasks: Task[]) => tasks.map((t) => `${t.customerId} ${t.stepId} ${t.date} ${t.status}`);

describe('runPlanning', () => {
  it('writes the plan once: a second run writes nothing', async () => {
    const db = await fresh();
    await book(db);
    expect(await runPlanning(db, '2026-03-16')).toEqual({ created: 2, updated: 0, obsolete: 0, overdue: 1 });
    // c1: the reminder of 5 March, late. c2: G1 due Wednesday 18 March, J-3 Sunday 15 → Monday 16.
    expect(lines(await db.tasks.orderBy('date').toArray())).toEqual(['c1 reminder 2026-03-05 planned', 'c2 courtesy 2026-03-16 planned']);
    const writes = countWrites(db);
    expect(await runPlanning(db, '2026-03-16')).toEqual({ created: 0, updated: 0, obsolete: 0, overdue: 1 });
    expect(writes.writes).toBe(0);
    expect(await db.tasks.count()).toBe(2);
  });

  it('makes the task of an invoice put on hold obsolete, and brings it back once the hold has an end, after it', async () => {
    const db = await fresh();
    await book(db);
    await runPlanning(db, '2026-03-16');
    const id = taskKey('c1', 'reminder', 'F1');

    await db.invoices.update('F1', { hold: { kind: 'dispute', reason: 'Livraison contestée', since: '2026-03-16', until: null } });
    expect(await runPlanning(db, '2026-03-16')).toMatchObject({ created: 0, updated: 0, obsolete: 1 });
    expect((await db.tasks.get(id))!.status).toBe('obsolete');
    expect((await todayTasks(db, '2026-03-16')).map((t) => t.customerId)).toEqual(['c2']);

    // The dispute settled: chasing resumes on Wednesday 1 April. Not before (still 16 March)…
    await db.invoices.update('F1', { hold: { kind: 'dispute', reason: 'Livraison contestée', since: '2026-03-16', until: '2026-04-01' } });
    expect(await runPlanning(db, '2026-03-16')).toMatchObject({ created: 0, updated: 1, obsolete: 0 });
    expect(await db.tasks.get(id)).toMatchObject({ status: 'planned', date: '2026-04-01', originalDate: '2026-03-05' });
    expect(await todayTasks(db, '2026-03-31')).not.toContainEqual(expect.objectContaining({ id }));
    // …and from the end date on, the same task is there, late the day after.
    expect(await runPlanning(db, '2026-04-02')).toMatchObject({ created: 0, obsolete: 0 });
    expect(await db.tasks.get(id)).toMatchObject({ status: 'planned', date: '2026-04-01' });
    expect((await todayTasks(db, '2026-04-02')).map((t) => t.id)).toContain(id);
    expect(await db.tasks.where('key').equals(id).count()).toBe(1);
  });

  it('brings the next rung once the current one is done', async () => {
    const db = await fresh();
    await book(db);
    await runPlanning(db, '2026-03-16');
    await completeTask(db, taskKey('c1', 'reminder', 'F1'), '2026-03-16T09:30:00.000Z');
    expect(await db.tasks.get(taskKey('c1', 'reminder', 'F1'))).toMatchObject({ status: 'done', doneAt: '2026-03-16T09:30:00.000Z' });
    expect(await runPlanning(db, '2026-03-16')).toEqual({ created: 1, updated: 0, obsolete: 0, overdue: 1 });
    // The call of J+10, Thursday 12 March, late.
    expect(await db.tasks.get(taskKey('c1', 'call', 'F1'))).toMatchObject({ status: 'planned', date: '2026-03-12' });
    await skipTask(db, taskKey('c1', 'call', 'F1'), '2026-03-16T10:00:00.000Z', ' Client injoignable ');
    expect(await db.tasks.get(taskKey('c1', 'call', 'F1'))).toMatchObject({ status: 'skipped', skipReason: 'Client injoignable' });
    await expect(completeTask(db, taskKey('c1', 'call', 'F1'), '2026-03-16T10:00:00.000Z')).rejects.toThrow(/skipped/);
  });

  it('writes nothing when one write fails inside the transaction', async () => {
    const db = await fresh();
    await book(db);
    await runPlanning(db, '2026-03-16');
    const before = await db.tasks.toArray();
    // A new customer (a task created, written first) and a new late invoice for c1 (covered by
    // its reminder: an update, written after), whose write fails.
    await db.customers.add(customer('c3'));
    await db.invoices.bulkAdd([invoice('F2', 'c1', '2026-03-10'), invoice('H1', 'c3', '2026-03-02')]);
    const seen: string[] = [];
    db.tasks.hook('creating', (_key, task: Task) => void seen.push(`create ${task.customerId}`));
    db.tasks.hook('updating', (_changes, _key, task: Task) => {
      seen.push(`update ${task.customerId}`);
      if (task.customerId === 'c1') throw new Error('disk full');
    });
    await expect(runPlanning(db, '2026-03-16')).rejects.toThrow(/disk full/);
    expect(seen).toEqual(['create c3', 'update c1']); // the creation went through before the failure…
    expect(await db.tasks.toArray()).toEqual(before); // …and was undone with it
  });

  it('refuses a second task with the same key', async () => {
    const db = await fresh();
    await book(db);
    await runPlanning(db, '2026-03-16');
    const copy = { ...(await db.tasks.get(taskKey('c1', 'reminder', 'F1')))!, id: 'another-id' };
    await expect(db.tasks.add(copy)).rejects.toThrow();
  });
});

describe('tasks on the calendar', () => {
  it('refuses to move a task to a Saturday and proposes the Monday; moves it to a working day', async () => {
    const db = await fresh();
    await book(db);
    await runPlanning(db, '2026-03-16');
    const id = taskKey('c1', 'reminder', 'F1');
    expect(await moveTask(db, id, '2026-03-21')).toEqual({ ok: false, nextBusinessDay: '2026-03-23' });
    expect((await db.tasks.get(id))!.date).toBe('2026-03-05');
    // Easter Monday 6 April is a holiday too: Tuesday 7.
    expect(await moveTask(db, id, '2026-04-06')).toEqual({ ok: false, nextBusinessDay: '2026-04-07' });
    const moved = await moveTask(db, id, '2026-03-19');
    expect(moved).toMatchObject({ ok: true, task: { date: '2026-03-19', movedByUser: true } });
    // The next run keeps the user's day.
    expect(await runPlanning(db, '2026-03-16')).toMatchObject({ created: 0, updated: 0, obsolete: 0 });
    expect((await db.tasks.get(id))!.date).toBe('2026-03-19');
    expect((await plannedTasks(db, '2026-03-16', '2026-03-20')).map((t) => t.id)).toEqual([taskKey('c2', 'courtesy', 'G1'), id]);
    expect((await todayTasks(db, '2026-03-16')).map((t) => t.id)).toEqual([taskKey('c2', 'courtesy', 'G1')]);
  });

  it('follows the company closings of the calendar settings', async () => {
    const db = await fresh();
    await saveCalendarSettings(db, { zone: 'metropole', closings: [{ from: '2026-08-03', to: '2026-08-21' }] });
    const calendar = await loadBusinessCalendar(db);
    expect(calendar.nextBusinessDay('2026-08-05')).toBe('2026-08-24');
    const customerClosed = await loadBusinessCalendar(db, { closed: [{ from: '2026-08-24', to: '2026-08-28' }], paymentDays: [] });
    expect(customerClosed.nextBusinessDay('2026-08-05')).toBe('2026-08-31');
  });
});

describe('scenarios', () => {
  const quick: Scenario = { id: 'quick', name: 'Rapide', minimumCents: 0, steps: [{ id: 'q-call', offsetDays: 1, relativeTo: 'due', action: 'call' }] };

  it('lists the built-in scenario first, then the saved ones; refuses an invalid one', async () => {
    const db = await fresh();
    expect(await loadScenarios(db)).toEqual([DEFAULT_SCENARIO]);
    expect(await saveScenario(db, quick)).toEqual({ ok: true, scenario: quick });
    const bad = await saveScenario(db, { ...quick, id: 'bad', name: ' ', steps: [] });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.issues.map((i) => i.code)).toEqual(['name-empty', 'empty']);
    await expect(saveScenario(db, { ...DEFAULT_SCENARIO })).rejects.toThrow(/built-in/);
    expect((await loadScenarios(db)).map((s) => s.id)).toEqual(['default', 'quick']);
  });

  it('plans with the scenario assigned to a group', async () => {
    const db = await fresh();
    expect(await loadAssignments(db)).toEqual({ groups: {} });
    await saveScenario(db, quick);
    await saveAssignments(db, { groups: { BTP: 'quick' } });
    expect(await loadAssignments(db)).toEqual({ groups: { BTP: 'quick' } });
    await db.customers.add(customer('c1', { group: 'BTP' }));
    await db.invoices.add(invoice('F1', 'c1', '2026-03-02'));
    await runPlanning(db, '2026-03-16');
    expect(lines(await db.tasks.toArray())).toEqual(['c1 q-call 2026-03-03 planned']);
  });
});
