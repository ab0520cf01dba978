import { Alert, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { database } from '../../db/database';
import { confirmRate, deleteRate } from '../../db/rates';
import type { RateRow } from '../../domain/model';
import { RATE_KINDS } from '../../domain/rates/rate-table';
import { DeleteRateModal } from './DeleteRateModal';
import { RateFormModal, type RateFormTarget } from './RateFormModal';
import { RateTable } from './RateTable';
import { useRateText } from './rate-text';
import { useRates } from './use-rates';

/**
 * Paramètres → Taux: the four rate tables the penalties are computed with. Shipped figures the
 * user should check are flagged "À vérifier"; the user adds each new half-year as it is published.
 */
export function RatesPanel() {
  const { t } = useTranslation();
  const text = useRateText();
  const { rows, error } = useRates();
  const [form, setForm] = useState<RateFormTarget | null>(null);
  const [deleting, setDeleting] = useState<RateRow | null>(null);

  const failed = (reason: unknown) => {
    console.error('rates: action failed', reason);
    notifications.show({ color: 'red', title: t('rates.notices.failedTitle'), message: t('rates.notices.failed', { reason: reason instanceof Error ? reason.message : String(reason) }) });
  };
  const confirm = (row: RateRow) => {
    confirmRate(database(), row.id).then(
      () => notifications.show({ color: 'teal', message: t('rates.notices.confirmed', { period: text.period(row), rate: text.percent(row.basisPoints) }) }),
      failed,
    );
  };
  const remove = (row: RateRow) => {
    setDeleting(null);
    deleteRate(database(), row.id).then(
      (done) => done && notifications.show({ color: 'gray', message: t('rates.notices.deleted', { period: text.period(row) }) }),
      failed,
    );
  };

  if (error) {
    return (
      <Alert color="red" title={t('rates.loadFailedTitle')}>
        {t('rates.loadFailed', { reason: error instanceof Error ? error.message : String(error) })}
      </Alert>
    );
  }
  if (!rows) return <Text c="dimmed">{t('rates.loading')}</Text>;
  const unconfirmed = rows.filter((r) => !r.confirmed).length;

  return (
    <Stack gap="xl" maw={1000} data-testid="rates-panel">
      <Text size="sm" data-testid="rates-intro">
        {t('rates.intro')}
      </Text>
      {unconfirmed > 0 && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} data-testid="rates-unconfirmed-notice">
          {t('rates.unconfirmedNotice', { count: unconfirmed })}
        </Alert>
      )}
      {RATE_KINDS.map((kind) => (
        <RateTable
          key={kind}
          kind={kind}
          rates={rows}
          onAdd={() => setForm({ mode: 'add', kind })}
          onEdit={(row) => setForm({ mode: 'edit', row })}
          onDelete={setDeleting}
          onConfirm={confirm}
        />
      ))}
      <RateFormModal target={form} rates={rows} onClose={() => setForm(null)} />
      <DeleteRateModal row={deleting} onCancel={() => setDeleting(null)} onConfirm={remove} />
    </Stack>
  );
}
