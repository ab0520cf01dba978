import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RateRow } from '../../domain/model';
import { isHalfYearKind } from '../../domain/rates/rate-table';
import { useRateText } from './rate-text';

/** Asks before deleting a row the user added. */
export function DeleteRateModal({ row, onCancel, onConfirm }: { row: RateRow | null; onCancel(): void; onConfirm(row: RateRow): void }) {
  const { t } = useTranslation();
  const text = useRateText();
  const shown = useRef(row);
  if (row) shown.current = row;
  const last = shown.current;
  return (
    <Modal opened={row !== null} onClose={onCancel} title={t('rates.delete.title')} centered>
      {last && (
        <Stack gap="md">
          <Text size="sm">
            {t('rates.delete.body', { table: t(`rates.kinds.${last.kind}.title`), period: text.period(last), rate: text.percent(last.basisPoints) })}
          </Text>
          <Text size="sm" c="dimmed">
            {t(isHalfYearKind(last.kind) ? 'rates.delete.consequenceHalfYear' : 'rates.delete.consequenceEcb')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={() => row && onConfirm(row)} data-testid="rate-delete-confirm">
              {t('rates.delete.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
