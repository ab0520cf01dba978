/**
 * `cli schedule <file> --today <date>`: the follow-ups the app would plan for the open invoices of
 * an accounting export (FEC or CSV), with the default scenario and the French public holidays,
 * as JSON. The same import analysis and schedule engine as the app, nothing written: a way to
 * check on a real file that the dates make sense before trusting the calendar.
 */
import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { BusinessCalendar, HolidayZone } from '../../renderer/src/domain/calendar/business-calendar';
import { createBusinessCalendar } from '../../renderer/src/domain/calendar/calendar-rules';
import { isValidIsoDate, type IsoDate } from '../../renderer/src/domain/dates';
import { renderIssue } from '../../renderer/src/domain/import/messages';
import { analyzeImport } from '../../renderer/src/domain/import/pipeline';
import type { ImportPreview, TermsPolicy } from '../../renderer/src/domain/import/types';
import type { Customer, Invoice } from '../../renderer/src/domain/model';
import { planActions } from '../../renderer/src/domain/schedule/engine';
import { DEFAULT_SCENARIO, NO_ASSIGNMENTS } from '../../renderer/src/domain/schedule/scenario';

export const SCHEDULE_USAGE = `  npm run --silent cli -- schedule <file> --today <YYYY-MM-DD> [--terms-days <days>] [--terms-rule net|end-of-month-then-days|days-then-end-of-month] [--zone metropole|alsace-moselle]
      plans the default scenario (J-3 courtesy e-mail … J+60 litigation review) on the open invoices
      of a FEC or CSV export; --terms-* derive due dates the file lacks (FEC), default 30 days net`;

const MAX_BYTES = 150 * 1024 * 1024;
const RULES = ['net', 'end-of-month-then-days', 'days-then-end-of-month'] as const;
const ZONES: readonly HolidayZone[] = ['metropole', 'alsace-moselle'];

export interface ScheduleReport {
  today: IsoDate;
  scenario: {
    id: string;
    name: string;
    minimumCents: number;
    steps: { id: string; offsetDays: number; relativeTo: string; action: string }[];
  };
  actions: {
    date: IsoDate;
    originalDate: IsoDate;
    customer: { reference: string; name: string };
    action: string;
    /** Invoice numbers covered, oldest due first. */
    invoices: string[];
    drivingInvoice: string;
    overdue: boolean;
  }[];
}

export type ScheduleOutcome =
  | { kind: 'usage'; message: string }
  | { kind: 'unreadable'; message: string }
  | { kind: 'report'; report: ScheduleReport; warnings: string[] };

/** Customers and invoices as the app stores them after an import, ids made from the file. */
function booksFrom(preview: ImportPreview): { customers: Customer[]; invoices: Invoice[] } {
  const stamp = new Date(0).toISOString();
  const customers = new Map<string, Customer>();
  const customerOf = (reference: string, name = reference) => {
    let customer = customers.get(reference);
    if (!customer) {
      customer = { id: reference, reference, name, kind: 'business', contacts: [], createdAt: stamp, updatedAt: stamp };
      customers.set(reference, customer);
    }
    return customer;
  };
  for (const c of preview.customers) customerOf(c.reference, c.name);
  const invoices: Invoice[] = preview.invoices.map((i) => ({
    // The line number keeps ids unique even when a number repeats (opening balances).
    id: `${i.customerReference}/${i.number}#${i.line}`,
    customerId: customerOf(i.customerReference).id,
    number: i.number,
    issueDate: i.issueDate,
    dueDate: i.dueDate,
    dueDateDerived: i.dueDateDerived,
    amountCents: i.amountCents,
    sourceOpenCents: i.openCents,
    openCents: i.openCents,
    ...(i.label !== undefined ? { label: i.label } : {}),
    ...(i.opening ? { opening: true } : {}),
    hold: null,
    source: 'import',
    createdAt: stamp,
    updatedAt: stamp,
  }));
  return { customers: [...customers.values()], invoices };
}

/**
 * The plan for an export's bytes. `calendarFor` defaults to the public holidays of `zone`, no
 * closing days; tests may pass their own.
 */
export function scheduleReport(
  bytes: Uint8Array,
  options: { today: IsoDate; terms: TermsPolicy; zone?: HolidayZone; calendar?: BusinessCalendar },
): { ok: true; report: ScheduleReport; warnings: string[] } | { ok: false; message: string } {
  const analysis = analyzeImport(bytes, { terms: options.terms });
  if (!analysis.ok) return { ok: false, message: renderIssue(analysis.issue, 'fr') };
  const { customers, invoices } = booksFrom(analysis.preview);
  const calendar = options.calendar ?? createBusinessCalendar({ zone: options.zone ?? 'metropole', closings: [] });
  const payments = analysis.preview.credits
    .filter((c) => c.unallocatedCents > 0)
    .map((c) => ({ customerId: c.customerReference, unallocatedCents: c.unallocatedCents }));
  const actions = planActions({
    today: options.today,
    customers,
    invoices,
    payments,
    promises: [],
    plans: [],
    tasks: [],
    scenarios: [],
    assignments: NO_ASSIGNMENTS,
    calendarFor: () => calendar,
  });
  const customerById = new Map(customers.map((c) => [c.id, c]));
  const numberOf = new Map(invoices.map((i) => [i.id, i.number]));
  const rows = actions.map((a, order) => {
    const customer = customerById.get(a.customerId)!;
    return {
      order,
      row: {
        date: a.date,
        originalDate: a.originalDate,
        customer: { reference: customer.reference, name: customer.name },
        action: a.action,
        invoices: a.invoiceIds.map((id) => numberOf.get(id)!),
        drivingInvoice: numberOf.get(a.drivingInvoiceId)!,
        overdue: a.overdue,
      },
    };
  });
  // By date, then customer reference; the engine's order (scenario steps) breaks the remaining ties.
  rows.sort((x, y) => (x.row.date < y.row.date ? -1 : x.row.date > y.row.date ? 1 : x.row.customer.reference.localeCompare(y.row.customer.reference) || x.order - y.order));
  const errors = analysis.issues.filter((i) => i.severity === 'error');
  const warnings = errors.length > 0
    ? [`${errors.length} ligne(s) en erreur ignorée(s) dans le fichier, par exemple : ${renderIssue(errors[0]!, 'fr')}`]
    : [];
  return {
    ok: true,
    warnings,
    report: {
      today: options.today,
      scenario: {
        id: DEFAULT_SCENARIO.id,
        name: DEFAULT_SCENARIO.name,
        minimumCents: DEFAULT_SCENARIO.minimumCents,
        steps: DEFAULT_SCENARIO.steps.map(({ id, offsetDays, relativeTo, action }) => ({ id, offsetDays, relativeTo, action })),
      },
      actions: rows.map((r) => r.row),
    },
  };
}

/** Reads the arguments (after the word `schedule`) and the file, and plans; prints nothing. */
export async function scheduleCommand(args: string[]): Promise<ScheduleOutcome> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        today: { type: 'string' },
        'terms-days': { type: 'string', default: '30' },
        'terms-rule': { type: 'string', default: 'net' },
        zone: { type: 'string', default: 'metropole' },
      },
    });
  } catch (error) {
    return { kind: 'usage', message: (error as Error).message };
  }
  const { values, positionals } = parsed;
  const file = positionals[0];
  if (positionals.length !== 1 || file === undefined) return { kind: 'usage', message: 'schedule attend un fichier (FEC ou CSV).' };
  if (values.today === undefined || !isValidIsoDate(values.today)) {
    return { kind: 'usage', message: `--today attend une date AAAA-MM-JJ, pas ${JSON.stringify(values.today ?? '')}.` };
  }
  const days = Number(values['terms-days']);
  const rule = values['terms-rule'] as (typeof RULES)[number];
  if (!Number.isInteger(days) || days < 0 || days > 365 || !RULES.includes(rule)) {
    return { kind: 'usage', message: '--terms-days attend un nombre de jours (0 à 365), --terms-rule net, end-of-month-then-days ou days-then-end-of-month.' };
  }
  const zone = values.zone as HolidayZone;
  if (!ZONES.includes(zone)) return { kind: 'usage', message: `--zone attend ${ZONES.join(' ou ')}, pas ${JSON.stringify(values.zone)}.` };

  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('ce n’est pas un fichier');
    if (info.size > MAX_BYTES) return { kind: 'unreadable', message: `Fichier trop volumineux : ${file} (${info.size} octets, ${MAX_BYTES} au plus)` };
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    return { kind: 'unreadable', message: `Fichier illisible : ${file} (${(error as Error).message})` };
  }
  const result = scheduleReport(bytes, { today: values.today, terms: { days, rule }, zone });
  if (!result.ok) return { kind: 'unreadable', message: result.message };
  return { kind: 'report', report: result.report, warnings: result.warnings };
}
