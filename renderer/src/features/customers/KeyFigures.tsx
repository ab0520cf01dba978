import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import type { CustomerSummary } from '../../domain/customer-summary';

function Figure({ label, value, hint, color, testId }: { label: string; value: ReactNode; hint?: string; color?: string; testId: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700} c={color} data-testid={testId}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  );
}

/** What the customer owes, at a glance. */
export function KeyFigures({ summary }: { summary: CustomerSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
      <Figure
        testId="figure-open"
        label={t('customers.figures.open')}
        value={format.money(summary.openCents)}
        hint={t('customers.figures.openHint', { count: summary.openInvoices })}
      />
      <Figure
        testId="figure-late"
        label={t('customers.figures.late')}
        value={format.money(summary.lateCents)}
        color={summary.lateCents > 0 ? 'red' : undefined}
        hint={t('customers.figures.lateHint', { count: summary.lateInvoices })}
      />
      <Figure
        testId="figure-oldest"
        label={t('customers.figures.oldest')}
        value={summary.oldestDaysLate > 0 ? t('customers.daysLong', { count: summary.oldestDaysLate }) : '—'}
        color={summary.oldestDaysLate > 60 ? 'red' : undefined}
        {...(summary.disputedInvoices > 0 ? { hint: t('customers.figures.disputedHint', { count: summary.disputedInvoices }) } : {})}
      />
      <Figure
        testId="figure-balance"
        label={t('customers.figures.balance')}
        value={format.money(summary.balanceCents)}
        hint={
          summary.unallocatedCreditCents !== 0
            ? t('customers.figures.balanceHint', { amount: format.money(summary.unallocatedCreditCents) })
            : t('customers.figures.balanceNoCredit')
        }
      />
    </SimpleGrid>
  );
}
