import { Button, Checkbox, Group, NativeSelect, Paper, Radio, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconCalendarDollar } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import { PlanEditor, type PlanDraftResult } from '../payment-plans/PlanEditor';
import type { BusinessCalendar } from '../../domain/calendar/business-calendar';
import type { IsoDate } from '../../domain/dates';
import type { CallOutcome } from '../../domain/interactions/interaction';
import type { Id, Invoice } from '../../domain/model';
import {
  OUTCOMES,
  hasNextStep,
  openOf,
  promiseAmountText,
  promiseCheckOf,
  readDate,
  type CallFormState,
  type FormField,
} from './call-form';
import { FIELD_IDS } from './field-ids';
import type { CallData } from './use-call-data';
import classes from './Call.module.css';

interface Props {
  data: CallData;
  form: CallFormState;
  calendar: BusinessCalendar;
  today: IsoDate;
  errors: Partial<Record<FormField, string>>;
  /** What to say for the chosen answer (the script's branch), above its fields. */
  guide?: ReactNode;
  onChoose(outcome: CallOutcome): void;
  onChange(update: (form: CallFormState) => CallFormState): void;
}

/** Ticks for a set of invoices: number, days late, open amount. */
function InvoiceChecks({
  id,
  label,
  description,
  invoices,
  chosen,
  error,
  onChange,
}: {
  id: string;
  label: string;
  description?: string;
  invoices: readonly Invoice[];
  chosen: readonly Id[];
  error?: string | undefined;
  onChange(ids: Id[]): void;
}) {
  const format = useFormat();
  return (
    <Checkbox.Group id={id} label={label} description={description} error={error} value={[...chosen]} onChange={onChange}>
      <Stack gap={4} mt={4}>
        {invoices.map((invoice) => (
          <Checkbox
            key={invoice.id}
            value={invoice.id}
            size="xs"
            label={`${invoice.number} · ${format.money(invoice.openCents)}`}
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

/**
 * The plan being agreed, under the three columns (the editor needs the width): the plan editor and
 * why the plan cannot be saved yet.
 */
export function PlanSection({ data, today, error, onPlan }: { data: CallData; today: IsoDate; error?: string | undefined; onPlan(result: PlanDraftResult | null): void }) {
  return (
    <Paper withBorder radius="md" p="md" id={FIELD_IDS.plan} tabIndex={-1} data-testid="call-plan">
      <PlanEditor customer={data.customer!} invoices={data.openInvoices} payments={data.payments} today={today} onChange={onPlan} />
      {error ? (
        <Text size="sm" c="red" role="alert" mt="sm" data-testid="call-plan-error">
          {error}
        </Text>
      ) : null}
    </Paper>
  );
}

/** The answer of the call (Alt+1 … Alt+9) and what that answer needs to be recorded. */
export function OutcomePanel({ data, form, calendar, today, errors, guide, onChoose, onChange }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const customer = data.customer!;
  const outcome = form.outcome;
  let fields: ReactNode = null;
  const setPromise = (patch: Partial<CallFormState['promise']>) => onChange((f) => ({ ...f, promise: { ...f.promise, ...patch } }));
  const setDispute = (patch: Partial<CallFormState['dispute']>) => onChange((f) => ({ ...f, dispute: { ...f.dispute, ...patch } }));
  const setNext = (patch: Partial<NonNullable<CallFormState['next']>>) => onChange((f) => (f.next ? { ...f, next: { ...f.next, ...patch } } : f));

  if (outcome === 'promise') {
    const promised = readDate(form.promise.date);
    // No check day shown for a date already past: it is refused on saving.
    const check = promised && promised >= today ? promiseCheckOf(form, calendar) : null;
    fields = (
      <Stack gap="xs">
        <Group grow align="flex-start">
          <TextInput
            id={FIELD_IDS.promisedDate}
            label={t('call.promise.date')}
            placeholder={t('call.datePlaceholder')}
            value={form.promise.date}
            onChange={(event) => setPromise({ date: event.currentTarget.value })}
            error={errors.promisedDate}
            data-first
            data-testid="call-promise-date"
          />
          <TextInput
            id={FIELD_IDS.amount}
            label={t('call.promise.amount')}
            value={promiseAmountText(form, data.openInvoices)}
            onChange={(event) => setPromise({ amount: event.currentTarget.value })}
            rightSection="€"
            error={errors.amount}
            data-testid="call-promise-amount"
          />
        </Group>
        {check ? (
          <Text size="xs" c="dimmed" data-testid="call-promise-check">
            {t('call.promise.checkDate', { date: format.date(check) })}
          </Text>
        ) : null}
        <InvoiceChecks
          id="call-promise-invoices"
          label={t('call.promise.invoices')}
          description={t('call.promise.amountHint', { open: format.money(openOf(data.openInvoices, form.promise.invoiceIds)) })}
          invoices={data.openInvoices}
          chosen={form.promise.invoiceIds}
          onChange={(invoiceIds) => setPromise({ invoiceIds })}
        />
      </Stack>
    );
  } else if (outcome === 'dispute') {
    fields = (
      <Stack gap="xs">
        <Textarea
          id={FIELD_IDS.disputeReason}
          label={t('call.dispute.reason')}
          placeholder={t('call.dispute.reasonPlaceholder')}
          value={form.dispute.reason}
          onChange={(event) => setDispute({ reason: event.currentTarget.value })}
          autosize
          minRows={2}
          error={errors.disputeReason}
          data-first
          data-testid="call-dispute-reason"
        />
        <InvoiceChecks
          id={FIELD_IDS.disputeInvoices}
          label={t('call.dispute.invoices')}
          invoices={data.openInvoices}
          chosen={form.dispute.invoiceIds}
          error={errors.disputeInvoices}
          onChange={(invoiceIds) => setDispute({ invoiceIds })}
        />
      </Stack>
    );
  } else if (outcome === 'difficulty') {
    fields = (
      <Button variant="light" leftSection={<IconCalendarDollar size={16} />} onClick={() => onChoose('plan')} data-first>
        {t('call.difficulty.toPlan')}
      </Button>
    );
  } else if (outcome === 'wrong-contact') {
    const set = (patch: Partial<CallFormState['contact']>) => onChange((f) => ({ ...f, contact: { ...f.contact, ...patch } }));
    fields = (
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t('call.contact.title')}
        </Text>
        <SimpleGrid cols={2} spacing="xs">
          <TextInput
            id={FIELD_IDS.contact}
            label={t('call.contact.name')}
            value={form.contact.name}
            onChange={(event) => set({ name: event.currentTarget.value })}
            error={errors.contact}
            data-first
            data-testid="call-contact-name"
          />
          <TextInput label={t('call.contact.role')} value={form.contact.role} onChange={(event) => set({ role: event.currentTarget.value })} />
          <TextInput
            label={t('call.contact.phone')}
            type="tel"
            value={form.contact.phone}
            onChange={(event) => set({ phone: event.currentTarget.value })}
            data-testid="call-contact-phone"
          />
          <TextInput
            label={t('call.contact.email')}
            type="email"
            value={form.contact.email}
            onChange={(event) => set({ email: event.currentTarget.value })}
            data-testid="call-contact-email"
          />
        </SimpleGrid>
        <NativeSelect
          label={t('call.contact.replaces')}
          value={form.contact.replacesId}
          onChange={(event) => set({ replacesId: event.currentTarget.value })}
          data={[{ value: '', label: t('call.contact.addNew') }, ...customer.contacts.map((c) => ({ value: c.id, label: c.name || c.role || c.id }))]}
          data-testid="call-contact-replaces"
        />
      </Stack>
    );
  }

  const next = hasNextStep(outcome) && form.next ? form.next : null;

  return (
    <Stack gap="sm">
      <Radio.Group
        id={FIELD_IDS.outcome}
        label={<Title order={2} size="h4">{t('call.outcome.legend')}</Title>}
        value={outcome ?? ''}
        onChange={(value) => onChoose(value as CallOutcome)}
        error={errors.outcome}
        data-testid="call-outcomes"
      >
        <div className={classes.outcomes}>
          {OUTCOMES.map((o, index) => (
            <Radio
              key={o}
              value={o}
              id={index === 0 ? 'call-outcome-first' : undefined}
              label={
                <>
                  {t(`call.outcome.names.${o}`)}
                  <span className={classes.kbd}>{t('call.outcome.shortcut', { n: index + 1 })}</span>
                </>
              }
              data-testid={`call-outcome-${o}`}
            />
          ))}
        </div>
      </Radio.Group>

      {outcome ? (
        <Paper withBorder radius="md" p="sm" data-testid="call-outcome-fields" data-outcome={outcome}>
          <Stack gap="sm">
            {guide}
            {fields}
            {next ? (
              <Stack gap={4}>
                <Text size="sm" fw={600}>
                  {t('call.next.title')}
                </Text>
                <Group grow align="flex-start">
                  <TextInput
                    id={FIELD_IDS.nextDate}
                    label={t('call.next.date')}
                    placeholder={t('call.datePlaceholder')}
                    value={next.date}
                    onChange={(event) => setNext({ date: event.currentTarget.value })}
                    error={errors.nextDate}
                    {...(fields ? {} : { 'data-first': true })}
                    data-testid="call-next-date"
                  />
                  <TextInput
                    label={t('call.next.label')}
                    value={next.label}
                    placeholder={next.proposedLabel}
                    onChange={(event) => setNext({ label: event.currentTarget.value })}
                    data-testid="call-next-label"
                  />
                </Group>
              </Stack>
            ) : null}
          </Stack>
        </Paper>
      ) : null}
    </Stack>
  );
}
