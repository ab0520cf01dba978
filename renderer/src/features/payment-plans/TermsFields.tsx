import { Alert, Group, Input, NumberInput, SegmentedControl, SimpleGrid, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import type { BusinessCalendar } from '../../domain/calendar/business-calendar';
import type { IsoDate } from '../../domain/dates';
import type { AmountError, Cents } from '../../domain/money';
import {
  MAX_INSTALMENTS,
  MIN_INSTALMENTS,
  instalmentDates,
  splitInstalments,
  type PlanError,
  type PlanFrequency,
  type PlanSummary,
  type RemainderOn,
} from '../../domain/payment-plan';
import { usePlanErrors } from './plan-errors';
import { FREQUENCIES, countOf, resizeAmounts, seedAmounts, type TermsDraft } from './plan-terms';

export interface TermsFieldsProps {
  draft: TermsDraft;
  onDraft(next: TermsDraft): void;
  /** What the instalments must add up to. */
  totalCents: Cents;
  today: IsoDate;
  calendar: BusinessCalendar;
  /** The domain's errors; the count, date, amount and total ones are shown here. */
  errors: readonly PlanError[];
  unreadable: ReadonlyMap<number, AmountError>;
  /** The plan's summary when the form is valid. */
  summary: PlanSummary | null;
  /** Shown under the total ("dont 120,00 € de pénalités"). */
  totalNote?: string | undefined;
}

interface Row {
  dueDate: IsoDate | null;
  amountCents: Cents | null;
}

/** The rows to show: the plan's when valid, else whatever the current terms already give. */
function rowsOf(props: TermsFieldsProps): Row[] {
  if (props.summary) return props.summary.instalments;
  const { draft } = props;
  const count = countOf(draft);
  if (count === null) return [];
  const dated = instalmentDates(draft.first, count, draft.frequency, props.calendar, props.today);
  const split = props.totalCents > 0 ? splitInstalments(props.totalCents, count, draft.remainderOn) : null;
  return Array.from({ length: count }, (_, i) => ({
    dueDate: dated.ok ? (dated.dates[i]?.dueDate ?? null) : null,
    amountCents: split?.ok ? (split.amounts[i] ?? null) : null,
  }));
}

/** The setters and messages both halves share. */
function useTerms(props: TermsFieldsProps) {
  const { draft, onDraft, totalCents } = props;
  const messages = usePlanErrors(props.errors);
  const set = (patch: Partial<TermsDraft>) => onDraft({ ...draft, ...patch });
  const setCount = (value: number | string) => {
    const next = typeof value === 'number' ? value : value === '' ? '' : Number(value);
    const count = countOf({ ...draft, count: next });
    set({ count: next, ...(draft.custom && count !== null ? { amounts: resizeAmounts(draft.amounts, count) } : {}) });
  };
  const setCustom = (custom: boolean) => {
    const count = countOf(draft);
    set({ custom, amounts: custom && count !== null ? seedAmounts(totalCents, count, draft.remainderOn) : [] });
  };
  const setAmount = (index: number, text: string) => set({ amounts: draft.amounts.map((a, i) => (i === index ? text : a)) });
  return { messages, set, setCount, setCustom, setAmount };
}

/**
 * Number of instalments, first date, rhythm, where the odd cents go and the switch to type each
 * amount by hand; each error next to its field.
 */
export function TermsInputs(props: TermsFieldsProps) {
  const { draft } = props;
  const { t } = useTranslation();
  const { messages, set, setCount, setCustom } = useTerms(props);
  return (
    <Stack gap="sm">
      <Group align="flex-start" gap="md" grow>
        <NumberInput
          label={t('paymentPlans.terms.count')}
          value={draft.count}
          onChange={setCount}
          min={MIN_INSTALMENTS}
          max={MAX_INSTALMENTS}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          error={messages.text('count')}
          data-testid="plan-count"
        />
        <TextInput
          type="date"
          label={t('paymentPlans.terms.first')}
          value={draft.first}
          min={props.today}
          onChange={(event) => set({ first: event.currentTarget.value })}
          error={messages.text('first')}
          description={t('paymentPlans.terms.firstHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          data-testid="plan-first"
        />
      </Group>
      <Input.Wrapper label={t('paymentPlans.terms.frequency')}>
        <SegmentedControl
          fullWidth
          value={draft.frequency}
          onChange={(value) => set({ frequency: value as PlanFrequency })}
          data={FREQUENCIES.map((f) => ({ value: f, label: t(`paymentPlans.frequencies.${f}`) }))}
          data-testid="plan-frequency"
        />
      </Input.Wrapper>
      <Input.Wrapper label={t('paymentPlans.terms.remainder')} description={t('paymentPlans.terms.remainderHint')}>
        <SegmentedControl
          fullWidth
          value={draft.remainderOn}
          disabled={draft.custom}
          onChange={(value) => set({ remainderOn: value as RemainderOn })}
          data={(['first', 'last'] as const).map((r) => ({ value: r, label: t(`paymentPlans.terms.remainderOn.${r}`) }))}
          data-testid="plan-remainder"
        />
      </Input.Wrapper>
      <Switch
        label={t('paymentPlans.terms.custom')}
        description={t('paymentPlans.terms.customHint')}
        checked={draft.custom}
        onChange={(event) => setCustom(event.currentTarget.checked)}
        data-testid="plan-custom"
      />
    </Stack>
  );
}

/**
 * The instalments the terms give, live (each amount an input when typed by hand), the total, the
 * errors about the amounts and, once valid, the agreement's sentence.
 */
export function InstalmentTable(props: TermsFieldsProps) {
  const { draft, totalCents, summary } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const { messages, setAmount } = useTerms(props);
  const rows = rowsOf(props);
  const amountError = (position: number): string | undefined => {
    const unreadable = props.unreadable.get(position);
    if (unreadable) return messages.amount(unreadable);
    return messages.text('amounts', (e) => e.code === 'customAmountTooSmall' && Number(e.params?.position) === position);
  };
  const sumErrors = [...messages.of('amounts', (e) => e.code !== 'customAmountTooSmall'), ...messages.of('total')];

  return (
    <Stack gap="sm">
      <Table verticalSpacing={4} fz="sm" withTableBorder data-testid="plan-instalments">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>{t('paymentPlans.table.position')}</Table.Th>
            <Table.Th>{t('paymentPlans.table.date')}</Table.Th>
            <Table.Th ta="right">{t('paymentPlans.table.amount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={3}>
                <Text size="sm" c="dimmed">
                  {t('paymentPlans.table.none')}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {rows.map((row, i) => (
            <Table.Tr key={i} data-testid="plan-instalment">
              <Table.Td>{i + 1}</Table.Td>
              <Table.Td data-testid="plan-instalment-date">{row.dueDate ? format.date(row.dueDate) : '—'}</Table.Td>
              <Table.Td ta="right" data-testid="plan-instalment-amount">
                {draft.custom ? (
                  <TextInput
                    size="xs"
                    aria-label={t('paymentPlans.table.amountOf', { position: i + 1 })}
                    value={draft.amounts[i] ?? ''}
                    onChange={(event) => setAmount(i, event.currentTarget.value)}
                    error={amountError(i + 1)}
                    rightSection="€"
                    styles={{ input: { textAlign: 'right' } }}
                    data-testid={`plan-amount-${i + 1}`}
                  />
                ) : row.amountCents === null ? (
                  '—'
                ) : (
                  format.money(row.amountCents)
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th colSpan={2}>{t('paymentPlans.table.total')}</Table.Th>
            <Table.Th ta="right" data-testid="plan-total">
              {format.money(totalCents)}
            </Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
      {props.totalNote && (
        <Text size="xs" c="dimmed" mt={-6}>
          {props.totalNote}
        </Text>
      )}
      {sumErrors.map((message) => (
        <Text key={message} size="sm" c="red" role="alert" data-testid="plan-amounts-error">
          {message}
        </Text>
      ))}
      {summary && (
        <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />} data-testid="plan-sentence">
          {summary.text}
        </Alert>
      )}
    </Stack>
  );
}

/**
 * The plan form's layout: what the plan is about and its terms on the left, the instalments they
 * give on the right.
 */
export function PlanColumns({
  children,
  terms,
  termsTitle,
  tableTitle,
  testId,
}: {
  children: ReactNode;
  terms: TermsFieldsProps;
  termsTitle?: string;
  tableTitle: string;
  testId?: string;
}) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xl" data-testid={testId}>
      <Stack gap="md">
        {children}
        <Stack gap={6}>
          {termsTitle && <Title order={4}>{termsTitle}</Title>}
          <TermsInputs {...terms} />
        </Stack>
      </Stack>
      <Stack gap={6}>
        <Title order={4}>{tableTitle}</Title>
        <InstalmentTable {...terms} />
      </Stack>
    </SimpleGrid>
  );
}
