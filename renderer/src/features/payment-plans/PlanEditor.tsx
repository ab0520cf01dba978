import { Checkbox, Input, Loader, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import { newId } from '../../db/database';
import type { IsoDate } from '../../domain/dates';
import type { Customer, Id, Invoice, Payment, PaymentPlan } from '../../domain/model';
import { sumCents } from '../../domain/money';
import { buildPlan, type PenaltiesMode, type PlanSummary } from '../../domain/payment-plan';
import { penaltiesForInvoices, renderPenaltyIssue } from '../../domain/penalties';
import { usePlanErrors } from './plan-errors';
import { defaultTerms, readTerms, settle, type TermsDraft } from './plan-terms';
import { PlanColumns, type TermsFieldsProps } from './TermsFields';
import { usePlanContext, type PlanContext } from './use-plan-context';

export interface PlanDraftResult {
  plan: PaymentPlan;
  summary: PlanSummary;
  /** summary.text: the sentence of the agreement. */
  text: string;
}

export interface PlanEditorProps {
  customer: Customer;
  /** The customer's invoices (open ones are offered, all checked by default). */
  invoices: readonly Invoice[];
  payments: readonly Payment[];
  today: IsoDate;
  /** Called with the built plan whenever the form is valid, null while it is not. */
  onChange(result: PlanDraftResult | null): void;
}

/**
 * A payment plan being proposed: which open invoices, the penalties waived or included, and the
 * terms (see TermsFields). Controlled and without a save button: the caller gets the plan through
 * `onChange` each time the form becomes valid or changes, and null as soon as an error shows.
 */
export function PlanEditor(props: PlanEditorProps) {
  const { t } = useTranslation();
  const context = usePlanContext(props.customer);
  if (!context) return <Loader size="sm" aria-label={t('paymentPlans.loading')} />;
  return <PlanEditorForm {...props} context={context} />;
}

/** What identifies a plan for the caller, ids aside: the same terms are not sent twice. */
function signature(result: PlanDraftResult | null): string {
  if (!result) return 'null';
  const { plan, text } = result;
  return JSON.stringify([plan.invoiceIds, plan.instalments.map((i) => [i.dueDate, i.amountCents]), plan.penalties, plan.frequency, plan.firstDate, plan.remainderOn, text]);
}

function PlanEditorForm({ customer, invoices, payments, today, onChange, context }: PlanEditorProps & { context: PlanContext }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { calendar, rates } = context;
  // Unticked rather than ticked: an invoice arriving meanwhile is included, as the others are.
  const [excluded, setExcluded] = useState<ReadonlySet<Id>>(new Set());
  const [penaltiesMode, setPenaltiesMode] = useState<PenaltiesMode>('waived');
  const [draft, setDraft] = useState<TermsDraft>(() => defaultTerms(today, calendar));

  const open = useMemo(
    () =>
      invoices
        .filter((i) => i.openCents > 0)
        .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.number.localeCompare(b.number, 'fr', { numeric: true })),
    [invoices],
  );
  const chosen = useMemo(() => open.filter((i) => !excluded.has(i.id)), [open, excluded]);
  const penalties = useMemo(
    () => penaltiesForInvoices({ invoices: chosen, payments, customer, until: today, rates }),
    [chosen, payments, customer, today, rates],
  );
  const openCents = sumCents(chosen.map((i) => i.openCents));
  const totalCents = openCents + (penaltiesMode === 'included' ? penalties.totalCents : 0);

  const read = readTerms(draft, { today, calendar, newId });
  const built = buildPlan({
    ...read.terms,
    customerId: customer.id,
    invoices: chosen.map((i) => ({ id: i.id, openCents: i.openCents, number: i.number })),
    penalties: { mode: penaltiesMode, cents: penalties.totalCents },
  });
  const { value, errors } = settle(built, read.unreadable);
  const result: PlanDraftResult | null = value ? { plan: value.plan, summary: value.summary, text: value.summary.text } : null;
  const messages = usePlanErrors(errors);

  // Sent when the plan itself changes (not on each render: fresh ids would make every plan new).
  const key = signature(result);
  const latest = useRef({ result, onChange });
  latest.current = { result, onChange };
  useEffect(() => {
    latest.current.onChange(latest.current.result);
  }, [key]);

  const toggle = (id: Id, included: boolean) => {
    const next = new Set(excluded);
    if (included) next.delete(id);
    else next.add(id);
    setExcluded(next);
  };
  const allChosen = chosen.length === open.length;
  const language = i18n.language === 'en' ? 'en' : 'fr';
  const invoiceErrors = messages.of('invoices');
  const penaltyErrors = messages.of('penalties');
  const terms: TermsFieldsProps = {
    draft,
    onDraft: setDraft,
    totalCents,
    today,
    calendar,
    errors,
    unreadable: read.unreadable,
    summary: result?.summary ?? null,
    totalNote:
      penaltiesMode === 'included' && penalties.totalCents > 0
        ? t('paymentPlans.editor.totalWithPenalties', { open: format.money(openCents), penalties: format.money(penalties.totalCents) })
        : undefined,
  };

  return (
    // The choices on the left, the plan they give on the right.
    <PlanColumns terms={terms} termsTitle={t('paymentPlans.editor.terms')} tableTitle={t('paymentPlans.editor.instalments')} testId="plan-editor">
      <Stack gap={6}>
        <Title order={4}>{t('paymentPlans.editor.invoices')}</Title>
        {open.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('paymentPlans.editor.noOpenInvoices')}
          </Text>
        ) : (
          <Table verticalSpacing={4} fz="sm" withTableBorder data-testid="plan-invoices">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>
                  <Checkbox
                    aria-label={t('paymentPlans.editor.includeAll')}
                    checked={allChosen}
                    indeterminate={!allChosen && chosen.length > 0}
                    onChange={(event) => setExcluded(event.currentTarget.checked ? new Set() : new Set(open.map((i) => i.id)))}
                  />
                </Table.Th>
                <Table.Th>{t('paymentPlans.editor.number')}</Table.Th>
                <Table.Th>{t('paymentPlans.editor.dueDate')}</Table.Th>
                <Table.Th ta="right">{t('paymentPlans.editor.open')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {open.map((invoice) => (
                <Table.Tr key={invoice.id} data-testid="plan-invoice" data-number={invoice.number}>
                  <Table.Td>
                    <Checkbox
                      aria-label={t('paymentPlans.editor.include', { number: invoice.number })}
                      checked={!excluded.has(invoice.id)}
                      onChange={(event) => toggle(invoice.id, event.currentTarget.checked)}
                    />
                  </Table.Td>
                  <Table.Td fw={500}>{invoice.number}</Table.Td>
                  <Table.Td>{format.date(invoice.dueDate)}</Table.Td>
                  <Table.Td ta="right">{format.money(invoice.openCents)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {invoiceErrors.map((message) => (
          <Text key={message} size="sm" c="red" role="alert" data-testid="plan-invoices-error">
            {message}
          </Text>
        ))}
      </Stack>

      <Stack gap={4} data-testid="plan-penalties">
        {penalties.totalCents > 0 ? (
          <Input.Wrapper
            label={t('paymentPlans.editor.penalties', { amount: format.money(penalties.totalCents), date: format.date(today) })}
            description={t('paymentPlans.editor.penaltiesHint')}
          >
            <SegmentedControl
              fullWidth
              value={penaltiesMode}
              onChange={(mode) => setPenaltiesMode(mode as PenaltiesMode)}
              data={[
                { value: 'waived', label: t('paymentPlans.editor.penaltiesWaived') },
                { value: 'included', label: t('paymentPlans.editor.penaltiesIncluded') },
              ]}
              data-testid="plan-penalties-mode"
            />
          </Input.Wrapper>
        ) : (
          <Text size="sm" c="dimmed">
            {t('paymentPlans.editor.penaltiesNone')}
          </Text>
        )}
        {penalties.errors.map((e) => (
          <Text key={e.invoiceId} size="xs" c="orange">
            {t('paymentPlans.editor.penaltiesMissing', { number: e.number, reason: renderPenaltyIssue(e.error, language) })}
          </Text>
        ))}
        {penaltyErrors.map((message) => (
          <Text key={message} size="sm" c="red" role="alert">
            {message}
          </Text>
        ))}
      </Stack>
    </PlanColumns>
  );
}
