import { Alert, Button, Group, Modal, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nowTimestamp, today } from '../../app/clock';
import { useFormat } from '../../app/format';
import { database } from '../../db/database';
import {
  EMPTY_CREDIT_DRAFT,
  previewCredit,
  readCreditDraft,
  type CreditDraft,
  type CreditDraftErrors,
} from '../../domain/customer-payment-entry';
import { formatDate } from '../../domain/dates';
import type { Invoice, Payment } from '../../domain/model';
import { formatAmountPlain } from '../../domain/money';
import { useFieldErrors } from './field-errors';
import { recordCredit } from './mutations';
import { useNotify } from './undo-notice';

type Kind = Payment['kind'];

/** By hand: one amount per open invoice, with a button to put its whole open amount. */
function HandAllocation({
  invoices,
  lines,
  errors,
  onChange,
}: {
  invoices: Invoice[];
  lines: Record<string, string>;
  errors: CreditDraftErrors['lines'];
  onChange(invoiceId: string, text: string): void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const fieldErrors = useFieldErrors();
  return (
    <Table withTableBorder verticalSpacing={4} fz="sm" data-testid="hand-allocation">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('customers.creditForm.invoice')}</Table.Th>
          <Table.Th>{t('customers.openItems.dueDate')}</Table.Th>
          <Table.Th ta="right">{t('customers.openItems.open')}</Table.Th>
          <Table.Th w={190}>{t('customers.creditForm.allocated')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {invoices.map((invoice) => (
          <Table.Tr key={invoice.id}>
            <Table.Td>{invoice.number}</Table.Td>
            <Table.Td>{format.date(invoice.dueDate)}</Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
              {format.money(invoice.openCents)}
            </Table.Td>
            <Table.Td>
              <Group gap={4} wrap="nowrap" align="flex-start">
                <TextInput
                  size="xs"
                  aria-label={t('customers.creditForm.allocatedTo', { number: invoice.number })}
                  value={lines[invoice.id] ?? ''}
                  onChange={(event) => onChange(invoice.id, event.currentTarget.value)}
                  error={fieldErrors.message(errors?.[invoice.id])}
                  inputMode="decimal"
                  style={{ flex: 1 }}
                />
                <Button size="compact-xs" variant="subtle" onClick={() => onChange(invoice.id, formatAmountPlain(invoice.openCents))} tabIndex={-1}>
                  {t('customers.creditForm.all')}
                </Button>
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function CreditForm({ kind, customerId, invoices, onClose }: { kind: Kind; customerId: string; invoices: Invoice[]; onClose(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const fieldErrors = useFieldErrors();
  const notify = useNotify();
  const [draft, setDraft] = useState<CreditDraft>({
    ...EMPTY_CREDIT_DRAFT,
    date: formatDate(today()),
    mode: kind === 'payment' ? 'oldest-first' : 'none',
  });
  const [errors, setErrors] = useState<CreditDraftErrors>({});
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<CreditDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const openTotal = invoices.reduce((sum, i) => sum + i.openCents, 0);
  const preview = previewCredit(draft, invoices, today());
  const numberOf = new Map(invoices.map((i) => [i.id, i]));

  const submit = async () => {
    const read = readCreditDraft(draft, kind, invoices, today());
    if (!read.ok) {
      setErrors(read.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const result = await recordCredit(database(), customerId, read.entry, today(), nowTimestamp());
      if (!result.ok) {
        setErrors({ allocation: { code: `entry.${result.error}` } });
        return;
      }
      notify.done(t(kind === 'payment' ? 'customers.notices.paymentRecorded' : 'customers.notices.creditNoteRecorded', { amount: format.money(read.entry.amountCents) }), result.undo);
      onClose();
    } catch (error) {
      notify.failed(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <TextInput
            label={t(kind === 'payment' ? 'customers.creditForm.amountPayment' : 'customers.creditForm.amountCreditNote')}
            placeholder={openTotal > 0 ? format.money(openTotal) : '1 200,00'}
            withAsterisk
            data-autofocus
            inputMode="decimal"
            value={draft.amount}
            onChange={(event) => set({ amount: event.currentTarget.value })}
            error={fieldErrors.message(errors.amount)}
          />
          <TextInput
            label={t(kind === 'payment' ? 'customers.creditForm.datePayment' : 'customers.creditForm.dateCreditNote')}
            placeholder={t('customers.datePlaceholder')}
            withAsterisk
            value={draft.date}
            onChange={(event) => set({ date: event.currentTarget.value })}
            error={fieldErrors.message(errors.date)}
          />
        </SimpleGrid>
        <TextInput
          label={t(kind === 'payment' ? 'customers.creditForm.referencePayment' : 'customers.creditForm.referenceCreditNote')}
          value={draft.reference}
          onChange={(event) => set({ reference: event.currentTarget.value })}
          error={fieldErrors.message(errors.reference)}
        />

        {kind === 'payment' ? (
          invoices.length > 0 && (
            <Stack gap="xs">
              <Text size="sm" fw={500} id="allocation-mode-label">
                {t('customers.creditForm.allocation')}
              </Text>
              <SegmentedControl
                aria-labelledby="allocation-mode-label"
                value={draft.mode}
                onChange={(value) => set({ mode: value as CreditDraft['mode'] })}
                data={[
                  { value: 'oldest-first', label: t('customers.creditForm.oldestFirst') },
                  { value: 'by-hand', label: t('customers.creditForm.byHand') },
                ]}
                style={{ alignSelf: 'flex-start' }}
              />
              {draft.mode === 'by-hand' && (
                <HandAllocation invoices={invoices} lines={draft.lines} errors={errors.lines} onChange={(id, text) => set({ lines: { ...draft.lines, [id]: text } })} />
              )}
              {draft.mode === 'oldest-first' && (
                <Text size="xs" c="dimmed">
                  {t('customers.creditForm.oldestFirstHint')}
                </Text>
              )}
            </Stack>
          )
        ) : (
          <Select
            label={t('customers.creditForm.creditNoteInvoice')}
            placeholder={t('customers.creditForm.creditNoteNone')}
            clearable
            data={invoices.map((i) => ({ value: i.id, label: t('customers.creditForm.invoiceOption', { number: i.number, open: format.money(i.openCents) }) }))}
            value={draft.invoiceId}
            onChange={(value) => set({ invoiceId: value, mode: value ? 'one-invoice' : 'none' })}
            comboboxProps={{ withinPortal: true }}
          />
        )}

        {preview && (
          <Stack gap={4} data-testid="credit-preview">
            {kind === 'payment' && draft.mode === 'oldest-first' && preview.allocations.length > 0 && (
              <Table withTableBorder verticalSpacing={4} fz="sm">
                <Table.Tbody>
                  {preview.allocations.map((a) => (
                    <Table.Tr key={a.invoiceId}>
                      <Table.Td>{numberOf.get(a.invoiceId)?.number}</Table.Td>
                      <Table.Td>{format.date(numberOf.get(a.invoiceId)?.dueDate ?? today())}</Table.Td>
                      <Table.Td ta="right">{format.money(a.cents)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            <Text size="sm" c={preview.unallocatedCents > 0 ? 'orange' : 'dimmed'}>
              {preview.unallocatedCents > 0
                ? t('customers.creditForm.previewUnallocated', { allocated: format.money(preview.allocatedCents), rest: format.money(preview.unallocatedCents) })
                : t('customers.creditForm.previewAllocated', { allocated: format.money(preview.allocatedCents) })}
            </Text>
          </Stack>
        )}

        {errors.allocation && (
          <Alert color="red" variant="light" role="alert">
            {fieldErrors.message(errors.allocation)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t(kind === 'payment' ? 'customers.creditForm.savePayment' : 'customers.creditForm.saveCreditNote')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Money received from the customer, or a credit note granted to it. */
export function CreditModal({
  kind,
  customerId,
  invoices,
  onClose,
}: {
  /** null: closed. */
  kind: Kind | null;
  customerId: string;
  /** The customer's open invoices. */
  invoices: Invoice[];
  onClose(): void;
}) {
  const { t } = useTranslation();
  // Keeps the title while the modal fades out after `kind` went back to null.
  const shown = useRef(kind);
  if (kind) shown.current = kind;
  return (
    <Modal
      opened={kind !== null}
      onClose={onClose}
      title={shown.current === 'credit-note' ? t('customers.creditForm.titleCreditNote') : t('customers.creditForm.titlePayment')}
      size="lg"
      centered
    >
      {kind && <CreditForm kind={kind} customerId={customerId} invoices={invoices} onClose={onClose} />}
    </Modal>
  );
}
