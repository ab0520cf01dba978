/**
 * Building a payment plan from the editor's input, and renegotiating one.
 */
import type { BusinessCalendar } from '../calendar/business-calendar';
import type { IsoDate } from '../dates';
import { formatDate } from '../dates';
import type { Id, PaymentPlan, Timestamp } from '../model';
import type { Cents } from '../money';
import { formatEuros, isCents, sumCents } from '../money';
import type { PlanError } from './messages';
import type { PlanFrequency } from './schedule-dates';
import { instalmentDates } from './schedule-dates';
import type { RemainderOn } from './split';
import { describeAmounts, splitInstalments, validateCustomAmounts } from './split';
import { planPaidCents, planRemainingCents, planTotalCents } from './tracking';

export type PenaltiesMode = NonNullable<PaymentPlan['penalties']>['mode'];

/** How the instalments are laid out; shared by a new plan and a renegotiation. */
export interface PlanTermsInput {
  count: number;
  /** The first due date as agreed; moved to a business day if needed. Not before `today`. */
  first: IsoDate;
  frequency: PlanFrequency;
  remainderOn: RemainderOn;
  /**
   * Amounts edited by hand, in order. When given they replace the equal split and must sum
   * exactly to the total (see validateCustomAmounts); their number must equal `count`.
   */
  amounts?: readonly Cents[];
  today: IsoDate;
  calendar: BusinessCalendar;
  /** Makes the ids of the plan and of each instalment. */
  newId: () => Id;
  /** Stored as the plan's createdAt; defaults to `today`. */
  createdAt?: Timestamp;
}

export interface PlanInput extends PlanTermsInput {
  customerId: Id;
  /** The invoices the plan covers with what is still open on each; `number` names them in messages. */
  invoices: readonly { id: Id; openCents: Cents; number?: string }[];
  /** Late-payment penalties: waived (not in the plan) or included in the instalments. */
  penalties: { mode: PenaltiesMode; cents: Cents };
}

export interface PlanSummary {
  /** Open amount of the invoices (for a renegotiation: what the previous plan left unpaid). */
  openCents: Cents;
  /** Penalties included in the total (0 when waived). */
  includedPenaltiesCents: Cents;
  /** Penalties given up (0 when included). */
  waivedPenaltiesCents: Cents;
  totalCents: Cents;
  count: number;
  frequency: PlanFrequency;
  firstDueDate: IsoDate;
  lastDueDate: IsoDate;
  instalments: { dueDate: IsoDate; amountCents: Cents }[];
  /** "Les 2 premières échéances de 1 735,69 €, la dernière de 1 735,70 €" (see describeAmounts). */
  amountsDescription: string;
  /** Sentence for the agreement: "5 207,08 € en 3 échéances mensuelles, du 02/02/2026 au 30/04/2026. …" */
  text: string;
}

export type BuildPlanResult = { ok: true; plan: PaymentPlan; summary: PlanSummary } | { ok: false; errors: PlanError[] };

const FREQUENCY_FR: Record<PlanFrequency, { one: string; many: string }> = {
  weekly: { one: 'hebdomadaire', many: 'hebdomadaires' },
  fortnightly: { one: 'toutes les deux semaines', many: 'toutes les deux semaines' },
  monthly: { one: 'mensuelle', many: 'mensuelles' },
};

function requireCents(value: number, what: string): void {
  if (!isCents(value)) throw new RangeError(`${what} is not an amount in cents: ${value}`);
}

interface Laid {
  amounts: Cents[];
  dates: { nominal: IsoDate; dueDate: IsoDate }[];
}

/** Amounts and dates for `totalCents`, or every error found in the terms. */
function layOut(totalCents: Cents, terms: PlanTermsInput): { ok: true; value: Laid } | { ok: false; errors: PlanError[] } {
  const errors: PlanError[] = [];
  let amounts: Cents[] | null = null;
  if (terms.amounts !== undefined) {
    const checked = validateCustomAmounts(terms.amounts, totalCents);
    if (!checked.ok) errors.push(...checked.errors);
    else if (checked.amounts.length !== terms.count) {
      errors.push({ code: 'amountsCount', field: 'amounts', params: { given: checked.amounts.length, count: terms.count } });
    } else amounts = checked.amounts;
  } else {
    const split = splitInstalments(totalCents, terms.count, terms.remainderOn);
    if (!split.ok) errors.push(split.error);
    else amounts = split.amounts;
  }
  const dated = instalmentDates(terms.first, terms.count, terms.frequency, terms.calendar, terms.today);
  if (!dated.ok && !errors.some((e) => e.code === dated.error.code)) errors.push(dated.error);
  if (errors.length > 0 || amounts === null || !dated.ok) return { ok: false, errors };
  return { ok: true, value: { amounts, dates: dated.dates } };
}

function summarise(
  laid: Laid,
  terms: PlanTermsInput,
  figures: { openCents: Cents; includedPenaltiesCents: Cents; waivedPenaltiesCents: Cents; totalCents: Cents },
): PlanSummary {
  const instalments = laid.amounts.map((amountCents, i) => ({ dueDate: laid.dates[i]?.dueDate ?? '', amountCents }));
  const firstDueDate = instalments[0]?.dueDate ?? '';
  const lastDueDate = instalments[instalments.length - 1]?.dueDate ?? '';
  const count = instalments.length;
  const amountsDescription = describeAmounts(laid.amounts);
  const rhythm =
    count === 1
      ? `en une échéance, le ${formatDate(firstDueDate)}`
      : `en ${count} échéances ${FREQUENCY_FR[terms.frequency].many}, du ${formatDate(firstDueDate)} au ${formatDate(lastDueDate)}`;
  let penalties = '';
  if (figures.includedPenaltiesCents > 0) penalties = ` Pénalités de retard incluses : ${formatEuros(figures.includedPenaltiesCents)}.`;
  else if (figures.waivedPenaltiesCents > 0) penalties = ` Pénalités de retard abandonnées : ${formatEuros(figures.waivedPenaltiesCents)}.`;
  const text = `${formatEuros(figures.totalCents)} ${rhythm}. ${amountsDescription}.${penalties}`;
  return { ...figures, count, frequency: terms.frequency, firstDueDate, lastDueDate, instalments, amountsDescription, text };
}

function instalmentsOf(laid: Laid, newId: () => Id): PaymentPlan['instalments'] {
  return laid.amounts.map((amountCents, i) => ({ id: newId(), dueDate: laid.dates[i]?.dueDate ?? '', amountCents, paidCents: 0 }));
}

/**
 * Builds an active plan: total = open amounts of the invoices, plus the penalties when included.
 * Instalments are the equal split of the total (remainder on the first or last ones) or the
 * amounts edited by hand, which must cover the total exactly; dates follow instalmentDates.
 * Every problem found is returned (French messages: PLAN_MESSAGES / planErrorMessage); nothing is
 * built half-way. Throws RangeError on amounts that are not safe integers of cents.
 */
export function buildPlan(input: PlanInput): BuildPlanResult {
  const errors: PlanError[] = [];
  input.invoices.forEach((inv) => requireCents(inv.openCents, `Open amount of ${inv.id}`));
  requireCents(input.penalties.cents, 'Penalties');
  if (input.invoices.length === 0) errors.push({ code: 'noInvoices', field: 'invoices' });
  const seen = new Set<Id>();
  for (const inv of input.invoices) {
    const name = inv.number ?? inv.id;
    if (seen.has(inv.id)) errors.push({ code: 'duplicateInvoice', field: 'invoices', params: { invoice: name } });
    seen.add(inv.id);
    if (inv.openCents <= 0) errors.push({ code: 'invoiceNotOpen', field: 'invoices', params: { invoice: name } });
  }
  if (input.penalties.cents < 0) errors.push({ code: 'penaltiesNegative', field: 'penalties' });

  const openCents = sumCents(input.invoices.map((i) => i.openCents));
  const penaltiesCents = Math.max(0, input.penalties.cents);
  const included = input.penalties.mode === 'included' ? penaltiesCents : 0;
  const totalCents = openCents + included;

  const laid = layOut(totalCents, input);
  // An empty or closed invoice list already explains a zero total.
  if (!laid.ok) errors.push(...laid.errors.filter((e) => !(e.code === 'totalNotPositive' && errors.length > 0)));
  if (errors.length > 0 || !laid.ok) return { ok: false, errors };

  const plan: PaymentPlan = {
    id: input.newId(),
    customerId: input.customerId,
    invoiceIds: [...seen],
    instalments: instalmentsOf(laid.value, input.newId),
    status: 'active',
    createdAt: input.createdAt ?? input.today,
    frequency: input.frequency,
    firstDate: input.first,
    remainderOn: input.remainderOn,
    penalties: { mode: input.penalties.mode, cents: penaltiesCents },
  };
  const summary = summarise(laid.value, input, {
    openCents,
    includedPenaltiesCents: included,
    waivedPenaltiesCents: penaltiesCents - included,
    totalCents,
  });
  return { ok: true, plan, summary };
}

export type RenegotiateResult =
  | { ok: true; previous: PaymentPlan; plan: PaymentPlan; summary: PlanSummary }
  | { ok: false; errors: PlanError[] };

/**
 * Replaces `plan` by a new active plan for what it leaves unpaid (Σ amount − paid over its
 * instalments), on new terms. The old plan comes back marked 'renegotiated' with
 * `replacedByPlanId`; its instalments and payments are kept as they were. The new plan covers the
 * same customer and invoices, points back with `previousPlanId`, and its `history` lists the
 * earlier plans of the chain, oldest first. Penalties included in the old plan stay inside what
 * remains; the new plan records none of its own.
 * Refused: a plan already renegotiated (`planRenegotiated`), nothing left to pay
 * (`nothingRemaining`), and the errors of the new terms.
 */
export function renegotiate(plan: PaymentPlan, terms: PlanTermsInput): RenegotiateResult {
  if (plan.status === 'renegotiated') return { ok: false, errors: [{ code: 'planRenegotiated', field: 'plan' }] };
  const remaining = planRemainingCents(plan);
  if (remaining <= 0) return { ok: false, errors: [{ code: 'nothingRemaining', field: 'plan' }] };
  const laid = layOut(remaining, terms);
  if (!laid.ok) return laid;

  const id = terms.newId();
  const history: NonNullable<PaymentPlan['history']> = [
    ...(plan.history ?? []),
    {
      planId: plan.id,
      createdAt: plan.createdAt,
      renegotiatedOn: terms.today,
      totalCents: planTotalCents(plan),
      paidCents: planPaidCents(plan),
    },
  ];
  const next: PaymentPlan = {
    id,
    customerId: plan.customerId,
    invoiceIds: [...plan.invoiceIds],
    instalments: instalmentsOf(laid.value, terms.newId),
    status: 'active',
    createdAt: terms.createdAt ?? terms.today,
    frequency: terms.frequency,
    firstDate: terms.first,
    remainderOn: terms.remainderOn,
    previousPlanId: plan.id,
    history,
  };
  const previous: PaymentPlan = { ...plan, status: 'renegotiated', replacedByPlanId: id };
  const summary = summarise(laid.value, terms, {
    openCents: remaining,
    includedPenaltiesCents: 0,
    waivedPenaltiesCents: 0,
    totalCents: remaining,
  });
  return { ok: true, previous, plan: next, summary };
}
