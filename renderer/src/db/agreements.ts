/**
 * Promises and payment plans in the database (issue 6): the daily review that decides them and
 * plans their checks (run inside the planning transaction), a plan saved or renegotiated outside
 * a call, the dashboard's flags, and the same-day correction of a history line.
 */
import { reviewAgreements, type AgreementReview } from '../domain/agreements/follow-up';
import type { BusinessCalendar } from '../domain/calendar/business-calendar';
import type { IsoDate } from '../domain/dates';
import { correctInteraction, type CorrectionResult } from '../domain/interactions/interaction';
import type { Customer, Id, Interaction, PaymentPlan, PaymentPromise, Timestamp } from '../domain/model';
import type { RelanceDatabase } from './database';
import { newId } from './database';

/**
 * Reviews the promises and plans and writes the outcome. Must run inside a readwrite transaction
 * over customers, payments, promises, plans, tasks and interactions (runPlanning's), so a status
 * decided and its log line are written together or not at all. Returns what changed, with the
 * promises and plans as they now stand, for the scenario engine to hold or resume.
 */
export async function reviewAgreementsInTransaction(
  db: RelanceDatabase,
  today: IsoDate,
  now: Timestamp,
  calendarOf: (customer: Customer | undefined) => BusinessCalendar,
): Promise<{ review: AgreementReview; promises: PaymentPromise[]; plans: PaymentPlan[] }> {
  const [promises, plans] = await Promise.all([db.promises.toArray(), db.plans.toArray()]);
  const followed = new Set<Id>();
  for (const p of promises) if (p.status === 'open' || p.status === 'broken') followed.add(p.customerId);
  for (const p of plans) if (p.status === 'active' || p.status === 'broken') followed.add(p.customerId);
  if (followed.size === 0) {
    return { review: { promises: [], plans: [], interactions: [], createTasks: [], updateTasks: [] }, promises, plans };
  }
  const ids = [...followed];
  const [payments, customers, tasks] = await Promise.all([
    db.payments.where('customerId').anyOf(ids).toArray(),
    db.customers.bulkGet(ids),
    db.tasks.where('customerId').anyOf(ids).toArray(),
  ]);
  const customerById = new Map(customers.filter((c): c is Customer => c !== undefined).map((c) => [c.id, c]));
  const review = reviewAgreements({
    today,
    now,
    promises,
    plans,
    payments,
    tasks,
    calendarFor: (customerId) => calendarOf(customerById.get(customerId)),
    newId,
  });
  if (review.promises.length > 0) await db.promises.bulkPut(review.promises);
  if (review.plans.length > 0) await db.plans.bulkPut(review.plans);
  if (review.interactions.length > 0) await db.interactions.bulkAdd(review.interactions);
  if (review.createTasks.length > 0) await db.tasks.bulkAdd(review.createTasks);
  if (review.updateTasks.length > 0) await db.tasks.bulkPut(review.updateTasks);
  const changedPromises = new Map(review.promises.map((p) => [p.id, p]));
  const changedPlans = new Map(review.plans.map((p) => [p.id, p]));
  return {
    review,
    promises: promises.map((p) => changedPromises.get(p.id) ?? p),
    plans: plans.map((p) => changedPlans.get(p.id) ?? p),
  };
}

/**
 * Stores a plan agreed outside a call (from the customer page), with its line in the history.
 * The plan comes whole from the domain's buildPlan.
 */
export async function savePlan(db: RelanceDatabase, plan: PaymentPlan, text: string, now: Timestamp): Promise<Interaction> {
  return db.transaction('rw', db.plans, db.interactions, async () => {
    const interaction: Interaction = {
      id: newId(),
      customerId: plan.customerId,
      at: now,
      channel: 'note',
      summary: `Échéancier convenu : ${text}`,
      outcome: 'plan',
      invoiceIds: [...plan.invoiceIds],
      documentIds: [],
      corrections: [],
      planId: plan.id,
    };
    await db.plans.add({ ...plan, interactionId: interaction.id });
    await db.interactions.add(interaction);
    return interaction;
  });
}

/**
 * Stores a renegotiation (domain renegotiate): the old plan marked replaced, the new one active,
 * and the line of the history; refused when the old plan changed since it was read (another
 * window renegotiated it first).
 */
export async function saveRenegotiation(
  db: RelanceDatabase,
  previous: PaymentPlan,
  plan: PaymentPlan,
  text: string,
  now: Timestamp,
): Promise<{ ok: true; interaction: Interaction } | { ok: false; reason: 'changed' }> {
  return db.transaction('rw', db.plans, db.interactions, async () => {
    const stored = await db.plans.get(previous.id);
    if (stored === undefined || stored.status === 'renegotiated') return { ok: false as const, reason: 'changed' as const };
    const interaction: Interaction = {
      id: newId(),
      customerId: plan.customerId,
      at: now,
      channel: 'note',
      summary: `Échéancier renégocié : ${text}`,
      outcome: 'plan-renegotiated',
      invoiceIds: [...plan.invoiceIds],
      documentIds: [],
      corrections: [],
      planId: plan.id,
    };
    await db.plans.put(previous);
    await db.plans.add(plan);
    await db.interactions.add(interaction);
    return { ok: true as const, interaction };
  });
}

/** Dismisses the dashboard's flag of a broken promise or plan (it stays broken in the history). */
export async function clearAgreementFlag(db: RelanceDatabase, target: { promiseId: Id } | { planId: Id }, now: Timestamp): Promise<void> {
  if ('promiseId' in target) await db.promises.update(target.promiseId, { flagClearedAt: now });
  else await db.plans.update(target.planId, { flagClearedAt: now });
}

/**
 * Brings back the dashboard's flag the user dismissed by mistake ("Annuler" after "Vu"), unless
 * it was dismissed again since (then the later dismissal stands).
 */
export async function restoreAgreementFlag(db: RelanceDatabase, target: { promiseId: Id } | { planId: Id }, clearedAt: Timestamp): Promise<boolean> {
  const [name, id] = 'promiseId' in target ? [db.promises.name, target.promiseId] : [db.plans.name, target.planId];
  const table = db.table<{ flagClearedAt?: Timestamp }, Id>(name);
  return db.transaction('rw', table, async () => {
    const row = await table.get(id);
    if (row === undefined || row.flagClearedAt !== clearedAt) return false;
    // Dexie deletes a property updated to undefined: the row is as before "Vu".
    await table.update(id, { flagClearedAt: undefined });
    return true;
  });
}

/** The broken promises and plans whose flag the user has not dismissed: the dashboard's alerts. */
export async function agreementAlerts(db: RelanceDatabase): Promise<{ promises: PaymentPromise[]; plans: PaymentPlan[] }> {
  const [promises, plans] = await Promise.all([
    db.promises.filter((p) => p.status === 'broken' && p.flagClearedAt === undefined).toArray(),
    db.plans.filter((p) => p.status === 'broken' && p.flagClearedAt === undefined).toArray(),
  ]);
  return { promises, plans };
}

/**
 * A line the user writes in the history by hand: a visit, a note, or a call made outside the call
 * screen. Refused, with nothing written, when the text is blank.
 */
export async function addLogEntry(
  db: RelanceDatabase,
  input: { customerId: Id; channel: 'visit' | 'note' | 'call'; summary: string; who?: string; at: Timestamp },
): Promise<{ ok: true; value: Interaction } | { ok: false; error: { code: 'emptySummary' } }> {
  const summary = input.summary.trim();
  if (summary === '') return { ok: false, error: { code: 'emptySummary' } };
  const interaction: Interaction = {
    id: newId(),
    customerId: input.customerId,
    at: input.at,
    channel: input.channel,
    summary,
    invoiceIds: [],
    documentIds: [],
    corrections: [],
    ...(input.who?.trim() ? { who: input.who.trim() } : {}),
  };
  await db.interactions.add(interaction);
  return { ok: true, value: interaction };
}

/**
 * Corrects a history line on the day it was written (domain correctInteraction: the previous
 * summary is kept). Refused, with nothing written, on another day or with a blank summary.
 */
export async function correctInteractionInDb(db: RelanceDatabase, id: Id, summary: string, now: Timestamp): Promise<CorrectionResult> {
  return db.transaction('rw', db.interactions, async () => {
    const interaction = await db.interactions.get(id);
    if (interaction === undefined) throw new Error(`No interaction ${id}`);
    const result = correctInteraction(interaction, summary, now);
    if (result.ok) await db.interactions.put(result.value);
    return result;
  });
}
