import { ActionIcon, Menu, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconDots, IconGavel, IconPencil, IconPlayerPlay } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import type { Invoice } from '../../domain/model';
import { StatusBadge } from '../invoices/StatusBadge';
import type { OpenItem } from './use-customer';

/** What the customer still owes, oldest due date first, with the actions on each invoice. */
export function OpenItemsTable({
  items,
  onEdit,
  onDispute,
  onLiftDispute,
}: {
  items: OpenItem[];
  onEdit(invoice: Invoice): void;
  onDispute(invoice: Invoice): void;
  onLiftDispute(invoice: Invoice): void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed" py="md">
        {t('customers.openItems.none')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing={6} fz="sm" data-testid="open-items" style={{ whiteSpace: 'nowrap' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('customers.openItems.number')}</Table.Th>
            <Table.Th>{t('customers.openItems.issueDate')}</Table.Th>
            <Table.Th>{t('customers.openItems.dueDate')}</Table.Th>
            <Table.Th ta="right">{t('customers.openItems.daysLate')}</Table.Th>
            <Table.Th ta="right">{t('customers.openItems.amount')}</Table.Th>
            <Table.Th ta="right">{t('customers.openItems.open')}</Table.Th>
            <Table.Th>{t('customers.openItems.status')}</Table.Th>
            <Table.Th w={40}>
              <VisuallyHidden>
                {t('customers.openItems.actions')}
              </VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map(({ invoice, status, daysLate }) => {
            const disputed = invoice.hold?.kind === 'dispute';
            return (
              <Table.Tr key={invoice.id} data-testid="open-item" data-number={invoice.number}>
                <Table.Td fw={500} style={{ whiteSpace: 'nowrap' }}>
                  {invoice.number}
                </Table.Td>
                <Table.Td>{format.date(invoice.issueDate)}</Table.Td>
                <Table.Td>{format.date(invoice.dueDate)}</Table.Td>
                <Table.Td ta="right" c={daysLate > 60 ? 'red' : undefined}>
                  {daysLate > 0 ? t('customers.daysValue', { count: daysLate }) : '—'}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {format.money(invoice.amountCents)}
                </Table.Td>
                <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}>
                  {format.money(invoice.openCents)}
                </Table.Td>
                <Table.Td>
                  {invoice.hold ? (
                    <Tooltip label={t('customers.openItems.holdDetail', { reason: invoice.hold.reason, date: format.date(invoice.hold.since) })} multiline maw={300} withArrow>
                      <span>
                        <StatusBadge status={status} />
                      </span>
                    </Tooltip>
                  ) : (
                    <StatusBadge status={status} />
                  )}
                </Table.Td>
                <Table.Td>
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <ActionIcon variant="subtle" color="gray" aria-label={t('customers.openItems.actionsFor', { number: invoice.number })}>
                        <IconDots size={16} />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => onEdit(invoice)}>
                        {t('customers.actions.editInvoice')}
                      </Menu.Item>
                      {disputed ? (
                        <Menu.Item leftSection={<IconPlayerPlay size={14} />} onClick={() => onLiftDispute(invoice)}>
                          {t('customers.actions.liftDispute')}
                        </Menu.Item>
                      ) : (
                        <Menu.Item leftSection={<IconGavel size={14} />} onClick={() => onDispute(invoice)}>
                          {t('customers.actions.dispute')}
                        </Menu.Item>
                      )}
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
