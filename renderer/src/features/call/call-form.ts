/**
 * The call screen's form, apart from React: what the user typed (text as typed, dates in French),
 * turned into the `CallInput` recordCall saves whole or refuses. Text that cannot be read (an
 * amount, a date) is refused here, together with every problem validateCall finds, in the user's
 * language, so the user sees them all at once and nothing is written.
 */
import type { CallInput } from '../../db/calls';
import { instalmentCheckDate } from '../../domain/agreements/follow-up';
import { validateCall, type CallField, type CallIssue, type NextStep } from '../../domain/agreements/call-outcome';
import type { BusinessCalendar } from '../../domain/calendar/business-calendar';
import { formatDate, parseDate, type IsoDate } from '../../domain/dates';
import type { CallNotes, CallOutcome } from '../../domain/interactions/interaction';
import type { Contact, Id, Invoice, PaymentPlan } from '../../domain/model';
import { formatAmountPlain, parseAmount, sumCents, type Cents } from '../../domain/money';
import { promiseCheckDate } from '../../domain/promises';

/** The outcomes in the order of the screen: Alt+1 is the first. */
export const OUTCOMES: readonly CallOutcome[] = [
  'promise',
  'plan',
  'dispute',
  'difficulty',
  'already-paid',
  'other',
  'no-answer',
  'voicemail',
  'wrong-contact',
];

/** Outcomes whose next action the user sets here (a promise and a plan have their checks). */
export const hasNextStep = (outcome: CallOutcome | null): boolean => outcome !== null && outcome !== 'promise' && outcome !== 'plan';

export interface NotesDraft {
  theirStep: string;
  ourStep: string;
  dates: string;
  /** As typed (JJ/MM/AAAA); null while the user has not touched it: the default date is shown. */
  checkOn: string | null;
  ifBroken: string;
}

export interface CallFormState {
  outcome: CallOutcome | null;
  /** The contact who answered, '' when not said. */
  whoId: Id | '';
  /** `amount` null: the open total of the chosen invoices. */
  promise: { date: string; amount: string | null; invoiceIds: Id[] };
  dispute: { reason: string; invoiceIds: Id[] };
  contact: { name: string; role: string; phone: string; email: string; replacesId: Id | '' };
  /** The next action of the outcomes that have one; the date as typed. */
  next: { date: string; label: string; action: NextStep['action']; proposedLabel: string } | null;
  notes: NotesDraft;
}

/** A plan the editor built (PlanEditor's onChange). */
export interface PlanChoice {
  plan: PaymentPlan;
  text: string;
}

export type FormField = CallField | 'outcome' | 'checkOn';
export interface FormIssue {
  field: FormField;
  message: string;
}

/** The French (or English) words of the refusals found here, before validateCall. */
export interface FormWords {
  outcome: string;
  amount: string;
  date: string;
  checkOn: string;
}

/** Invoices a promise covers by default: the open ones not in dispute. */
export function promiseInvoicesByDefault(openInvoices: readonly Invoice[]): Id[] {
  return openInvoices.filter((i) => i.hold?.kind !== 'dispute').map((i) => i.id);
}

export function initialForm(openInvoices: readonly Invoice[], contacts: readonly Contact[]): CallFormState {
  return {
    outcome: null,
    whoId: contacts.find((c) => c.phone)?.id ?? contacts[0]?.id ?? '',
    promise: { date: '', amount: null, invoiceIds: promiseInvoicesByDefault(openInvoices) },
    dispute: { reason: '', invoiceIds: openInvoices.length === 1 ? [openInvoices[0]!.id] : [] },
    contact: { name: '', role: '', phone: '', email: '', replacesId: '' },
    next: null,
    notes: { theirStep: '', ourStep: '', dates: '', checkOn: null, ifBroken: '' },
  };
}

/** A French date typed by the user, or null when it cannot be read. */
export function readDate(text: string): IsoDate | null {
  const parsed = parseDate(text.trim());
  return parsed.ok ? parsed.value : null;
}

/** What remains due on the invoices a promise covers. */
export function openOf(invoices: readonly Invoice[], ids: readonly Id[]): Cents {
  const chosen = new Set(ids);
  return sumCents(invoices.filter((i) => chosen.has(i.id)).map((i) => i.openCents));
}

/** The promised amount as shown: what the user typed, else the open total of the chosen invoices. */
export function promiseAmountText(form: CallFormState, openInvoices: readonly Invoice[]): string {
  return form.promise.amount ?? formatAmountPlain(openOf(openInvoices, form.promise.invoiceIds));
}

/** The promise's check day, once its date can be read. */
export function promiseCheckOf(form: CallFormState, calendar: BusinessCalendar): IsoDate | null {
  const date = readDate(form.promise.date);
  return date ? promiseCheckDate(date, calendar) : null;
}

/**
 * "When we check", before the user types it: the promise's check day, the check of the plan's
 * first instalment, or the next action's date.
 */
export function defaultCheckOn(form: CallFormState, plan: PlanChoice | null, calendar: BusinessCalendar): IsoDate | null {
  if (form.outcome === 'promise') return promiseCheckOf(form, calendar);
  if (form.outcome === 'plan') {
    const first = plan?.plan.instalments[0];
    return first ? instalmentCheckDate(first.dueDate, calendar) : null;
  }
  return form.next ? readDate(form.next.date) : null;
}

/** The check date field as shown. */
export function checkOnText(form: CallFormState, plan: PlanChoice | null, calendar: BusinessCalendar): string {
  if (form.notes.checkOn !== null) return form.notes.checkOn;
  const day = defaultCheckOn(form, plan, calendar);
  return day ? formatDate(day) : '';
}

const blank = (text: string) => text.trim() === '';

export interface CallContext {
  customerId: Id;
  contacts: readonly Contact[];
  openInvoices: readonly Invoice[];
  taskId?: Id | undefined;
  plan: PlanChoice | null;
  calendar: BusinessCalendar;
  startedAt: string;
  durationSeconds: number;
  today: IsoDate;
  now: string;
  words: FormWords;
  locale: 'fr' | 'en';
}

export type BuiltCall = { ok: true; input: CallInput; checkOn: IsoDate | null } | { ok: false; issues: FormIssue[] };

/**
 * The CallInput of the form, or every problem found. The check date alone does not make a note:
 * when the four written points are blank it is left out, so a completed call with nothing written
 * is refused as an empty note.
 */
export function buildCall(form: CallFormState, ctx: CallContext): BuiltCall {
  const outcome = form.outcome;
  if (outcome === null) return { ok: false, issues: [{ field: 'outcome', message: ctx.words.outcome }] };
  const local: FormIssue[] = [];

  const checkText = checkOnText(form, ctx.plan, ctx.calendar).trim();
  const checkOn = checkText === '' ? null : readDate(checkText);
  if (checkText !== '' && checkOn === null) local.push({ field: 'checkOn', message: ctx.words.checkOn });
  const written = !(blank(form.notes.theirStep) && blank(form.notes.ourStep) && blank(form.notes.dates) && blank(form.notes.ifBroken));
  const notes: CallNotes = {
    theirStep: form.notes.theirStep.trim(),
    ourStep: form.notes.ourStep.trim(),
    dates: form.notes.dates.trim(),
    // Stored as YYYY-MM-DD like every calendar date; the summary and the letter write it the French way.
    checkOn: written && checkOn ? checkOn : '',
    ifBroken: form.notes.ifBroken.trim(),
  };

  let promise: CallInput['promise'];
  if (outcome === 'promise') {
    const amount = parseAmount(promiseAmountText(form, ctx.openInvoices));
    if (!amount.ok) local.push({ field: 'amount', message: ctx.words.amount });
    promise = {
      promisedDate: readDate(form.promise.date) ?? '',
      // An amount that cannot be read goes as 0, which validateCall refuses too: never saved.
      amountCents: amount.ok ? amount.value : 0,
      invoiceIds: [...form.promise.invoiceIds],
    };
  }
  let next: NextStep | null = null;
  if (hasNextStep(outcome) && form.next) {
    const date = readDate(form.next.date);
    if (date === null && !blank(form.next.date)) local.push({ field: 'nextDate', message: ctx.words.date });
    next = { date: date ?? '', action: form.next.action, label: form.next.label.trim() || form.next.proposedLabel };
  }
  const who = ctx.contacts.find((c) => c.id === form.whoId)?.name;
  const input: CallInput = {
    customerId: ctx.customerId,
    ...(ctx.taskId ? { taskId: ctx.taskId } : {}),
    startedAt: ctx.startedAt,
    durationSeconds: ctx.durationSeconds,
    ...(who ? { who } : {}),
    outcome,
    notes,
    invoiceIds: ctx.openInvoices.map((i) => i.id),
    locale: ctx.locale,
    ...(promise ? { promise } : {}),
    ...(outcome === 'dispute' ? { dispute: { reason: form.dispute.reason, invoiceIds: [...form.dispute.invoiceIds] } } : {}),
    ...(outcome === 'plan' && ctx.plan ? { plan: ctx.plan } : {}),
    ...(outcome === 'wrong-contact'
      ? {
          contact: {
            name: form.contact.name,
            phone: form.contact.phone,
            email: form.contact.email,
            role: form.contact.role,
            ...(form.contact.replacesId ? { replacesId: form.contact.replacesId } : {}),
          },
        }
      : {}),
    ...(hasNextStep(outcome) ? { next } : {}),
    today: ctx.today,
    now: ctx.now,
  };
  // Checked here as recordCall will check it, in the user's language (recordCall's messages are
  // French); recordCall checks again inside its transaction.
  const found = validateCall(
    {
      outcome,
      notes,
      today: ctx.today,
      promise: promise && { ...promise, openCents: openOf(ctx.openInvoices, promise.invoiceIds) },
      dispute: input.dispute && { reason: input.dispute.reason, invoiceCount: input.dispute.invoiceIds.length },
      contact: input.contact,
      next: next ? { date: next.date } : null,
      planMissing: outcome === 'plan' && ctx.plan === null,
    },
    ctx.locale,
  );
  if (local.length === 0 && found.length === 0) return { ok: true, input, checkOn: written ? checkOn : null };
  // What could not be read speaks first for its field.
  const localFields = new Set(local.map((i) => i.field));
  return { ok: false, issues: [...local, ...found.filter((i: CallIssue) => !localFields.has(i.field))] };
}

/** The first message of each field. */
export function issuesByField(issues: readonly FormIssue[]): Partial<Record<FormField, string>> {
  const out: Partial<Record<FormField, string>> = {};
  for (const issue of issues) out[issue.field] ??= issue.message;
  return out;
}

/** A phone number as a tel: link accepts it: digits, +, ., -, ( and ), no spaces. */
export function telUrl(phone: string): string | null {
  const digits = phone.replace(/[\s\u00a0\u202f]/g, '');
  return /^\+?[0-9][0-9().-]{1,30}$/.test(digits) ? `tel:${digits}` : null;
}

/** "03:07", "61:00": minutes and seconds of the call's timer. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}
