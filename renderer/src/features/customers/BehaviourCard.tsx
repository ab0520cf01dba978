import { Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import type { PaymentBehaviour } from '../../domain/customer-behaviour';

/** How the customer has paid so far, and what the figures leave out. */
export function BehaviourCard({ behaviour }: { behaviour: PaymentBehaviour }) {
  const { t } = useTranslation();
  const format = useFormat();
  const percent = new Intl.NumberFormat(format.locale, { style: 'percent', maximumFractionDigits: 0 });
  const oneDecimal = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 1 });
  const { excluded } = behaviour;
  return (
    <Paper withBorder p="md" radius="md" data-testid="behaviour">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('customers.behaviour.title')}
        </Title>
        {behaviour.counted === 0 ? (
          <Text size="sm" c="dimmed">
            {t('customers.behaviour.none')}
          </Text>
        ) : (
          <>
            <Group grow align="flex-start">
              <div>
                <Text size="xs" c="dimmed">
                  {t('customers.behaviour.averageDaysLate')}
                </Text>
                <Text size="lg" fw={700} data-testid="behaviour-average">
                  {/* The plural rules take the decimal itself: "1,6 jour" in French, "1.6 days" in English. */}
                  {t('customers.behaviour.days', { count: Math.round((behaviour.averageDaysLate ?? 0) * 10) / 10, value: oneDecimal.format(behaviour.averageDaysLate ?? 0) })}
                </Text>
              </div>
              <div>
                <Text size="xs" c="dimmed">
                  {t('customers.behaviour.shareLate')}
                </Text>
                <Text size="lg" fw={700} data-testid="behaviour-share">
                  {percent.format(behaviour.shareLate ?? 0)}
                </Text>
              </div>
            </Group>
            <Progress
              value={(behaviour.shareLate ?? 0) * 100}
              color={(behaviour.shareLate ?? 0) > 0.5 ? 'red' : (behaviour.shareLate ?? 0) > 0.2 ? 'orange' : 'teal'}
              aria-label={t('customers.behaviour.shareLate')}
            />
            <Text size="xs" c="dimmed">
              {t('customers.behaviour.basis', { count: behaviour.counted, late: behaviour.paidLate, max: behaviour.maxDaysLate })}
            </Text>
          </>
        )}
        {excluded.noPaymentDate > 0 && (
          <Text size="xs" c="dimmed" data-testid="behaviour-excluded">
            {t('customers.behaviour.excludedNoDate', { count: excluded.noPaymentDate })}
          </Text>
        )}
        {excluded.opening > 0 && (
          <Text size="xs" c="dimmed">
            {t('customers.behaviour.excludedOpening', { count: excluded.opening })}
          </Text>
        )}
        {excluded.creditNotesOnly > 0 && (
          <Text size="xs" c="dimmed">
            {t('customers.behaviour.excludedCredited', { count: excluded.creditNotesOnly })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
