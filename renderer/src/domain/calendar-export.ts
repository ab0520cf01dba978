/**
 * The planned follow-ups as an iCalendar file (RFC 5545), for the user's own agenda (Outlook,
 * Thunderbird, Google Agenda): one all-day event per task, "Relance 1 – Menuiserie Dupont", the
 * invoices it covers in the description, and a UID made from the task's key so that importing the
 * file again updates the events instead of doubling them.
 */
import { createEvents, type EventAttributes } from 'ics';
import { addDays, type IsoDate } from './dates';
import { formatEuros, type Cents } from './money';
import type { Task, TaskAction } from './model';

type Language = 'fr' | 'en';

/** Short names, for an event's title and a calendar chip. */
export const ACTION_SHORT_NAMES: Record<TaskAction, Record<Language, string>> = {
  'courtesy-email': { fr: 'E-mail de courtoisie', en: 'Courtesy e-mail' },
  'email-reminder': { fr: 'Relance par e-mail', en: 'E-mail reminder' },
  call: { fr: 'Appel', en: 'Call' },
  'letter-1': { fr: 'Relance 1', en: 'Reminder 1' },
  'letter-2': { fr: 'Relance 2', en: 'Reminder 2' },
  'formal-notice': { fr: 'Mise en demeure', en: 'Formal notice' },
  'litigation-review': { fr: 'Examen du contentieux', en: 'Litigation review' },
  custom: { fr: 'Tâche', en: 'Task' },
  'promise-check': { fr: 'Promesse à vérifier', en: 'Promise to check' },
  'instalment-check': { fr: 'Échéance à vérifier', en: 'Instalment to check' },
};

/** What a task says to do, in a few words: a custom task's own label, else the action's short name. */
export function taskTitle(task: Pick<Task, 'action' | 'label'>, language: Language = 'fr'): string {
  if (task.action === 'custom' && task.label?.trim()) return task.label.trim();
  return ACTION_SHORT_NAMES[task.action][language];
}

export interface ExportInvoice {
  number: string;
  openCents: Cents;
  dueDate: IsoDate;
}

export interface IcsExportInput {
  tasks: readonly Task[];
  customerName(customerId: string): string | undefined;
  invoice(invoiceId: string): ExportInvoice | undefined;
  /** DTSTAMP of every event: when the file was made (milliseconds since the epoch). */
  now: number;
  language?: Language;
}

const TEXTS = {
  fr: { invoices: 'Factures concernées :', due: 'échue le', original: 'Date prévue par le scénario :', customer: 'Client inconnu' },
  en: { invoices: 'Invoices:', due: 'due', original: 'Date given by the scenario:', customer: 'Unknown customer' },
} as const;

const dateArray = (iso: IsoDate): [number, number, number] => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return [y, m, d];
};

const frDate = (iso: IsoDate) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * The UID of a task's event: its key (customer|step|invoice, each URI-encoded) with anything
 * outside a safe set hex-escaped, so it is stable across exports and valid in any program.
 */
export function taskUid(task: Pick<Task, 'key' | 'id'>): string {
  const identity = task.key || task.id;
  const safe = identity.replace(/[^A-Za-z0-9._-]/g, (c) => `=${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return `${safe}@relance.local`;
}

/** The .ics text of the tasks (planned ones only, by date); throws if the ics library refuses one. */
export function buildIcs(input: IcsExportInput): string {
  const language = input.language ?? 'fr';
  const text = TEXTS[language];
  const tasks = input.tasks
    .filter((task) => task.status === 'planned')
    .slice()
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const events: EventAttributes[] = tasks.map((task) => {
    const customer = input.customerName(task.customerId) ?? text.customer;
    const lines: string[] = [];
    const invoices = task.invoiceIds.map((id) => input.invoice(id)).filter((i): i is ExportInvoice => !!i);
    if (invoices.length) {
      lines.push(text.invoices);
      for (const invoice of invoices) {
        lines.push(`- ${invoice.number} : ${formatEuros(invoice.openCents, language === 'fr' ? 'fr-FR' : 'en-GB')} (${text.due} ${frDate(invoice.dueDate)})`);
      }
    }
    if (task.originalDate && task.originalDate !== task.date) lines.push(`${text.original} ${frDate(task.originalDate)}`);
    return {
      uid: taskUid(task),
      title: `${taskTitle(task, language)} – ${customer}`,
      description: lines.join('\n').replace(/[\u00a0\u202f]/g, ' '),
      start: dateArray(task.date),
      end: dateArray(addDays(task.date, 1)),
      timestamp: input.now,
      status: 'CONFIRMED',
      categories: ['Relance'],
    } as EventAttributes;
  });
  const { error, value } = createEvents(events, { productId: '-//Relance//Calendrier//FR', calName: 'Relances' });
  if (error || value === undefined || value === null) throw error ?? new Error('iCalendar export failed');
  return value;
}
