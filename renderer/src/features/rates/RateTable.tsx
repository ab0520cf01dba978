import { ActionIcon, Badge, Button, Group, Stack, Table, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import type { RateRow } from '../../domain/model';
import { isDefaultRate } from '../../domain/rates/default-rates';
import { isHalfYearKind, ratesOfKind, type RateKind } from '../../domain/rates/rate-table';
import { useRateText } from './rate-text';

/** Rows shown before "show older": the current ones are what users check. */
const RECENT = 6;

export interface RateTableProps {
  kind: RateKind;
  rates: RateRow[];
  onAdd(): void;
  onEdit(row: RateRow): void;
  onDelete(row: RateRow): void;
  onConfirm(row: RateRow): void;
}

/** One rate table, newest first, with its actions. */
export function RateTable({ kind, rates, onAdd, onEdit, onDelete, onConfirm }: RateTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useRateText();
  const [showAll, setShowAll] = useState(false);
  const rows = ratesOfKind(rates, kind).reverse();
  // An unconfirmed row stays in view even when it is old: it needs the user's attention.
  const shown = showAll ? rows : rows.filter((r, index) => index < RECENT || !r.confirmed);
  const hidden = rows.length - shown.length;
  const halfYearly = isHalfYearKind(kind);

  return (
    <Stack gap="xs" data-testid={`rates-table-${kind}`} component="section" aria-labelledby={`rates-title-${kind}`}>
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <Stack gap={2}>
          <Title order={3} size="h4" id={`rates-title-${kind}`}>
            {t(`rates.kinds.${kind}.title`)}
          </Title>
          <Text size="sm" c="dimmed">
            {t(`rates.kinds.${kind}.hint`)}
          </Text>
        </Stack>
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={onAdd} data-testid={`rates-add-${kind}`} style={{ flexShrink: 0 }}>
          {t(halfYearly ? 'rates.actions.addHalfYear' : 'rates.actions.addEcb')}
        </Button>
      </Group>
      <Table withTableBorder verticalSpacing={6} fz="sm" layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={200}>{t(halfYearly ? 'rates.columns.halfYear' : 'rates.columns.date')}</Table.Th>
            <Table.Th w={100} ta="right">
              {t('rates.columns.rate')}
            </Table.Th>
            <Table.Th>{t('rates.columns.source')}</Table.Th>
            <Table.Th w={110}>
              <VisuallyHidden>{t('rates.columns.status')}</VisuallyHidden>
            </Table.Th>
            <Table.Th w={190}>
              <VisuallyHidden>{t('rates.columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={5}>
                <Text size="sm" c="dimmed">
                  {t('rates.empty')}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {shown.map((row) => {
            const period = text.period(row);
            return (
              <Table.Tr key={row.id} data-testid="rate-row" data-rate-id={row.id} data-kind={row.kind} data-from={row.from} data-confirmed={row.confirmed}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {period}
                  </Text>
                  {halfYearly && (
                    <Text size="xs" c="dimmed">
                      {t('rates.since', { date: format.date(row.from) })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }} data-testid="rate-value">
                  {text.percent(row.basisPoints)}
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed" lineClamp={2} title={row.source}>
                    {row.source}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {!row.confirmed && (
                    <Badge color="orange" variant="light" size="sm" radius="sm" tt="none" data-testid="rate-unconfirmed">
                      {t('rates.unconfirmed')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={6} justify="flex-end" wrap="nowrap">
                    {!row.confirmed && (
                      <Button
                        size="compact-xs"
                        variant="light"
                        color="orange"
                        leftSection={<IconCheck size={12} />}
                        onClick={() => onConfirm(row)}
                        aria-label={t('rates.actions.confirmLabel', { period })}
                      >
                        {t('rates.actions.confirm')}
                      </Button>
                    )}
                    <Tooltip label={t('rates.actions.edit')} withArrow>
                      <ActionIcon variant="subtle" color="gray" onClick={() => onEdit(row)} aria-label={t('rates.actions.editLabel', { period })}>
                        <IconPencil size={16} />
                      </ActionIcon>
                    </Tooltip>
                    {!isDefaultRate(row.id) && (
                      <Tooltip label={t('rates.actions.delete')} withArrow>
                        <ActionIcon variant="subtle" color="red" onClick={() => onDelete(row)} aria-label={t('rates.actions.deleteLabel', { period })}>
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {(hidden > 0 || showAll) && rows.length > RECENT && (
        <Button variant="subtle" size="compact-sm" onClick={() => setShowAll(!showAll)} style={{ alignSelf: 'flex-start' }}>
          {showAll ? t('rates.actions.showRecent') : t('rates.actions.showOlder', { count: hidden })}
        </Button>
      )}
    </Stack>
  );
}
