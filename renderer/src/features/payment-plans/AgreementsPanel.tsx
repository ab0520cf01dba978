import { Badge, Button, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconCalendarDollar, IconPrinter, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import type { BusinessCalendar } from '../../domain/calendar/business-calendar';
import type { IsoDate } from '../../domain/dates';
import type { Customer, Payment, PaymentPlan, PaymentPromise } from '../../domain/model';
import type { PlanAction } from './PlanDialogs';
import { PlanHistory } from './PlanHistory';
import { planView, promiseCheckDay, type InstalmentState } from './plan-view';
import { useCustomerAgreements } from './use-agreements';
import { usePlanCalendar } from './use-plan-context';

const STATUS_COLORS: Record<PaymentPlan['status'], string> = { active: 'blue', completed: 'teal', broken: 'red', renegotiated: 'gray' };
const STATE_COLORS: Record<InstalmentState, string> = { paid: 'teal', upcoming: 'gray', missed: 'red', replaced: 'gray' };
const PROMISE_COLORS: Record<PaymentPromise['status'], string> = { open: 'blue', kept: 'teal', broken: 'red' };

interface Props {
  customer: Customer;
  payments: readonly Payment[];
  today: IsoDate;
  onAction(action: PlanAction): void;
}

/** The "Plans et promesses" tab of the customer page: every payment plan and promise, and their state today. */
export function AgreementsPanel({ customer, payments, today, onAction }: Props) {
  const { t } = useTranslation();
  const agreements = useCustomerAgreements(customer.id);
  const calendar = usePlanCalendar(customer);
  if (!agreements || !calendar) return <Loader size="sm" aria-label={t('paymentPlans.loading')} />;
  const { plans, promises } = agreements;

  return (
    <Stack gap="md" data-testid="agreements-panel">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {t('paymentPlans.panel.plans')}
        </Title>
        <Button size="xs" variant="light" leftSection={<IconCalendarDollar size={16} />} onClick={() => onAction({ kind: 'propose' })} data-testid="propose-plan-panel">
          {t('paymentPlans.propose.action')}
        </Button>
      </Group>
      {plans.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="plans-empty">
          {t('paymentPlans.panel.noPlans')}
        </Text>
      ) : (
        plans.map((plan) => <PlanCard key={plan.id} stored={plan} plans={plans} payments={payments} today={today} calendar={calendar} onAction={onAction} />)
      )}

      <Title order={3} size="h4" mt="sm">
        {t('paymentPlans.panel.promises')}
      </Title>
      {promises.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="promises-empty">
          {t('paymentPlans.panel.noPromises')}
        </Text>
      ) : (
        <PromisesTable promises={promises} calendar={calendar} />
      )}
    </Stack>
  );
}

function PlanCard({
  stored,
  plans,
  payments,
  today,
  calendar,
  onAction,
}: {
  stored: PaymentPlan;
  plans: readonly PaymentPlan[];
  payments: readonly Payment[];
  today: IsoDate;
  calendar: BusinessCalendar;
  onAction(action: PlanAction): void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const view = planView(stored, payments, today, calendar);
  const { plan } = view;
  const replacedBy = plan.replacedByPlanId ? plans.find((p) => p.id === plan.replacedByPlanId) : undefined;
  const frequency = plan.frequency ? t(`paymentPlans.frequencies.${plan.frequency}`) : null;

  return (
    <Paper withBorder radius="md" p="sm" data-testid="plan-card" data-status={view.status} bg={view.open ? undefined : 'var(--mantine-color-gray-0)'}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={2}>
            <Group gap="xs">
              <Text fw={600}>{t('paymentPlans.panel.planOf', { date: format.date(plan.createdAt.slice(0, 10)) })}</Text>
              <Badge color={STATUS_COLORS[view.status]} variant="light" radius="sm" tt="none" data-testid="plan-status">
                {t(`paymentPlans.status.${view.status}`)}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed" data-testid="plan-figures">
              {frequency && `${frequency} · `}
              {t(view.status === 'renegotiated' ? 'paymentPlans.panel.figuresReplaced' : 'paymentPlans.panel.figures', {
                count: plan.instalments.length,
                total: format.money(view.totalCents),
                paid: format.money(view.paidCents),
                remaining: format.money(view.remainingCents),
              })}
            </Text>
            {plan.penalties && plan.penalties.cents > 0 && (
              <Text size="xs" c="dimmed">
                {t(`paymentPlans.panel.penalties.${plan.penalties.mode}`, { amount: format.money(plan.penalties.cents) })}
              </Text>
            )}
            {replacedBy && (
              <Text size="xs" c="dimmed">
                {t('paymentPlans.panel.replacedBy', { date: format.date(replacedBy.createdAt.slice(0, 10)) })}
              </Text>
            )}
          </Stack>
          {view.open && (
            <Group gap="xs">
              <Button size="xs" variant="light" color="grape" leftSection={<IconPrinter size={14} />} onClick={() => onAction({ kind: 'print', plan })} data-testid="plan-print">
                {t('paymentPlans.panel.print')}
              </Button>
              <Button size="xs" variant="default" leftSection={<IconRefresh size={14} />} onClick={() => onAction({ kind: 'renegotiate', plan: stored })} data-testid="plan-renegotiate">
                {t('paymentPlans.panel.renegotiate')}
              </Button>
            </Group>
          )}
        </Group>
        <Table verticalSpacing={4} fz="sm" withTableBorder maw={720} data-testid="plan-card-instalments">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={50}>{t('paymentPlans.table.position')}</Table.Th>
              <Table.Th>{t('paymentPlans.table.date')}</Table.Th>
              <Table.Th ta="right">{t('paymentPlans.table.amount')}</Table.Th>
              <Table.Th ta="right">{t('paymentPlans.table.paid')}</Table.Th>
              <Table.Th>{t('paymentPlans.table.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.instalments.map((instalment, index) => {
              const state = view.states[index] ?? 'upcoming';
              return (
                <Table.Tr key={instalment.id} data-testid="plan-card-instalment" data-state={state}>
                  <Table.Td>{index + 1}</Table.Td>
                  <Table.Td>{format.date(instalment.dueDate)}</Table.Td>
                  <Table.Td ta="right">{format.money(instalment.amountCents)}</Table.Td>
                  <Table.Td ta="right">{instalment.paidCents > 0 ? format.money(instalment.paidCents) : '—'}</Table.Td>
                  <Table.Td>
                    <Badge color={STATE_COLORS[state]} variant={state === 'upcoming' ? 'outline' : 'light'} radius="sm" tt="none" size="sm">
                      {t(`paymentPlans.instalmentState.${state}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {view.open && <PlanHistory plan={plan} />}
      </Stack>
    </Paper>
  );
}

function PromisesTable({ promises, calendar }: { promises: readonly PaymentPromise[]; calendar: BusinessCalendar }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table verticalSpacing={4} fz="sm" withTableBorder maw={720} data-testid="promises">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('paymentPlans.promises.date')}</Table.Th>
          <Table.Th ta="right">{t('paymentPlans.promises.amount')}</Table.Th>
          <Table.Th>{t('paymentPlans.promises.madeOn')}</Table.Th>
          <Table.Th>{t('paymentPlans.promises.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {promises.map((promise) => (
          <Table.Tr key={promise.id} data-testid="promise" data-status={promise.status}>
            <Table.Td>{format.date(promise.promisedDate)}</Table.Td>
            <Table.Td ta="right">{format.money(promise.amountCents)}</Table.Td>
            <Table.Td>{promise.madeOn ? format.date(promise.madeOn) : '—'}</Table.Td>
            <Table.Td>
              <Badge color={PROMISE_COLORS[promise.status]} variant="light" radius="sm" tt="none" size="sm" data-testid="promise-status">
                {promise.status === 'open'
                  ? t('paymentPlans.promises.open', { date: format.date(promiseCheckDay(promise, calendar)) })
                  : t(`paymentPlans.promises.${promise.status}`)}
              </Badge>
              {promise.status !== 'open' && promise.paidCents !== undefined && promise.paidCents > 0 && promise.paidCents < promise.amountCents && (
                <Text span size="xs" c="dimmed" ml="xs">
                  {t('paymentPlans.promises.received', { amount: format.money(promise.paidCents) })}
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
