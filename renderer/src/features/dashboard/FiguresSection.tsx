import { Group, Loader, Paper, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import type { AgedBucketKey, DashboardFigures } from '../../domain/dashboard';
import type { Customer, Id } from '../../domain/model';
import { CustomerLink } from './CustomerLink';
import { Panel } from './Panel';

const BUCKET_COLORS: Record<AgedBucketKey, string> = {
  'not-due': 'teal',
  '1-30': 'yellow',
  '31-60': 'orange',
  '61-90': 'red',
  '90+': 'red.9',
};

function Stat({ label, value, hints, color, testId }: { label: string; value: string; hints: string[]; color?: string; testId: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text fz={28} fw={700} c={color} lh={1.3} data-testid={testId}>
        {value}
      </Text>
      {hints.map((hint) => (
        <Text key={hint} size="xs" c="dimmed">
          {hint}
        </Text>
      ))}
    </Paper>
  );
}

/** The overdue total, the aged balance and the top debtors. */
export function FiguresSection({ data }: { data: { figures: DashboardFigures; customers: ReadonlyMap<Id, Customer> } | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (data === undefined) {
    return (
      <Group gap="xs" c="dimmed">
        <Loader size="xs" />
        <Text size="sm">{t('dashboard.figures.loading')}</Text>
      </Group>
    );
  }
  const { figures, customers } = data;
  /** A count in words, its number grouped ("43 637 factures"). */
  const counted = (key: string, count: number) => t(key, { count, n: format.number(count) });
  const largest = Math.max(1, ...figures.buckets.map((b) => b.cents));
  return (
    <Stack gap="md" data-testid="dashboard-figures">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Stat
          testId="figure-overdue"
          label={t('dashboard.figures.overdue')}
          value={format.money(figures.overdueCents)}
          color={figures.overdueCents > 0 ? 'red' : undefined}
          hints={[
            counted('dashboard.figures.overdueHint', figures.overdueInvoices),
            ...(figures.overdueHeldCents > 0 ? [t('dashboard.figures.overdueHeld', { amount: format.money(figures.overdueHeldCents) })] : []),
          ]}
        />
        <Stat
          testId="figure-open"
          label={t('dashboard.figures.open')}
          value={format.money(figures.openCents)}
          hints={[counted('dashboard.figures.openHint', figures.openInvoices)]}
        />
        <Stat testId="figure-debtors" label={t('dashboard.figures.debtors')} value={format.number(figures.debtors)} hints={[t('dashboard.figures.debtorsHint')]} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Panel title={t('dashboard.aged.title')} hint={t('dashboard.aged.hint')} testId="aged-balance">
          <Stack gap="xs">
            {figures.buckets.map((bucket) => (
              <div key={bucket.key} data-testid="aged-bucket" data-bucket={bucket.key}>
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Text size="sm" fw={500}>
                    {t(`dashboard.aged.buckets.${bucket.key}`)}
                  </Text>
                  <Group gap="xs" wrap="nowrap">
                    <Text size="xs" c="dimmed">
                      {counted('dashboard.aged.invoices', bucket.invoices)}
                    </Text>
                    <Text size="sm" fw={600} data-testid="aged-amount" style={{ minWidth: 110, textAlign: 'right' }}>
                      {format.money(bucket.cents)}
                    </Text>
                  </Group>
                </Group>
                <Progress value={(bucket.cents / largest) * 100} color={BUCKET_COLORS[bucket.key]} size="sm" mt={4} aria-hidden />
              </div>
            ))}
          </Stack>
        </Panel>
        <Panel title={t('dashboard.top.title')} hint={t('dashboard.top.hint')} testId="top-debtors">
          {figures.topDebtors.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('dashboard.top.none')}
            </Text>
          ) : (
            <Stack gap={0}>
              {figures.topDebtors.map((debtor, index) => (
                <Group
                  key={debtor.customerId}
                  justify="space-between"
                  wrap="nowrap"
                  gap="sm"
                  py={8}
                  style={index > 0 ? { borderTop: '1px solid var(--mantine-color-default-border)' } : undefined}
                  data-testid="top-debtor"
                >
                  <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
                    <Text size="sm" c="dimmed" fw={700} w={16} ta="right" style={{ flexShrink: 0 }}>
                      {index + 1}
                    </Text>
                    <Stack gap={0} style={{ minWidth: 0 }}>
                      <CustomerLink customerId={debtor.customerId} customer={customers.get(debtor.customerId)} />
                      <Text size="xs" c="dimmed">
                        {t('dashboard.top.detail', { invoices: counted('dashboard.aged.invoices', debtor.lateInvoices), days: t('dashboard.days', { count: debtor.oldestDaysLate }) })}
                      </Text>
                    </Stack>
                  </Group>
                  <Text size="sm" fw={700} c="red" style={{ flexShrink: 0 }} data-testid="top-debtor-late">
                    {format.money(debtor.lateCents)}
                  </Text>
                </Group>
              ))}
            </Stack>
          )}
        </Panel>
      </SimpleGrid>
    </Stack>
  );
}
