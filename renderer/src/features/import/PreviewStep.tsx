import { Badge, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import type { AnalysisSummary } from './protocol';

export function PreviewStep({ analysis }: { analysis: AnalysisSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { counts } = analysis;
  return (
    <Stack gap="sm">
      <Title order={3}>{t('import.preview.title')}</Title>
      <Text size="sm" data-testid="preview-counts">
        {t('import.preview.counts', {
          customers: counts.customers,
          invoices: counts.invoices,
          open: counts.openInvoices,
          openAmount: format.money(counts.openCents),
          credits: counts.credits,
          unallocated: format.money(counts.unallocatedCents),
        })}
      </Text>
      <Table.ScrollContainer minWidth={760}>
        <Table striped withTableBorder fz="sm" data-testid="preview-table">
          <Table.Thead>
            <Table.Tr>
              {(['customer', 'number', 'issueDate', 'dueDate', 'amount', 'open', 'line'] as const).map((c) => (
                <Table.Th key={c} ta={c === 'amount' || c === 'open' ? 'right' : undefined}>
                  {t(`import.preview.columns.${c}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {analysis.previewRows.map((row) => (
              <Table.Tr key={`${row.customerReference}/${row.number}/${row.line}`}>
                <Table.Td>
                  {row.customerName}{' '}
                  <Text span c="dimmed" size="xs">
                    {row.customerReference}
                  </Text>
                </Table.Td>
                <Table.Td>{row.number}</Table.Td>
                <Table.Td>{format.date(row.issueDate)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {format.date(row.dueDate)}{' '}
                  {row.dueDateDerived && (
                    <Tooltip label={t('import.preview.derivedHint')}>
                      <Badge size="xs" variant="light" color="gray" tt="none">
                        {t('import.preview.derived')}
                      </Badge>
                    </Tooltip>
                  )}
                </Table.Td>
                <Table.Td ta="right">{format.money(row.amountCents)}</Table.Td>
                <Table.Td ta="right" fw={600}>
                  {format.money(row.openCents)}
                </Table.Td>
                <Table.Td c="dimmed">{row.line}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
