import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { nowTimestamp } from '../../app/clock';
import { database } from '../../db/database';
import { draftFromCustomer } from '../../domain/customer-draft';
import type { Customer, PaymentTerms } from '../../domain/model';
import { CustomerForm } from './CustomerForm';
import { updateCustomer } from './mutations';
import { useNotify } from './undo-notice';

export function CustomerEditModal({
  customer,
  companyTerms,
  opened,
  onClose,
}: {
  customer: Customer;
  companyTerms: PaymentTerms;
  opened: boolean;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  return (
    <Modal opened={opened} onClose={onClose} title={t('customers.edit.title')} size="lg" centered>
      <CustomerForm
        initial={draftFromCustomer(customer)}
        companyTerms={companyTerms}
        submitLabel={t('customers.edit.submit')}
        onCancel={onClose}
        onSubmit={async (draft) => {
          const result = await updateCustomer(database(), customer.id, draft, nowTimestamp());
          if (!result.ok) return result.errors;
          notify.done(t('customers.notices.updated'), result.undo);
          onClose();
          return null;
        }}
      />
    </Modal>
  );
}
