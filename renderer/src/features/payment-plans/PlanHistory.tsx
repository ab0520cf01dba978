import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import type { PaymentPlan } from '../../domain/model';

/** The earlier plans of a chain of renegotiations, oldest first ("Plan du 26/01/2026 : …"). */
export function PlanHistory({ plan, title }: { plan: Pick<PaymentPlan, 'history'>; title?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const history = plan.history ?? [];
  if (history.length === 0) return null;
  return (
    <Stack gap={2} data-testid="plan-history">
      <Text size="sm" fw={500}>
        {title ?? t('paymentPlans.history.title', { count: history.length })}
      </Text>
      <List size="sm" spacing={2}>
        {history.map((entry) => (
          <List.Item key={entry.planId} data-testid="plan-history-entry">
            {t('paymentPlans.history.entry', {
              date: format.date(entry.createdAt.slice(0, 10)),
              total: format.money(entry.totalCents),
              paid: format.money(entry.paidCents),
              renegotiatedOn: format.date(entry.renegotiatedOn),
            })}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
