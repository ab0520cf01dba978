/**
 * Saving a call from the call screen (issue 6): the interaction, and what its outcome does (a
 * promise, a plan, invoices put in dispute, a corrected contact, the next step, the task the call
 * came from marked done), in one transaction: the call is saved whole or not at all. Planning runs
 * afterwards so the check tasks and the paused or resumed scenario show at once.
 */
import { formatDate, type IsoDate } from '../domain/dates';
import { validateCall, type CallIssue, type NextStep } from '../domain/agreements/call-outcome';
import { callNoteSummary, isCompletedCall, type CallNotes, type CallOutcome } from '../domain/interactions/interaction';
import type { Contact, Id, Interaction, Invoice, PaymentPlan, PaymentPromise, Task, Timestamp } from '../domain/model';
import { formatEuros, sumCents, type Cents } from '../domain/money';
import { promiseCheckDate } from '../domain/promises';
import type { RelanceDatabase } from './database';
import { newId } from './database';
import { customerDatesOf, loadBusinessCalendar, runPlanning } from './schedule';

export interface CallInput {
  customerId: Id;
  /** The calendar task the call was made for; marked done with the call. */
  taskId?: Id | undefined;
  /** When the call started, and how long it lasted (the screen's timer). */
  startedAt: Timestamp;
  durationSeconds: number;
  /** Who answered (the contact's name), when known. */
  who?: string | undefined;
  outcome: CallOutcome;
  notes: CallNotes;
  /** The invoices the call was about (the open ones, by default). */
  invoiceIds: Id[];
  promise?: { promisedDate: IsoDate; amountCents: Cents; invoiceIds: Id[] } | undefined;
  dispute?: { reason: string; invoiceIds: Id[] } | undefined;
  /** A plan built by the editor (domain/payment-plan buildPlan), with its sentence for the log. */
  plan?: { plan: PaymentPlan; text: string } | undefined;
  /** For a wrong contact: the right person, replacing `replacesId` when given, else added. */
  contact?: { name: string; phone: string; email: string; role?: string; replacesId?: Id } | undefined;
  /** The next step, for outcomes other than a promise or a plan. */
  next?: NextStep | null | undefined;
  today: IsoDate;
  now: Timestamp;
  /** The language of the refusal messages (the interface's). */
  locale?: 'fr' | 'en' | undefined;
}

export type CallResult =
  | { ok: true; interaction: Interaction; promise?: PaymentPromise; plan?: PaymentPlan; nextTask?: Task }
  | { ok: false; issues: CallIssue[] };

/** The French words of an outcome, for the log and the history. */
export const OUTCOME_WORDS: Record<CallOutcome, string> = {
  promise: 'Promesse de paiement',
  plan: 'Échéancier convenu',
  dispute: 'Contestation',
  difficulty: 'Difficultés de paiement',
  'already-paid': 'Paiement annoncé comme fait',
  other: 'Autre',
  'no-answer': 'Pas de réponse',
  voicemail: 'Message laissé',
  'wrong-contact': 'Mauvais interlocuteur',
};

function summaryOf(input: CallInput, extra: string[]): string {
  const lines = [OUTCOME_WORDS[input.outcome] + (extra.length > 0 ? ` : ${extra.join(' ; ')}` : '')];
  const notes = callNoteSummary(input.notes);
  if (notes !== '') lines.push(notes);
  return lines.join('\n');
}

/**
 * Checks the call, then writes it all in one transaction. Refused (nothing written) with the
 * issues to show in place when the note of a completed call is empty, a promise is dated in the
 * past or exceeds what is owed, a dispute has no reason, a plan is missing, or the next step has
 * no date.
 */
export async function recordCall(db: RelanceDatabase, input: CallInput): Promise<CallResult> {
  const tables = [db.customers, db.invoices, db.interactions, db.promises, db.plans, db.tasks, db.settings];
  const result = await db.transaction('rw', tables, async (): Promise<CallResult> => {
    const customer = await db.customers.get(input.customerId);
    if (customer === undefined) throw new Error(`No customer ${input.customerId}`);
    const invoices = await db.invoices.where('customerId').equals(customer.id).toArray();
    const byId = new Map(invoices.map((i) => [i.id, i]));
    const promiseInvoices = (input.promise?.invoiceIds ?? []).map((id) => byId.get(id)).filter((i): i is Invoice => i !== undefined);
    const issues = validateCall({
      outcome: input.outcome,
      notes: input.notes,
      today: input.today,
      promise: input.promise && {
        promisedDate: input.promise.promisedDate,
        amountCents: input.promise.amountCents,
        openCents: sumCents(promiseInvoices.map((i) => i.openCents)),
      },
      dispute: input.dispute && { reason: input.dispute.reason, invoiceCount: input.dispute.invoiceIds.filter((id) => byId.has(id)).length },
      contact: input.contact,
      next: input.next ? { date: input.next.date } : null,
      planMissing: input.outcome === 'plan' && input.plan === undefined,
    }, input.locale ?? 'fr');
    if (issues.length > 0) return { ok: false, issues };

    const calendar = await loadBusinessCalendar(db, customerDatesOf(customer));
    const interactionId = newId();
    const extra: string[] = [];
    let promise: PaymentPromise | undefined;
    let plan: PaymentPlan | undefined;
    let nextTask: Task | undefined;

    if (input.outcome === 'promise' && input.promise) {
      promise = {
        id: newId(),
        customerId: customer.id,
        invoiceIds: promiseInvoices.map((i) => i.id),
        promisedDate: input.promise.promisedDate,
        amountCents: input.promise.amountCents,
        status: 'open',
        interactionId,
        madeOn: input.today,
        checkDate: promiseCheckDate(input.promise.promisedDate, calendar),
      };
      extra.push(`${formatEuros(promise.amountCents)} pour le ${formatDate(promise.promisedDate)}, vérifié le ${formatDate(promise.checkDate!)}`);
      await db.promises.add(promise);
    }
    if (input.outcome === 'plan' && input.plan) {
      if (input.plan.plan.customerId !== customer.id) throw new Error('The plan is for another customer');
      plan = { ...input.plan.plan, interactionId };
      extra.push(input.plan.text);
      await db.plans.add(plan);
    }
    if (input.outcome === 'dispute' && input.dispute) {
      const reason = input.dispute.reason.trim();
      const held = input.dispute.invoiceIds
        .map((id) => byId.get(id))
        .filter((i): i is Invoice => i !== undefined && i.openCents > 0)
        .map((i): Invoice => ({ ...i, hold: { kind: 'dispute', reason, since: input.today, until: null }, updatedAt: input.now }));
      extra.push(`${reason} (${held.map((i) => i.number).join(', ')})`);
      await db.invoices.bulkPut(held);
    }
    if (input.outcome === 'wrong-contact' && input.contact) {
      const { name, phone, email, role, replacesId } = input.contact;
      const contact: Contact = {
        id: replacesId ?? newId(),
        name: name.trim(),
        ...(phone.trim() ? { phone: phone.trim() } : {}),
        ...(email.trim() ? { email: email.trim() } : {}),
        ...(role?.trim() ? { role: role.trim() } : {}),
      };
      const contacts = replacesId && customer.contacts.some((c) => c.id === replacesId)
        ? customer.contacts.map((c) => (c.id === replacesId ? contact : c))
        : [...customer.contacts, contact];
      extra.push(`nouvel interlocuteur ${contact.name}${contact.phone ? `, ${contact.phone}` : ''}${contact.email ? `, ${contact.email}` : ''}`);
      await db.customers.put({ ...customer, contacts, updatedAt: input.now });
    }
    if (input.next && input.outcome !== 'promise' && input.outcome !== 'plan') {
      const date = calendar.nextBusinessDay(input.next.date);
      nextTask = {
        id: newId(),
        key: `call:${interactionId}`,
        customerId: customer.id,
        action: input.next.action,
        label: input.next.label,
        date,
        originalDate: date,
        status: 'planned',
        invoiceIds: [...input.invoiceIds],
        interactionId,
      };
      extra.push(`prochaine action le ${formatDate(date)}`);
      await db.tasks.add(nextTask);
    }
    if (input.taskId) {
      const task = await db.tasks.get(input.taskId);
      if (task && task.status === 'planned') await db.tasks.put({ ...task, status: 'done', doneAt: input.now });
    }

    const interaction: Interaction = {
      id: interactionId,
      customerId: customer.id,
      at: input.startedAt,
      channel: 'call',
      summary: summaryOf(input, extra),
      outcome: input.outcome,
      invoiceIds: [...input.invoiceIds],
      documentIds: [],
      corrections: [],
      durationSeconds: Math.max(0, Math.round(input.durationSeconds)),
      ...(input.who?.trim() ? { who: input.who.trim() } : {}),
      ...(isCompletedCall(input.outcome) ? { callNotes: { ...input.notes } } : {}),
      ...(promise ? { promiseId: promise.id } : {}),
      ...(plan ? { planId: plan.id } : {}),
    };
    await db.interactions.add(interaction);
    return {
      ok: true,
      interaction,
      ...(promise ? { promise } : {}),
      ...(plan ? { plan } : {}),
      ...(nextTask ? { nextTask } : {}),
    };
  });
  if (result.ok) await runPlanning(db, input.today);
  return result;
}

