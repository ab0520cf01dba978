/**
 * The data model stored in IndexedDB. Money is integer cents, calendar dates are `YYYY-MM-DD`
 * strings, timestamps are ISO strings. Primary keys are random unique strings (never
 * auto-increment numbers) so the same tables can later replicate between machines; business keys
 * such as an invoice number are unique indexes instead.
 */
import type { Cents } from './money';
import type { ClosedPeriod } from './calendar/business-calendar';

export type Id = string;
export type IsoDate = string;
export type Timestamp = string;

/**
 * How a due date is derived from an issue date. "45 jours fin de mois" has two accepted readings
 * (LEGAL-FR): end of month then 45 days, or 45 days then end of month.
 */
export interface PaymentTerms {
  days: number;
  rule: 'net' | 'end-of-month-then-days' | 'days-then-end-of-month';
}

export interface Contact {
  id: Id;
  name: string;
  role?: string;
  email?: string;
  phone?: string;
  /** Filled from the accounting export: a re-import updates this contact, never the others. */
  fromImport?: boolean;
}

export interface Hold {
  kind: 'dispute' | 'promise' | 'plan' | 'manual';
  reason: string;
  since: IsoDate;
  until: IsoDate | null;
}

export interface Customer {
  id: Id;
  /** The customer's reference in the accounting program (auxiliary account), unique. */
  reference: string;
  name: string;
  kind: 'business' | 'consumer';
  siren?: string;
  vatNumber?: string;
  /** Postal address, one line per row, as it goes on an envelope. */
  address?: string;
  contacts: Contact[];
  paymentTerms?: PaymentTerms;
  blocked?: { since: IsoDate; reason: string } | null;
  group?: string;
  /** The escalation scenario chosen for this customer; else its group's, else the default. */
  scenarioId?: Id;
  /** Periods the customer is closed (both days included): no follow-up is planned then. */
  closedPeriods?: ClosedPeriod[];
  /** Days of the month the customer pays on (e.g. [10]): payment reminders go on such a day. */
  paymentDays?: number[];
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export type InvoiceStatus = 'not-due' | 'late' | 'paid' | 'partly-paid' | 'disputed' | 'on-hold';

export interface Invoice {
  id: Id;
  customerId: Id;
  number: string;
  issueDate: IsoDate;
  dueDate: IsoDate;
  /** The due date was computed from payment terms (the FEC has none). */
  dueDateDerived?: boolean;
  amountCents: Cents;
  /** What the accounting export last said is owed (or the amount, for an invoice typed here). */
  sourceOpenCents: Cents;
  /**
   * What is owed now: the source amount less payments recorded in Relance that the accounting
   * has not shown yet (see domain/import/reconcile.ts). Kept on the row for fast filtering.
   */
  openCents: Cents;
  label?: string;
  /** Balance brought forward (FEC opening entries): no original reference or date. */
  opening?: boolean;
  hold: Hold | null;
  source: 'import' | 'manual';
  importBatchId?: Id;
  /** Set when the user confirmed as paid an invoice that disappeared from a full re-import. */
  confirmedPaidOn?: IsoDate;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface Allocation {
  invoiceId: Id;
  cents: Cents;
  /**
   * For a payment recorded in Relance: the part not yet seen in the accounting export. It is
   * consumed when a re-import shows the invoice's open amount going down, so the same money is
   * never counted twice.
   */
  pendingCents: Cents;
}

export interface Payment {
  id: Id;
  customerId: Id;
  kind: 'payment' | 'credit-note';
  source: 'import' | 'manual';
  date: IsoDate;
  amountCents: Cents;
  reference?: string;
  label?: string;
  allocations: Allocation[];
  /** Imported credits not matched to an invoice by lettering. */
  unallocatedCents: Cents;
  /** Identity of an imported credit across re-imports (customer, reference, date, amount, rank). */
  importKey?: string;
  importBatchId?: Id;
  createdAt: Timestamp;
}

export interface Interaction {
  id: Id;
  customerId: Id;
  at: Timestamp;
  channel: 'call' | 'email' | 'letter' | 'registered-letter' | 'visit' | 'note';
  summary: string;
  outcome?: string;
  invoiceIds: Id[];
  documentIds: Id[];
  /** Corrections are kept, never silently overwritten. */
  corrections: { at: Timestamp; previousSummary: string }[];
  /** Who was spoken to or written to: the contact's name (a call, a visit). */
  who?: string;
  /** A call's length, seconds (the call screen's timer). */
  durationSeconds?: number;
  /**
   * A call's five points of the written follow-up, as typed (the summary is built from them);
   * `checkOn` is a calendar date, YYYY-MM-DD, or empty.
   */
  callNotes?: { theirStep: string; ourStep: string; dates: string; checkOn: string; ifBroken: string };
  /** The promise or the plan this entry records or reports on. */
  promiseId?: Id;
  planId?: Id;
}

export interface PaymentPromise {
  id: Id;
  customerId: Id;
  invoiceIds: Id[];
  promisedDate: IsoDate;
  amountCents: Cents;
  status: 'open' | 'kept' | 'broken';
  interactionId?: Id;
  /** The day the promise was made: payments dated before it do not count towards it. */
  madeOn?: IsoDate;
  /** The first business day after `promisedDate`, when the payment is checked (domain/promises). */
  checkDate?: IsoDate;
  /** Set with status 'kept' or 'broken': the day it was decided (the check date). */
  resolvedOn?: IsoDate;
  /** Set with status 'kept' or 'broken': the cents received towards it by the check date. */
  paidCents?: Cents;
  /** When the user dismissed the dashboard's flag of this broken promise. */
  flagClearedAt?: Timestamp;
}

/**
 * A payment plan in instalments (domain/payment-plan builds, tracks and renegotiates them). The
 * optional fields were added with the plan editor; plans stored before them simply lack them.
 */
export interface PaymentPlan {
  id: Id;
  customerId: Id;
  invoiceIds: Id[];
  /** `paidOn`: the day the instalment became fully paid (set by allocatePlanPayment). */
  instalments: { id: Id; dueDate: IsoDate; amountCents: Cents; paidCents: Cents; paidOn?: IsoDate }[];
  status: 'active' | 'completed' | 'broken' | 'renegotiated';
  createdAt: Timestamp;
  frequency?: 'weekly' | 'fortnightly' | 'monthly';
  /** The first date as agreed, before any move to a business day (monthly plans keep its day). */
  firstDate?: IsoDate;
  /** Where the cents that do not divide evenly went: one each on the first or the last instalments. */
  remainderOn?: 'first' | 'last';
  /** Late-payment penalties: waived, or included in the instalments (`cents` of them). */
  penalties?: { mode: 'waived' | 'included'; cents: Cents };
  /** The plan this one replaced by renegotiation. */
  previousPlanId?: Id;
  /** Set on a renegotiated plan: the plan that replaced it. */
  replacedByPlanId?: Id;
  /** The day an instalment was found missed and the plan marked broken (the scenario resumes). */
  brokenOn?: IsoDate;
  /** When the user dismissed the dashboard's flag of this broken plan. */
  flagClearedAt?: Timestamp;
  /** The call in which the plan was agreed. */
  interactionId?: Id;
  /** Earlier plans of this chain of renegotiations, oldest first. */
  history?: { planId: Id; createdAt: Timestamp; renegotiatedOn: IsoDate; totalCents: Cents; paidCents: Cents }[];
}

/** What a follow-up asks the user to do; the steps of a scenario are made of them. */
export type ScenarioAction =
  | 'courtesy-email'
  | 'email-reminder'
  | 'call'
  | 'letter-1'
  | 'letter-2'
  | 'formal-notice'
  | 'litigation-review'
  | 'custom';

/**
 * What a task asks: a scenario's step, or the check of an agreement taken on a call (a promise's
 * payment on its check date, a plan's instalment on its due date), which no scenario plans.
 */
export type TaskAction = ScenarioAction | 'promise-check' | 'instalment-check';

/**
 * A follow-up in the calendar. Those the schedule engine plans (domain/schedule) carry the step and
 * the invoice that drove them, and `key` = customer + step + driving invoice, so planning again
 * finds them instead of adding copies. A task is never deleted: done, skipped, or obsolete when its
 * reason went away (invoice paid, put on hold), it stays as history.
 */
export interface Task {
  id: Id;
  /** Identity of a planned step across runs of the engine (see schedule/tasks.ts taskKey). */
  key: string;
  customerId: Id;
  scenarioId?: Id;
  /** The scenario step; absent for a task the user added by hand. */
  stepId?: Id;
  action: TaskAction;
  /** What a 'custom' step says to do (or the user's own wording). */
  label?: string;
  /** A promise's or an instalment's check (agreements/follow-up.ts): what it checks. */
  promiseId?: Id;
  planId?: Id;
  instalmentId?: Id;
  /** Set on a task a call's outcome created (the next attempt, the next step agreed). */
  interactionId?: Id;
  /** The day to act; the user may move it (movedByUser), the engine then leaves it alone. */
  date: IsoDate;
  /** The day the scenario gave before any move (weekend, holiday, hold, payment day, user). */
  originalDate: IsoDate;
  movedByUser?: boolean;
  status: 'planned' | 'done' | 'skipped' | 'obsolete';
  /** When it was done or skipped. */
  doneAt?: Timestamp;
  /** Why the user skipped it, in the user's words. */
  skipReason?: string;
  /** Every open invoice the action covers (one action per customer, not one per invoice). */
  invoiceIds: Id[];
  /** The oldest open invoice, whose due date sets the step's date; absent for a manual task. */
  drivingInvoiceId?: Id;
}

export interface ScenarioStep {
  /** Unique within the scenario; part of the task key, so never reuse an id for another step. */
  id: Id;
  /** Days after the due date (negative: before it) or after the previous step (never negative). */
  offsetDays: number;
  relativeTo: 'due' | 'previous';
  action: ScenarioAction;
  /** The task's wording for a 'custom' step. */
  label?: string;
}

/** An escalation ladder: ordered steps from the due date on (see domain/schedule/scenario.ts). */
export interface Scenario {
  id: Id;
  name: string;
  /** A customer owing less than this in total is not chased at all. */
  minimumCents: Cents;
  steps: ScenarioStep[];
  /** Shipped with the app: may be copied, not edited or deleted. */
  builtIn?: boolean;
}

export interface Template {
  id: Id;
  kind: string;
  language: 'fr' | 'en';
  tone: 'cordial' | 'ferme' | 'formel';
  subject: string;
  body: string;
  builtIn: boolean;
}

/**
 * A file Relance wrote under the documents folder (a letter, a formal notice, a statement, an
 * e-mail draft, a batch to print). Recorded only once main confirmed the file was written.
 */
export interface DocumentRecord {
  id: Id;
  customerId: Id;
  /** A `LetterKind` (electron/letter-spec.ts), or 'email' (an .eml draft), or 'batch' (a merged PDF to print). */
  kind: string;
  /** What the user reads in the list: "Relance 1 · FA-2026-101, FA-2026-117". */
  title?: string;
  /** Absolute path of the file main wrote. */
  path: string;
  fileName?: string;
  /** SHA-256 of the bytes on disk when written: tells whether the file was changed since. */
  sha256: string;
  size?: number;
  pages?: number;
  language?: 'fr' | 'en';
  invoiceIds?: Id[];
  channel?: 'letter' | 'registered-letter' | 'email';
  /** Documents generated together (one run of letters) share this id. */
  batchId?: Id;
  /** For an .eml draft: the document it carries. */
  emailOf?: Id;
  createdAt: Timestamp;
  registered?: { trackingNumber?: string; sentOn?: IsoDate; receivedOn?: IsoDate; unclaimed?: boolean };
}

/** One row changed by an import, as it was before (null: the import created it). */
export interface UndoEntry {
  table: 'customers' | 'invoices' | 'payments';
  id: Id;
  before: unknown | null;
}

export interface ImportBatch {
  id: Id;
  startedAt: Timestamp;
  finishedAt: Timestamp;
  fileName: string;
  format: string;
  mode: 'full' | 'partial';
  counts: Record<string, number>;
  issues: { severity: string; code: string; line: number | null; params?: Record<string, string | number> }[];
  /** What to restore to undo this batch; only the last batch that is not undone can be undone. */
  undo: UndoEntry[];
  undone: boolean;
  undoneAt?: Timestamp;
}

/** Rates in basis points (1215 = 12.15 %) so no float ever touches money. */
export interface RateRow {
  id: Id;
  kind: 'ecb' | 'b2b-default' | 'legal-individual' | 'legal-other';
  from: IsoDate;
  basisPoints: number;
  source: string;
  confirmed: boolean;
}

export interface SettingRow {
  key: string;
  value: unknown;
  updatedAt: Timestamp;
}
