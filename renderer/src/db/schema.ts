/**
 * The data model stored in IndexedDB. Money is integer cents, calendar dates are `YYYY-MM-DD`
 * strings, timestamps are ISO strings. Primary keys are random unique strings (never
 * auto-increment numbers) so the same tables can later replicate between machines; business keys
 * such as an invoice number are unique indexes instead.
 */
import type { Cents } from '../domain/money';

export type Id = string;
export type IsoDate = string;
export type Timestamp = string;

export interface PostalAddress {
  line1: string;
  line2?: string;
  postalCode: string;
  city: string;
  country: string;
}

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
  address?: PostalAddress;
  contacts: Contact[];
  paymentTerms?: PaymentTerms;
  blocked?: { since: IsoDate; reason: string } | null;
  group?: string;
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
  amountCents: Cents;
  openCents: Cents;
  hold: Hold | null;
  importBatchId?: Id;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface Payment {
  id: Id;
  customerId: Id;
  kind: 'payment' | 'credit-note';
  date: IsoDate;
  amountCents: Cents;
  reference?: string;
  allocations: { invoiceId: Id; cents: Cents }[];
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
}

export interface PaymentPromise {
  id: Id;
  customerId: Id;
  invoiceIds: Id[];
  promisedDate: IsoDate;
  amountCents: Cents;
  status: 'open' | 'kept' | 'broken';
  interactionId?: Id;
}

export interface PaymentPlan {
  id: Id;
  customerId: Id;
  invoiceIds: Id[];
  instalments: { id: Id; dueDate: IsoDate; amountCents: Cents; paidCents: Cents }[];
  status: 'active' | 'completed' | 'broken' | 'renegotiated';
  createdAt: Timestamp;
}

export interface Task {
  id: Id;
  customerId: Id;
  kind: string;
  date: IsoDate;
  originalDate: IsoDate;
  status: 'planned' | 'done' | 'skipped';
  invoiceIds: Id[];
}

export interface Scenario {
  id: Id;
  name: string;
  minimumCents: Cents;
  steps: { id: Id; offsetDays: number; action: string }[];
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

export interface DocumentRecord {
  id: Id;
  customerId: Id;
  kind: string;
  path: string;
  sha256: string;
  createdAt: Timestamp;
  registered?: { trackingNumber?: string; sentOn?: IsoDate; receivedOn?: IsoDate; unclaimed?: boolean };
}

export interface ImportBatch {
  id: Id;
  startedAt: Timestamp;
  fileName: string;
  format: string;
  counts: Record<string, number>;
  errors: { line: number; message: string }[];
  undone: boolean;
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
