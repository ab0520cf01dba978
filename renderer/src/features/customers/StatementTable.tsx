import { Alert, Group, Table, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import type { Statement, StatementLine } from '../../domain/customer-statement';

function useLineText() {
  const { t } = useTranslation();
  const format = useFormat();
  return (line: StatementLine): { piece: string; label: string } => {
    switch (line.kind) {
      case 'invoice':
        return {
          piece: line.opening ? t('customers.statement.opening', { number: line.number }) : t('customers.statement.invoice', { number: line.number }),
          label: line.label ?? '',
        };
      case 'payment':
      case 'credit-note': {
        const notes = [
          line.label ?? '',
          line.source === 'manual' ? t('customers.statement.typedInRelance') : '',
          line.inAccountingCents > 0 ? t('customers.statement.inAccounting', { amount: format.money(line.inAccountingCents), received: format.money(line.receivedCents) }) : '',
          line.unallocatedCents > 0 ? t('customers.statement.unallocated', { amount: format.money(line.unallocatedCents) }) : '',
        ].filter(Boolean);
        return {
          piece: t(`customers.statement.${line.kind}`, { reference: line.reference ?? '' }).trim(),
          label: notes.join(' · '),
        };
      }
      case 'accounting-adjustment':
        return {
          piece: t('customers.statement.adjustment'),
          label: t(line.creditCents > 0 ? 'customers.statement.adjustmentCredit' : 'customers.statement.adjustmentDebit'),
        };
    }
  };
}

/** Every invoice and credit in date order, with the balance after each line. */
export function StatementTable({ statement }: { statement: Statement }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useLineText();
  if (statement.lines.length === 0) {
    return (
      <Text size="sm" c="dimmed" py="md">
        {t('customers.statement.none')}
      </Text>
    );
  }
  const money = (cents: number) => (cents ? format.money(cents) : '');
  return (
    <>
      <Table.ScrollContainer minWidth={720}>
        <Table striped verticalSpacing={6} fz="sm" data-testid="statement">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={100}>{t('customers.statement.date')}</Table.Th>
              <Table.Th>{t('customers.statement.piece')}</Table.Th>
              <Table.Th>{t('customers.statement.label')}</Table.Th>
              <Table.Th ta="right">{t('customers.statement.debit')}</Table.Th>
              <Table.Th ta="right">{t('customers.statement.credit')}</Table.Th>
              <Table.Th ta="right">{t('customers.statement.balance')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {statement.lines.map((line, index) => {
              const { piece, label } = text(line);
              return (
                <Table.Tr key={index} data-testid="statement-line" data-kind={line.kind}>
                  <Table.Td>{format.date(line.date)}</Table.Td>
                  <Table.Td fw={500} style={{ whiteSpace: 'nowrap' }}>
                    {piece}
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {label}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {money(line.debitCents)}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {money(line.creditCents)}
                  </Table.Td>
                  <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}>
                    {format.money(line.balanceCents)}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th colSpan={3}>{t('customers.statement.totals')}</Table.Th>
              <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                {format.money(statement.totalDebitCents)}
              </Table.Th>
              <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                {format.money(statement.totalCreditCents)}
              </Table.Th>
              <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="statement-balance">
                {format.money(statement.balanceCents)}
              </Table.Th>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      <Group gap="xs" mt="xs">
        <Text size="sm" fw={600}>
          {statement.balanceCents < 0
            ? t('customers.statement.finalCredit', { amount: format.money(-statement.balanceCents) })
            : t('customers.statement.finalDebit', { amount: format.money(statement.balanceCents) })}
        </Text>
      </Group>
      {statement.adjustmentCents !== 0 && (
        <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} />} mt="xs">
          <Text size="xs">{t('customers.statement.adjustmentHint')}</Text>
        </Alert>
      )}
    </>
  );
}
