import { Badge, Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarX, IconCheck, IconCircleCheck, IconHandOff, IconPhone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { nowTimestamp } from '../../app/clock';
import { useFormat } from '../../app/format';
import { clearAgreementFlag, restoreAgreementFlag } from '../../db/agreements';
import { database } from '../../db/database';
import type { AgreementAlert } from '../../domain/dashboard';
import { daysBetween, type IsoDate } from '../../domain/dates';
import type { Customer, Id } from '../../domain/model';
import { CustomerLink } from './CustomerLink';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
const targetOf = (alert: AgreementAlert) => (alert.kind === 'promise' ? { promiseId: alert.promiseId } : { planId: alert.planId });
export const alertId = (alert: AgreementAlert) => (alert.kind === 'promise' ? alert.promiseId : alert.planId);

/** "Vu": the alert leaves the dashboard, with "Annuler" in the notification to bring it back. */
function useDismiss() {
  const { t } = useTranslation();
  const failed = (error: unknown) => notifications.show({ color: 'red', message: t('dashboard.alerts.failed', { message: message(error) }) });
  return async (alert: AgreementAlert, what: string, name: string) => {
    const at = nowTimestamp();
    try {
      await clearAgreementFlag(database(), targetOf(alert), at);
    } catch (error) {
      failed(error);
      return;
    }
    const id = `dashboard-seen-${alertId(alert)}`;
    notifications.show({
      id,
      color: 'teal',
      autoClose: 8000,
      message: (
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Text size="sm" data-testid="seen-notice">
            {t('dashboard.alerts.dismissed', { what, name })}
          </Text>
          <Button
            size="compact-sm"
            variant="light"
            style={{ flexShrink: 0 }}
            data-testid="seen-undo"
            onClick={() => {
              notifications.hide(id);
              restoreAgreementFlag(database(), targetOf(alert), at)
                .then((restored) => {
                  if (restored) notifications.show({ color: 'gray', message: t('dashboard.alerts.restored') });
                })
                .catch(failed);
            }}
          >
            {t('dashboard.alerts.undo')}
          </Button>
        </Group>
      ),
    });
  };
}

function AlertCard({ alert, customer, today, onSeen }: { alert: AgreementAlert; customer: Customer | undefined; today: IsoDate; onSeen(what: string, name: string): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const name = customer?.name ?? '…';
  const what = t(alert.kind === 'promise' ? 'dashboard.alerts.promiseTitle' : 'dashboard.alerts.planTitle');
  const detail =
    alert.kind === 'promise'
      ? t(alert.paidCents > 0 ? 'dashboard.alerts.promisePartial' : 'dashboard.alerts.promiseUnpaid', {
          amount: format.money(alert.amountCents),
          date: format.date(alert.promisedDate),
          paid: format.money(alert.paidCents),
          short: format.money(alert.shortCents),
        })
      : t('dashboard.alerts.planMissed', {
          position: alert.position,
          count: alert.count,
          amount: format.money(alert.amountCents),
          date: format.date(alert.dueDate),
          missing: format.money(alert.missingCents),
        });
  const days = daysBetween(alert.since, today);
  const since = days <= 0 ? t('dashboard.alerts.sinceToday') : t('dashboard.alerts.since', { date: format.date(alert.since), days: t('dashboard.days', { count: days }) });
  const Icon = alert.kind === 'promise' ? IconHandOff : IconCalendarX;
  return (
    <Paper withBorder p="sm" radius="md" data-testid="dashboard-alert" data-kind={alert.kind} data-id={alertId(alert)} style={{ borderLeft: '4px solid var(--mantine-color-red-6)' }}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Group align="flex-start" wrap="nowrap" gap="sm" style={{ minWidth: 0 }}>
          <ThemeIcon color="red" variant="light" size={32} radius="xl">
            <Icon size={18} />
          </ThemeIcon>
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Group gap="xs" wrap="wrap">
              <Text fw={700} size="sm" c="red" data-testid="alert-title">
                {what}
              </Text>
              <Text size="sm" c="dimmed">
                ·
              </Text>
              <CustomerLink customerId={alert.customerId} customer={customer} />
            </Group>
            <Text size="sm" data-testid="alert-detail">
              {detail}
            </Text>
            <Text size="xs" c="dimmed" data-testid="alert-since">
              {since} {t(alert.kind === 'promise' ? 'dashboard.alerts.promiseResumed' : 'dashboard.alerts.planResumed')}
            </Text>
          </Stack>
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Button component={Link} to={`/appel/${alert.customerId}`} size="xs" leftSection={<IconPhone size={14} />} aria-label={t('dashboard.alerts.callLabel', { name })}>
            {t('dashboard.alerts.call')}
          </Button>
          <Button size="xs" variant="default" leftSection={<IconCheck size={14} />} aria-label={t('dashboard.alerts.seenLabel', { what, name })} onClick={() => onSeen(what, name)}>
            {t('dashboard.alerts.seen')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}

/** "À traiter": the broken promises and plans not dismissed yet, oldest first. */
export function AlertsSection({ alerts, customers, today }: { alerts: AgreementAlert[]; customers: ReadonlyMap<Id, Customer>; today: IsoDate }) {
  const { t } = useTranslation();
  const dismiss = useDismiss();
  return (
    <Stack gap="xs" component="section" aria-labelledby="dashboard-alerts-title" data-testid="dashboard-alerts">
      <Group gap="xs">
        <Title order={2} size="h4" id="dashboard-alerts-title">
          {t('dashboard.alerts.title')}
        </Title>
        {alerts.length > 0 ? (
          <Badge color="red" variant="filled" circle={alerts.length < 10} data-testid="alert-count">
            {alerts.length}
          </Badge>
        ) : null}
      </Group>
      {alerts.length === 0 ? (
        <Group gap="xs" c="teal" data-testid="alerts-none">
          <IconCircleCheck size={18} />
          <Text size="sm">{t('dashboard.alerts.none')}</Text>
        </Group>
      ) : (
        alerts.map((alert) => (
          <AlertCard
            key={alertId(alert)}
            alert={alert}
            customer={customers.get(alert.customerId)}
            today={today}
            onSeen={(what, name) => void dismiss(alert, what, name)}
          />
        ))
      )}
    </Stack>
  );
}
