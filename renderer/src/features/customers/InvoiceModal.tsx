import { Alert, Button, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconInfoCircle } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nowTimestamp, today } from '../../app/clock';
import { useFormat } from '../../app/format';
import { database } from '../../db/database';
import {
  defaultDueDate,
  draftFromInvoice,
  suggestInvoiceNumber,
  validateInvoiceDraft,
  type InvoiceDraft,
} from '../../domain/customer-invoice-entry';
import { formatDate, parseDate } from '../../domain/dates';
import type { Customer, Invoice, PaymentTerms } from '../../domain/model';
import { formatAmountPlain } from '../../domain/money';
import { useFieldErrors } from './field-errors';
import { createInvoice, updateInvoice } from './mutations';
import { useTermsText } from './terms-text';
import { useNotify } from './undo-notice';

function firstDraft(customer: Customer, invoice: Invoice | null, numbers: string[], companyTerms: PaymentTerms): InvoiceDraft {
  if (invoice) return draftFromInvoice(invoice, formatDate, formatAmountPlain);
  const issue = today();
  return {
    number: suggestInvoiceNumber(numbers, Number(issue.slice(0, 4))),
    issueDate: formatDate(issue),
    dueDate: formatDate(defaultDueDate(issue, customer.paymentTerms, companyTerms).dueDate),
    amount: '',
    label: '',
  };
}

function InvoiceForm({
  customer,
  invoice,
  numbers,
  companyTerms,
  onClose,
}: {
  customer: Customer;
  invoice: Invoice | null;
  numbers: string[];
  companyTerms: PaymentTerms;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const errors = useFieldErrors();
  const notify = useNotify();
  const termsText = useTermsText();
  const imported = invoice?.source === 'import';
  // The due date follows the issue date until the user types one of their own.
  const [dueTouched, setDueTouched] = useState(invoice !== null);
  const [saving, setSaving] = useState(false);
  const form = useForm<InvoiceDraft>({
    mode: 'controlled',
    initialValues: firstDraft(customer, invoice, numbers, companyTerms),
    validateInputOnBlur: true,
    validate: (values) => {
      const result = validateInvoiceDraft(values, { takenNumbers: new Set(), ...(invoice ? { editing: invoice } : {}) });
      return result.ok ? {} : errors.messages(result.errors);
    },
  });
  const values = form.getValues();
  const parsedIssue = parseDate(values.issueDate);
  const suggestion = parsedIssue.ok ? defaultDueDate(parsedIssue.value, customer.paymentTerms, companyTerms) : null;

  const submit = async (draft: InvoiceDraft) => {
    setSaving(true);
    try {
      const result = invoice
        ? await updateInvoice(database(), invoice.id, draft, nowTimestamp())
        : await createInvoice(database(), customer.id, draft, nowTimestamp());
      if (!result.ok) {
        form.setErrors(errors.messages(result.errors));
        return;
      }
      notify.done(
        invoice ? t('customers.notices.invoiceUpdated', { number: draft.number || invoice.number }) : t('customers.notices.invoiceCreated', { number: draft.number.trim() }),
        result.undo,
      );
      onClose();
    } catch (error) {
      notify.failed(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form noValidate onSubmit={form.onSubmit((draft) => void submit(draft))}>
      <Stack gap="sm">
        {imported && (
          <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />}>
            {t('customers.invoiceForm.importedNote')}
          </Alert>
        )}
        <SimpleGrid cols={2}>
          <TextInput
            label={t('customers.invoiceForm.number')}
            withAsterisk
            disabled={imported}
            data-autofocus={!imported || undefined}
            {...form.getInputProps('number')}
          />
          <TextInput
            label={t('customers.invoiceForm.amount')}
            placeholder="1 200,00"
            withAsterisk
            disabled={imported}
            inputMode="decimal"
            {...form.getInputProps('amount')}
          />
          <TextInput
            label={t('customers.invoiceForm.issueDate')}
            placeholder={t('customers.datePlaceholder')}
            withAsterisk
            disabled={imported}
            {...form.getInputProps('issueDate')}
            onChange={(event) => {
              const text = event.currentTarget.value;
              form.setFieldValue('issueDate', text);
              const issue = parseDate(text);
              if (!dueTouched && issue.ok) {
                form.setFieldValue('dueDate', formatDate(defaultDueDate(issue.value, customer.paymentTerms, companyTerms).dueDate));
              }
            }}
          />
          <TextInput
            label={t('customers.invoiceForm.dueDate')}
            placeholder={t('customers.datePlaceholder')}
            withAsterisk
            data-autofocus={imported || undefined}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            description={
              suggestion
                ? t(suggestion.from === 'customer' ? 'customers.invoiceForm.dueFromCustomer' : 'customers.invoiceForm.dueFromCompany', {
                    terms: termsText(suggestion.terms),
                    date: format.date(suggestion.dueDate),
                  })
                : undefined
            }
            {...form.getInputProps('dueDate')}
            onChange={(event) => {
              setDueTouched(true);
              form.setFieldValue('dueDate', event.currentTarget.value);
            }}
          />
        </SimpleGrid>
        <TextInput label={t('customers.invoiceForm.label')} placeholder={t('customers.invoiceForm.labelPlaceholder')} {...form.getInputProps('label')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {invoice ? t('customers.invoiceForm.saveEdit') : t('customers.invoiceForm.saveNew')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Types a new invoice for the customer, or corrects one. */
export function InvoiceModal({
  opened,
  customer,
  invoice,
  numbers,
  companyTerms,
  onClose,
}: {
  opened: boolean;
  customer: Customer;
  invoice: Invoice | null;
  /** The customer's invoice numbers, to propose the next one. */
  numbers: string[];
  companyTerms: PaymentTerms;
  onClose(): void;
}) {
  const { t } = useTranslation();
  // Keeps the title while the modal fades out after it was closed.
  const shown = useRef(invoice);
  if (opened) shown.current = invoice;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={shown.current ? t('customers.invoiceForm.editTitle', { number: shown.current.number }) : t('customers.invoiceForm.newTitle')}
      size="lg"
      centered
    >
      {opened && <InvoiceForm customer={customer} invoice={invoice} numbers={numbers} companyTerms={companyTerms} onClose={onClose} />}
    </Modal>
  );
}
