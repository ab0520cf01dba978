import type { FormField } from './call-form';

/** The element each refusal points at: focused after a refused save, so the keyboard lands on it. */
export const FIELD_IDS: Record<FormField, string> = {
  outcome: 'call-outcome',
  promisedDate: 'call-promise-date',
  amount: 'call-promise-amount',
  disputeReason: 'call-dispute-reason',
  disputeInvoices: 'call-dispute-invoices',
  plan: 'call-plan',
  contact: 'call-contact-name',
  nextDate: 'call-next-date',
  notes: 'call-notes-their',
  checkOn: 'call-notes-check',
};

/** The fields in the order of the screen: the first refused one gets the focus. */
const ORDER = Object.keys(FIELD_IDS) as FormField[];

/** The refused field that comes first on the screen. */
export function firstField(fields: readonly FormField[]): FormField | undefined {
  return [...fields].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b))[0];
}

/** Moves the focus to the first field with a problem (a group: its first control). */
export function focusField(field: FormField): void {
  const element = document.getElementById(FIELD_IDS[field]);
  if (!element) return;
  const target = element.matches('input, textarea, select, button')
    ? element
    : element.querySelector<HTMLElement>('input:not([disabled]), textarea, select, button') ?? element;
  target.focus();
}
