import { Anchor, Paper, Stack, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { nowTimestamp } from '../../app/clock';
import { database } from '../../db/database';
import { EMPTY_CUSTOMER_DRAFT, referenceKey } from '../../domain/customer-draft';
import { CustomerForm } from './CustomerForm';
import { createCustomer } from './mutations';
import { useNotify } from './undo-notice';
import { useCompanyTerms } from './use-company-terms';

/** /clients/nouveau: a customer typed by hand; its page opens once saved. */
export function NewCustomerPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const terms = useCompanyTerms();
  const customers = useLiveQuery(() => database().customers.toArray(), []);
  const taken = useMemo(() => new Set((customers ?? []).map((c) => referenceKey(c.reference))), [customers]);

  return (
    <Stack gap="md" maw={860}>
      <Anchor component={Link} to="/clients" size="sm">
        <IconArrowLeft size={14} style={{ verticalAlign: 'middle' }} /> {t('customers.page.back')}
      </Anchor>
      <Title order={1}>{t('customers.new.title')}</Title>
      <Paper withBorder p="lg" radius="md">
        <CustomerForm
          initial={EMPTY_CUSTOMER_DRAFT}
          companyTerms={terms}
          takenReferences={taken}
          submitLabel={t('customers.new.submit')}
          onCancel={() => void navigate('/clients')}
          onSubmit={async (draft) => {
            const result = await createCustomer(database(), draft, nowTimestamp());
            if (!result.ok) return result.errors;
            notify.done(t('customers.notices.created', { name: result.customer.name }));
            void navigate(`/clients/${result.customer.id}`);
            return null;
          }}
        />
      </Paper>
    </Stack>
  );
}
