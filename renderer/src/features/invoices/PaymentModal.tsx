import { Alert, Button, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { today } from '../../app/clock';
import { useFormat } from '../../app/format';
import { allocateOldestFirst } from '../../domain/allocation';
import { formatDate, parseDate } from '../../domain/dates';
import type { Invoice } from '../../domain/model';
import { formatAmountPlain, parseAmount } from '../../domain/money';

export interface PaymentInput {
  amountCents: number;
  date: string;
  reference: string;
}

/** Records money received for invoices of one customer, showing where it goes before saving. */
export function PaymentModal({
  invoices,
  onClose,
  onConfirm,
}: {
  invoices: Invoice[] | null;
  onClose(): void;
  onConfirm(input: PaymentInput): void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const open = useMemo(() => (invoices ?? []).reduce((sum, i) => sum + i.openCents, 0), [invoices]);
  const [amount, setAmount] = useState('');
  const [date, setDate] = useState(formatDate(today()));
  const [reference, setReference] = useState('');
  const [errors, setErrors] = useState<{ amount?: string; date?: string }>({});
  const severalCustomers = new Set((invoices ?? []).map((i) => i.customerId)).size > 1;

  const parsedAmount = parseAmount(amount === '' ? formatAmountPlain(open) : amount);
  const preview =
    invoices && parsedAmount.ok && parsedAmount.value > 0 ? allocateOldestFirst(invoices, parsedAmount.value) : null;

  const submit = () => {
    const next: typeof errors = {};
    if (!parsedAmount.ok) next.amount = t('book.paymentModal.amountInvalid');
    else if (parsedAmount.value <= 0) next.amount = t('book.paymentModal.amountZero');
    const parsedDate = parseDate(date);
    if (!parsedDate.ok) next.date = t('book.paymentModal.dateInvalid');
    setErrors(next);
    if (Object.keys(next).length > 0 || !parsedAmount.ok || !parsedDate.ok) return;
    onConfirm({ amountCents: parsedAmount.value, date: parsedDate.value, reference: reference.trim() });
    setAmount('');
    setReference('');
  };

  return (
    <Modal opened={invoices !== null} onClose={onClose} title={t('book.paymentModal.title')} centered size="lg">
      {severalCustomers ? (
        <Alert color="yellow">{t('book.paymentModal.oneCustomer')}</Alert>
      ) : open === 0 ? (
        <Alert color="yellow">{t('book.paymentModal.nothingOpen')}</Alert>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Stack>
            <Group grow align="flex-start">
              <TextInput
                label={t('book.paymentModal.amount')}
                placeholder={format.money(open)}
                value={amount}
                onChange={(event) => setAmount(event.currentTarget.value)}
                error={errors.amount}
                data-autofocus
              />
              <TextInput
                label={t('book.paymentModal.date')}
                value={date}
                onChange={(event) => setDate(event.currentTarget.value)}
                error={errors.date}
              />
            </Group>
            <TextInput
              label={t('book.paymentModal.reference')}
              value={reference}
              onChange={(event) => setReference(event.currentTarget.value)}
            />
            <Text size="xs" c="dimmed">
              {t('book.paymentModal.allocationHint')}
            </Text>
            {preview && (
              <Table withTableBorder>
                <Table.Tbody>
                  {preview.allocations.map((a) => {
                    const invoice = invoices!.find((i) => i.id === a.invoiceId)!;
                    return (
                      <Table.Tr key={a.invoiceId}>
                        <Table.Td>{invoice.number}</Table.Td>
                        <Table.Td>{format.date(invoice.dueDate)}</Table.Td>
                        <Table.Td ta="right">{format.money(a.cents)}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            )}
            {preview && preview.unallocatedCents > 0 && (
              <Text size="sm" c="orange">
                {t('book.paymentModal.unallocated', { amount: format.money(preview.unallocatedCents) })}
              </Text>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit">{t('book.paymentModal.confirm')}</Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
