/**
 * Calendrier in Chromium against the real planning: the follow-ups of late invoices, the count in
 * the navigation, moves by drag and drop (a Saturday refused, the Monday proposed), a hold that
 * makes an action disappear, and the .ics export read back with ical.js.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ICAL from 'ical.js';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBusinessCalendar } from '../../renderer/src/domain/calendar/calendar-rules';
import { addDays, dayOfWeek, todayIso } from '../../renderer/src/domain/dates';
import type { Task } from '../../renderer/src/domain/model';
import { openApp, type Session } from './harness';
import { readStore, seed } from './seed';

let s: Session;
const today = todayIso(new Date());
const stamp = '2026-01-01T00:00:00.000Z';
const business = createBusinessCalendar({ zone: 'metropole', closings: [] });

const customer = (id: string, name: string) => ({
  id, reference: `411${id.toUpperCase()}`, name, kind: 'business', contacts: [], blocked: null, createdAt: stamp, updatedAt: stamp,
});
const customers = [
  customer('dupont', 'Menuiserie Dupont'),
  customer('martin', 'Garage Martin'),
  customer('lefevre', 'Boulangerie Lefèvre'),
  customer('bernard', 'Transports Bernard'),
];
const invoice = (id: string, customerId: string, number: string, cents: number, dueInDays: number) => ({
  id, customerId, number, issueDate: addDays(today, dueInDays - 30), dueDate: addDays(today, dueInDays), amountCents: cents,
  sourceOpenCents: cents, openCents: cents, hold: null, source: 'import', createdAt: stamp, updatedAt: stamp,
});
const invoices = [
  invoice('d1', 'dupont', 'FA-2026-101', 240000, -10),
  invoice('m1', 'martin', 'FA-2026-105', 180000, -25),
  invoice('l1', 'lefevre', 'FA-2026-111', 35050, 5),
  invoice('b1', 'bernard', 'FA-2026-120', 99000, -2),
];

const tasksInDb = () => readStore<Task>(s.page, 'tasks');
const planned = async () => (await tasksInDb()).filter((task) => task.status === 'planned');

const grid = () => s.page.getByTestId('calendar-grid');
const cell = (date: string) => grid().locator(`[data-testid="calendar-day"][data-date="${date}"]`);
const chip = (id: string) => grid().locator(`[data-task-id="${id}"]`);
/**
 * HTML5 drag and drop as Chromium fires it (Playwright's mouse-driven dragTo does not start a
 * native drag in headless Chromium): dragstart on the chip, dragover and drop on the day, one
 * DataTransfer throughout.
 */
async function drag(from: Locator, to: Locator) {
  const dataTransfer = await s.page.evaluateHandle(() => new DataTransfer());
  await from.dispatchEvent('dragstart', { dataTransfer });
  await to.dispatchEvent('dragenter', { dataTransfer });
  await to.dispatchEvent('dragover', { dataTransfer });
  await to.dispatchEvent('drop', { dataTransfer });
  await from.dispatchEvent('dragend', { dataTransfer });
}
const settledShot = async (name: string) => {
  await s.page.waitForTimeout(400);
  await s.shot(name);
};

async function openCalendar() {
  await s.page.goto(`${s.host.url}#/calendrier`);
  await s.page.getByRole('heading', { level: 1, name: 'Calendrier' }).waitFor();
  await s.page.getByTestId('calendar-planning').waitFor({ state: 'detached', timeout: 20_000 });
}

beforeAll(async () => {
  s = await openApp();
  await s.page.goto(`${s.host.url}#/clients`);
  await s.page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
  await seed(s.page, {
    customers,
    invoices,
    settings: [{ key: 'calendar', value: { zone: 'metropole', closings: [] }, updatedAt: stamp }],
  });
  await s.page.reload();
  await openCalendar();
});
afterAll(async () => {
  await s?.close();
});

describe('the calendar', () => {
  it('plans the follow-ups and shows what is due today, with the count in the navigation', async () => {
    const tasks = await planned();
    expect(tasks.length).toBeGreaterThan(0);
    const due = tasks.filter((task) => task.date <= today);
    expect(due.length).toBeGreaterThan(0);
    await expect.poll(() => s.page.getByTestId('calendar-badge').textContent()).toBe(String(due.length));
    await expect.poll(() => s.page.getByTestId('today-row').count()).toBe(Math.min(due.length, 6));
    const late = due.filter((task) => task.date < today);
    if (late.length) {
      await expect.poll(() => s.page.getByTestId('today-panel').textContent()).toContain('en retard depuis le');
    }
    // Every planned task of the month is a chip on its day (at most 3 chips a day here).
    const month = today.slice(0, 7);
    for (const task of tasks.filter((t) => t.date.startsWith(month))) {
      await expect.poll(() => cell(task.date).locator(`[data-task-id="${task.id}"]`).count()).toBe(1);
    }
    await expect.poll(() => grid().locator('[data-today]').getAttribute('data-date')).toBe(today);
    expect(await s.page.getByTestId('calendar-heading').textContent()).toMatch(/\d{4}$/);
    await settledShot('calendar-month');
    expect(s.errors).toEqual([]);
  });

  it('moves an action by drag and drop to the next business day, and keeps it after a reload', async () => {
    const days = await grid().locator('[data-testid="calendar-day"]').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-date')!));
    const last = days[days.length - 1]!;
    const tasks = await planned();
    const task = tasks
      .filter((t) => t.date >= today && days.includes(t.date))
      .find((t) => business.nextBusinessDay(addDays(t.date, 1)) <= last);
    expect(task, 'a planned action with a next business day in the grid').toBeDefined();
    const target = business.nextBusinessDay(addDays(task!.date, 1));
    await drag(chip(task!.id), cell(target));
    await expect.poll(async () => (await tasksInDb()).find((t) => t.id === task!.id)?.date).toBe(target);
    await expect.poll(() => cell(target).locator(`[data-task-id="${task!.id}"]`).count()).toBe(1);
    await expect.poll(() => s.page.getByTestId('move-notice').count()).toBeGreaterThan(0);
    await settledShot('calendar-moved');

    await s.page.reload();
    await openCalendar();
    await expect.poll(() => cell(target).locator(`[data-task-id="${task!.id}"]`).count()).toBe(1);
    expect((await tasksInDb()).find((t) => t.id === task!.id)?.date).toBe(target);
  });

  it('refuses a Saturday and proposes the next business day', async () => {
    let saturday = today;
    while (dayOfWeek(saturday) !== 6) saturday = addDays(saturday, 1);
    const tasks = await planned();
    const days = await grid().locator('[data-testid="calendar-day"]').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-date')!));
    const task = tasks.find((t) => t.date >= today && t.date !== saturday && days.includes(t.date));
    expect(task).toBeDefined();
    await drag(chip(task!.id), cell(saturday));
    const refusal = s.page.getByTestId('move-refusal-text');
    await refusal.waitFor();
    const proposed = business.nextBusinessDay(saturday);
    const text = (await refusal.textContent())!;
    expect(text).toMatch(/^Le samedi \d+(er)? /);
    expect(text).toContain('n’est pas un jour ouvré : le reporter au ');
    expect(text).toContain(`${Number(proposed.slice(8, 10)) === 1 ? '1er' : Number(proposed.slice(8, 10))}`);
    await settledShot('calendar-refusal');
    await s.page.getByTestId('move-accept').click();
    await expect.poll(async () => (await tasksInDb()).find((t) => t.id === task!.id)?.date).toBe(proposed);
  });

  it('lists the late actions first in the agenda', async () => {
    await s.page.getByText('Agenda', { exact: true }).click();
    await s.page.getByTestId('calendar-agenda').waitFor();
    const late = (await planned()).filter((t) => t.date < today);
    if (late.length) {
      await expect.poll(() => s.page.getByTestId('agenda-late').locator('[data-testid="agenda-row"]').count()).toBe(late.length);
    }
    await settledShot('calendar-agenda');
    await s.page.getByText('Semaine', { exact: true }).click();
    await expect.poll(() => grid().locator('[data-testid="calendar-day"]').count()).toBe(7);
    await settledShot('calendar-week');
    await s.page.getByText('Mois', { exact: true }).click();
  });

  it('drops the actions of an invoice put on hold', async () => {
    const before = (await planned()).filter((t) => t.customerId === 'bernard');
    expect(before.length).toBeGreaterThan(0);
    await seed(s.page, {
      invoices: [{ ...invoices[3], hold: { kind: 'manual', reason: 'Litige sur la livraison', since: addDays(today, -40), until: null } }],
    });
    await s.page.reload();
    await openCalendar();
    await expect.poll(async () => (await planned()).filter((t) => t.customerId === 'bernard').length).toBe(0);
    for (const task of before) await expect.poll(() => chip(task.id).count()).toBe(0);
    await expect.poll(() => s.page.getByTestId('today-panel').textContent()).not.toContain('Transports Bernard');
  });

  it('exports the planned follow-ups as an .ics file', async () => {
    const file = path.join(s.dataDir, 'relances.ics');
    s.host.dialogs.answerNextSave(file);
    await s.page.getByTestId('calendar-export').click();
    await expect.poll(() => existsSync(file), { timeout: 10_000 }).toBe(true);
    const text = await readFile(file, 'utf8');
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const tasks = await planned();
    expect(events).toHaveLength(tasks.length);
    const byUid = new Map(events.map((e) => [e.uid, e]));
    expect(byUid.size).toBe(tasks.length);
    for (const task of tasks) {
      const event = events.find((e) => e.startDate.toString() === task.date && e.summary.includes(customers.find((c) => c.id === task.customerId)!.name));
      expect(event, `${task.action} ${task.customerId} ${task.date}`).toBeDefined();
    }
    const lefevre = events.find((e) => e.summary.includes('Boulangerie Lefèvre'));
    expect(lefevre?.description).toContain('FA-2026-111 : 350,50 €');
    await expect.poll(() => s.page.getByText(/relances? exportées? dans/).count()).toBeGreaterThan(0);

    // A cancelled dialog says nothing.
    await s.page.getByTestId('calendar-export').click();
    await s.page.waitForTimeout(500);
    expect(s.errors).toEqual([]);
  });
});
