import { ActionIcon, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nowTimestamp, today } from '../../app/clock';
import { useFormat } from '../../app/format';
import { database } from '../../db/database';
import { runPlanning } from '../../db/schedule';
import type { ClosedPeriod } from '../../domain/calendar/business-calendar';
import { validateClosedPeriod, validatePaymentDays, type ClosedPeriodErrors } from '../../domain/calendar/calendar-rules';
import type { Customer } from '../../domain/model';
import { setCustomerDates, type CustomerDatesDraft } from './mutations';
import { useNotify } from './undo-notice';

/**
 * "10, 25" → [10, 25]: whole days of the month 1-31, separated by commas, spaces or "et".
 * Empty: no payment day. Else the first piece that is not such a day, to show the user.
 */
export function parsePaymentDays(text: string): { ok: true; value: number[] } | { ok: false; wrong: string } {
  const pieces = text
    .toLowerCase()
    .split(/[\s,;]+|\bet\b/)
    .filter((piece) => piece !== '');
  const wrong = pieces.find((piece) => !/^\d{1,2}$/.test(piece));
  if (wrong !== undefined) return { ok: false, wrong };
  const checked = validatePaymentDays(pieces.map(Number));
  return checked.ok ? checked : { ok: false, wrong: String(checked.error.params.value) };
}

const daysText = (days: readonly number[] | undefined) => (days ?? []).join(', ');

/**
 * "Dates du client": the periods the customer is closed (no follow-up planned then) and the days
 * of the month it pays on (payment reminders and letters go on such a day). Each change is saved
 * at once, "Annuler" offered, and the calendar planned again.
 */
export function CustomerDatesCard({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const format = useFormat();
  const notify = useNotify();
  const [draft, setDraft] = useState({ from: '', to: '' });
  const [errors, setErrors] = useState<ClosedPeriodErrors & { overlap?: { from: string; to: string } }>({});
  const [days, setDays] = useState(daysText(customer.paymentDays));
  const [daysError, setDaysError] = useState<string | null>(null);
  const closed = customer.closedPeriods ?? [];
  const savedDays = daysText(customer.paymentDays);

  // The stored value wins when it changes underneath (an undo, another window).
  useEffect(() => setDays(savedDays), [savedDays]);

  const replan = () => runPlanning(database(), today());

  const save = async (next: CustomerDatesDraft, message: string): Promise<boolean> => {
    try {
      const result = await setCustomerDates(database(), customer.id, next, nowTimestamp());
      // The card checks before saving: a refusal here means the stored dates were already wrong.
      if (!result.ok) throw new Error(t('customers.dates.refused'));
      notify.done(message, result.undo, replan);
      await replan();
      return true;
    } catch (error) {
      notify.failed(error);
      return false;
    }
  };

  const add = async () => {
    const checked = validateClosedPeriod(draft);
    if (!checked.ok) return setErrors(checked.errors);
    const period = checked.value;
    const clash = closed.find((c) => c.from <= period.to && period.from <= c.to);
    if (clash) return setErrors({ overlap: { from: format.date(clash.from), to: format.date(clash.to) } });
    setErrors({});
    const message = t('customers.dates.closedAdded', { from: format.date(period.from), to: format.date(period.to) });
    if (await save({ closedPeriods: [...closed, period], paymentDays: customer.paymentDays ?? [] }, message)) setDraft({ from: '', to: '' });
  };

  const remove = (period: ClosedPeriod) =>
    void save(
      { closedPeriods: closed.filter((c) => c !== period), paymentDays: customer.paymentDays ?? [] },
      t('customers.dates.closedRemoved', { from: format.date(period.from), to: format.date(period.to) }),
    );

  /** The payment days are saved when the user leaves the field or presses Enter. */
  const commitDays = async () => {
    const parsed = parsePaymentDays(days);
    if (!parsed.ok) return setDaysError(t('customers.dates.errors.paymentDay', { value: parsed.wrong }));
    setDaysError(null);
    setDays(daysText(parsed.value));
    if (daysText(parsed.value) === savedDays) return;
    await save(
      { closedPeriods: closed, paymentDays: parsed.value },
      parsed.value.length === 0 ? t('customers.dates.paysAnyDay') : t('customers.dates.paysOn', { days: daysText(parsed.value) }),
    );
  };

  const fieldError = (field: 'from' | 'to') => {
    const error = errors[field];
    return error ? t(`customers.dates.errors.${error.code}`, error.params) : null;
  };

  return (
    <Paper withBorder p="md" radius="md" data-testid="customer-dates">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4">
            {t('customers.dates.title')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('customers.dates.intro')}
          </Text>
        </div>
        <div>
          <Text size="xs" c="dimmed">
            {t('customers.dates.closed')}
          </Text>
          {closed.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('customers.dates.noClosed')}
            </Text>
          ) : (
            <Stack gap={0} data-testid="customer-closed-periods">
              {closed.map((c) => (
                <Group key={`${c.from}-${c.to}`} justify="space-between" wrap="nowrap">
                  <Text size="sm">
                    {t('customers.dates.period', { from: format.date(c.from), to: format.date(c.to) })}
                    {c.label ? ` · ${c.label}` : ''}
                  </Text>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="sm"
                    aria-label={t('customers.dates.remove', { from: format.date(c.from), to: format.date(c.to) })}
                    onClick={() => remove(c)}
                  >
                    <IconTrash size={14} />
                  </ActionIcon>
                </Group>
              ))}
            </Stack>
          )}
        </div>
        <Group align="flex-start" grow gap="xs">
          <TextInput
            type="date"
            size="xs"
            label={t('customers.dates.from')}
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.currentTarget.value })}
            error={fieldError('from')}
            data-testid="customer-closed-from"
          />
          <TextInput
            type="date"
            size="xs"
            label={t('customers.dates.to')}
            value={draft.to}
            onChange={(e) => setDraft({ ...draft, to: e.currentTarget.value })}
            error={fieldError('to')}
            data-testid="customer-closed-to"
          />
        </Group>
        {errors.overlap && (
          <Text size="xs" c="red">
            {t('customers.dates.errors.overlap', errors.overlap)}
          </Text>
        )}
        <Button size="compact-sm" variant="light" leftSection={<IconPlus size={14} />} onClick={() => void add()} data-testid="customer-closed-add" style={{ alignSelf: 'flex-start' }}>
          {t('customers.dates.add')}
        </Button>
        <TextInput
          size="sm"
          label={t('customers.dates.paymentDays')}
          description={t('customers.dates.paymentDaysHint')}
          placeholder={t('customers.dates.paymentDaysPlaceholder')}
          styles={{ label: { fontSize: 'var(--mantine-font-size-xs)', fontWeight: 400, color: 'var(--mantine-color-dimmed)' } }}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          value={days}
          inputMode="numeric"
          autoComplete="off"
          onChange={(e) => {
            setDays(e.currentTarget.value);
            if (daysError) setDaysError(null);
          }}
          onBlur={() => void commitDays()}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void commitDays();
          }}
          error={daysError}
          data-testid="customer-payment-days"
        />
      </Stack>
    </Paper>
  );
}
