import { describe, expect, it } from 'vitest';
import { correctInteractionInDb, savePlan } from '../../renderer/src/db/agreements';
import { recordCall, type CallInput } from '../../renderer/src/db/calls';
import { RelanceDatabase } from '../../renderer/src/db/database';
import { runPlanning } from '../../renderer/src/db/schedule';
import type { Customer, Invoice, Payment } from '../../renderer/src/db/schema';
import { buildPlan } from '../../renderer/src/domain/payment-plan';
import { createBusinessCalendar } from '../../renderer/src/domain/calendar/calendar-rules';
import { freshDatabases } from './fresh-database';

const fresh = freshDatabases('relance-calls');

const STAMP = '2026-01-01T00:00:00.000Z';
const TODAY = '2026-12-01'; // a Tuesday
const NOW = '2026-12-01T09:30:00.000Z';
const customer: Customer = {
  id: 'c1', reference: '411DUPONT', name: 'Menuiserie Dupont', kind: 'business', createdAt: STAMP, updatedAt: STAMP,
  contacts: [{ id: 'k1', name: 'Mme Durand', phone: '01 45 67 89 01', email: 'compta@dupont.fr' }],
};
const invoice = (id: string, dueDate: string, openCents: number): Invoice => ({
  id, customerId: 'c1', number: id, issueDate: '2026-10-01', dueDate, amountCents: openCents, sourceOpenCents: openCents, openCents,
  hold: null, source: 'import', createdAt: STAMP, updatedAt: STAMP,
});
const NOTES = { theirStep: 'Virement de 1 200 € le 10 décembre', ourStep: 'Envoyer le relevé', dates: '10/12', checkOn: '2026-12-11', ifBroken: 'Mise en demeure' };

async function book(): Promise<RelanceDatabase> {
  const db = await fresh();
  await db.customers.add(customer);
  await db.invoices.bulkAdd([invoice('FA-101', '2026-11-02', 120_000), invoice('FA-117', '2026-11-16', 300_000)]);
  await runPlanning(db, TODAY, NOW);
  return db;
}

const call = (extra: Partial<CallInput>): CallInput => ({
  customerId: 'c1', startedAt: NOW, durationSeconds: 312, who: 'Mme Durand', outcome: 'promise', notes: NOTES,
  invoiceIds: ['FA-101', 'FA-117'], today: TODAY, now: NOW, ...extra,
});
const promiseCall = (extra: Partial<CallInput> = {}) =>
  call({ promise: { promisedDate: '2026-12-10', amountCents: 120_000, invoiceIds: ['FA-101'] }, ...extra });

async function counts(db: RelanceDatabase) {
  return {
    interactions: await db.interactions.count(),
    promises: await db.promises.count(),
    plans: await db.plans.count(),
    tasks: await db.tasks.count(),
    customers: JSON.stringify(await db.customers.toArray()),
    invoices: JSON.stringify(await db.invoices.toArray()),
  };
}

const pay = (id: string, date: string, invoiceId: string, cents: number): Payment => ({
  id, customerId: 'c1', kind: 'payment', source: 'manual', date, amountCents: cents,
  allocations: [{ invoiceId, cents, pendingCents: cents }], unallocatedCents: 0, createdAt: `${date}T12:00:00.000Z`,
});

describe('a call with a promise', () => {
  it('is stored with its notes, the promise and its check on the first business day after the promised date', async () => {
    const db = await book();
    const callTask = (await db.tasks.toArray()).find((t) => t.status === 'planned' && t.stepId !== undefined)!;
    const result = await recordCall(db, promiseCall({ taskId: callTask.id }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.interaction).toMatchObject({
      channel: 'call', outcome: 'promise', who: 'Mme Durand', durationSeconds: 312, callNotes: NOTES, promiseId: result.promise!.id,
    });
    expect(result.interaction.summary).toBe(
      'Promesse de paiement : 1\u202f200,00\u00a0€ pour le 10/12/2026, vérifié le 11/12/2026\n' +
        'Prochaine étape du client\u00a0: Virement de 1 200 € le 10 décembre\nNotre prochaine étape\u00a0: Envoyer le relevé\n' +
        'Dates convenues\u00a0: 10/12\nNous vérifierons le\u00a0: 11/12/2026\nÀ défaut\u00a0: Mise en demeure',
    );
    expect(await db.promises.get(result.promise!.id)).toMatchObject({ status: 'open', checkDate: '2026-12-11', madeOn: TODAY, invoiceIds: ['FA-101'] });
    expect((await db.tasks.get(callTask.id))?.status).toBe('done');
    const check = (await db.tasks.toArray()).filter((t) => t.action === 'promise-check');
    expect(check).toEqual([expect.objectContaining({ date: '2026-12-11', status: 'planned', promiseId: result.promise!.id })]);
  });

  it('is refused whole, nothing written, for a date in the past, too much, or an empty note', async () => {
    const db = await book();
    const before = await counts(db);
    const past = await recordCall(db, promiseCall({ promise: { promisedDate: '2026-11-30', amountCents: 120_000, invoiceIds: ['FA-101'] } }));
    expect(past).toEqual({ ok: false, issues: [{ field: 'promisedDate', message: expect.stringContaining('La date promise est déjà passée (30/11/2026)') }] });
    const tooMuch = await recordCall(db, promiseCall({ promise: { promisedDate: '2026-12-10', amountCents: 120_001, invoiceIds: ['FA-101'] } }));
    expect(tooMuch.ok).toBe(false);
    const empty = await recordCall(db, promiseCall({ notes: { theirStep: ' ', ourStep: '', dates: '', checkOn: '', ifBroken: '' } }));
    expect(empty).toEqual({ ok: false, issues: [{ field: 'notes', message: expect.stringContaining('la note est vide') }] });
    const english = await recordCall(db, promiseCall({ locale: 'en', notes: { theirStep: '', ourStep: '', dates: '', checkOn: '', ifBroken: '' } }));
    expect(english).toEqual({ ok: false, issues: [{ field: 'notes', message: expect.stringContaining('the note is empty') }] });
    expect(await counts(db)).toEqual(before);
  });

  it('broken: flagged once, and the scenario resumes once, however often planning runs', async () => {
    const db = await book();
    const result = await recordCall(db, promiseCall({ promise: { promisedDate: '2026-12-10', amountCents: 420_000, invoiceIds: ['FA-101', 'FA-117'] } }));
    if (!result.ok) throw new Error('not saved');
    // While the promise runs, no scenario step is planned before its check date.
    const held = (await db.tasks.toArray()).filter((t) => t.status === 'planned' && t.stepId !== undefined);
    expect(held.every((t) => t.date >= '2026-12-11')).toBe(true);

    for (const day of ['2026-12-10', '2026-12-11', '2026-12-11', '2026-12-14', '2026-12-15']) await runPlanning(db, day, `${day}T08:00:00.000Z`);
    expect(await db.promises.get(result.promise!.id)).toMatchObject({ status: 'broken', resolvedOn: '2026-12-11', paidCents: 0 });
    const lines = (await db.interactions.toArray()).filter((i) => i.outcome === 'promise-broken');
    expect(lines).toHaveLength(1);
    const planned = (await db.tasks.toArray()).filter((t) => t.status === 'planned');
    expect(planned.filter((t) => t.stepId !== undefined)).toHaveLength(1);
    expect(planned.find((t) => t.action === 'promise-check')?.label).toMatch(/^Promesse non tenue/);
  });

  it('kept: the payment recorded by the check date keeps it and the check leaves the calendar', async () => {
    const db = await book();
    const result = await recordCall(db, promiseCall());
    if (!result.ok) throw new Error('not saved');
    await db.payments.add(pay('pay1', '2026-12-10', 'FA-101', 120_000));
    await db.invoices.update('FA-101', { openCents: 0 });
    await runPlanning(db, '2026-12-11', '2026-12-11T08:00:00.000Z');
    expect((await db.promises.get(result.promise!.id))?.status).toBe('kept');
    expect((await db.tasks.toArray()).find((t) => t.action === 'promise-check')?.status).toBe('obsolete');
    expect((await db.interactions.toArray()).filter((i) => i.outcome === 'promise-kept')).toHaveLength(1);
  });
});

describe('the other outcomes', () => {
  it('a dispute holds the chosen invoices with its reason and plans a follow-up', async () => {
    const db = await book();
    const result = await recordCall(
      db,
      call({ outcome: 'dispute', dispute: { reason: 'Livraison incomplète', invoiceIds: ['FA-117'] }, next: { date: '2026-12-08', action: 'custom', label: 'Faire le point sur la contestation' } }),
    );
    expect(result.ok).toBe(true);
    expect((await db.invoices.get('FA-117'))?.hold).toEqual({ kind: 'dispute', reason: 'Livraison incomplète', since: TODAY, until: null });
    expect((await db.invoices.get('FA-101'))?.hold).toBeNull();
    expect((await db.tasks.toArray()).filter((t) => t.key.startsWith('call:'))).toEqual([
      expect.objectContaining({ date: '2026-12-08', action: 'custom', label: 'Faire le point sur la contestation', status: 'planned' }),
    ]);
  });

  it('no answer: no note needed, the next attempt on the given day moved to a business day', async () => {
    const db = await book();
    const result = await recordCall(
      db,
      call({ outcome: 'no-answer', notes: { theirStep: '', ourStep: '', dates: '', checkOn: '', ifBroken: '' }, next: { date: '2026-12-05', action: 'call', label: 'Rappeler (pas de réponse)' } }),
    );
    expect(result.ok && result.nextTask).toMatchObject({ date: '2026-12-07', action: 'call' }); // Saturday → Monday
    expect(result.ok && result.interaction.callNotes).toBeUndefined();
  });

  it('wrong contact: the right person replaces the old one on the customer', async () => {
    const db = await book();
    await recordCall(
      db,
      call({
        outcome: 'wrong-contact', notes: { theirStep: '', ourStep: '', dates: '', checkOn: '', ifBroken: '' },
        contact: { name: 'M. Roy', phone: '01 23 45 67 89', email: '', role: 'Comptable', replacesId: 'k1' },
        next: { date: '2026-12-02', action: 'call', label: 'Appeler le bon interlocuteur' },
      }),
    );
    expect((await db.customers.get('c1'))?.contacts).toEqual([{ id: 'k1', name: 'M. Roy', phone: '01 23 45 67 89', role: 'Comptable' }]);
  });

  it('a plan agreed on the call is stored with it and each instalment gets its check', async () => {
    const db = await book();
    const built = buildPlan({
      customerId: 'c1', invoices: [{ id: 'FA-101', openCents: 120_000 }, { id: 'FA-117', openCents: 300_000 }], penalties: { mode: 'waived', cents: 0 },
      count: 3, first: '2026-12-15', frequency: 'monthly', remainderOn: 'last', today: TODAY,
      calendar: createBusinessCalendar({ zone: 'metropole', closings: [] }), newId: (() => { let n = 0; return () => `x${++n}`; })(),
    });
    if (!built.ok) throw new Error('plan');
    const result = await recordCall(db, call({ outcome: 'plan', plan: { plan: built.plan, text: built.summary.text } }));
    expect(result.ok && result.plan?.interactionId).toBe(result.ok ? result.interaction.id : '');
    expect(await db.plans.count()).toBe(1);
    expect((await db.tasks.toArray())
      .filter((t) => t.action === 'instalment-check').map((t) => t.date).sort()).toEqual(['2026-12-16', '2027-01-18', '2027-02-16']);
    const missing = await recordCall(db, call({ outcome: 'plan' }));
    expect(missing).toEqual({ ok: false, issues: [{ field: 'plan', message: expect.stringContaining('L’échéancier n’est pas complet') }] });
  });
});

describe('plans outside a call and corrections', () => {
  it('savePlan stores the plan and its history line together', async () => {
    const db = await book();
    const built = buildPlan({
      customerId: 'c1', invoices: [{ id: 'FA-101', openCents: 120_000 }], penalties: { mode: 'waived', cents: 0 },
      count: 2, first: '2026-12-15', frequency: 'monthly', remainderOn: 'last', today: TODAY,
      calendar: createBusinessCalendar({ zone: 'metropole', closings: [] }), newId: (() => { let n = 0; return () => `y${++n}`; })(),
    });
    if (!built.ok) throw new Error('plan');
    const line = await savePlan(db, built.plan, built.summary.text, NOW);
    expect(line.summary).toBe(`Échéancier convenu : ${built.summary.text}`);
    expect((await db.plans.get(built.plan.id))?.interactionId).toBe(line.id);
  });

  it('a history line is corrected on the same day only, the previous text kept', async () => {
    const db = await book();
    const result = await recordCall(db, promiseCall({ startedAt: new Date().toISOString() }));
    if (!result.ok) throw new Error('not saved');
    const corrected = await correctInteractionInDb(db, result.interaction.id, 'Promesse de 1 200 € pour le 10/12 (corrigé)', new Date().toISOString());
    expect(corrected.ok).toBe(true);
    expect((await db.interactions.get(result.interaction.id))?.corrections).toEqual([{ at: expect.any(String), previousSummary: result.interaction.summary }]);
    const later = await correctInteractionInDb(db, result.interaction.id, 'autre', new Date(Date.now() + 3 * 86_400_000).toISOString());
    expect(later).toEqual({ ok: false, error: { code: 'notSameDay', params: expect.any(Object) } });
  });
});
