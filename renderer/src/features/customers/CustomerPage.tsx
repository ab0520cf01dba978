import { Alert, Anchor, Button, Group, Loader, Paper, SimpleGrid, Stack, Tabs } from '@mantine/core';
import { IconCalendarDollar, IconFileInvoice, IconHistory, IconListDetails, IconReportMoney } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { nowTimestamp, today } from '../../app/clock';
import { database } from '../../db/database';
import type { Invoice } from '../../domain/model';
import { LetterComposer } from '../letter-generation/LetterComposer';
import { AgreementsPanel } from '../payment-plans/AgreementsPanel';
import { PlanDialogs, type PlanAction } from '../payment-plans/PlanDialogs';
import { useAgreementCount } from '../payment-plans/use-agreements';
import { BehaviourCard } from './BehaviourCard';
import { BlockModal } from './BlockModal';
import { ContactsPanel } from './ContactsPanel';
import { CreditModal } from './CreditModal';
import { CustomerDatesCard } from './CustomerDatesCard';
import { CustomerEditModal } from './CustomerEditModal';
import { CustomerHeader, type HeaderAction } from './CustomerHeader';
import { DisputeModal } from './DisputeModal';
import { IdentityCard } from './IdentityCard';
import { InvoiceModal } from './InvoiceModal';
import { KeyFigures } from './KeyFigures';
import { liftInvoiceDispute, unblockCustomer } from './mutations';
import { OpenItemsTable } from './OpenItemsTable';
import { StatementTable } from './StatementTable';
import { TimelinePanel, useInteractionCount } from './TimelinePanel';
import { useNotify } from './undo-notice';
import { useCompanyTerms } from './use-company-terms';
import { useCustomer } from './use-customer';

/** Which modal is open; one at a time. */
type Dialog =
  | { kind: 'edit' }
  | { kind: 'block' }
  | { kind: 'invoice'; invoice: Invoice | null }
  | { kind: 'payment' }
  | { kind: 'credit-note' }
  | { kind: 'dispute'; invoice: Invoice }
  | { kind: 'letter' }
  | { kind: 'plan'; action: PlanAction }
  | null;

/** /clients/:customerId: everything about one customer, and the actions to keep it up to date. */
export function CustomerPage() {
  const { customerId = '' } = useParams();
  const { t } = useTranslation();
  const notify = useNotify();
  const companyTerms = useCompanyTerms();
  const data = useCustomer(customerId);
  const interactionCount = useInteractionCount(customerId);
  const agreementCount = useAgreementCount(customerId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  if (data.loading) return <Loader aria-label={t('customers.page.loading')} />;
  const { customer } = data;
  if (!customer) {
    return (
      <Alert color="yellow" title={t('customers.page.notFound')} maw={640}>
        <Anchor component={Link} to="/clients">
          {t('customers.page.back')}
        </Anchor>
      </Alert>
    );
  }

  const run = async (action: () => Promise<void>) => {
    try {
      await action();
    } catch (error) {
      notify.failed(error);
    }
  };

  const onAction = (action: HeaderAction) => {
    if (action === 'unblock') {
      void run(async () => notify.done(t('customers.notices.unblocked', { name: customer.name }), await unblockCustomer(database(), customer.id, nowTimestamp())));
    } else if (action === 'invoice') setDialog({ kind: 'invoice', invoice: null });
    else setDialog({ kind: action });
  };

  const liftDispute = (invoice: Invoice) =>
    void run(async () => notify.done(t('customers.notices.disputeLifted', { number: invoice.number }), await liftInvoiceDispute(database(), invoice.id, nowTimestamp())));

  const openInvoices = data.openItems.map((item) => item.invoice);
  const planAction = (action: PlanAction | null) => setDialog(action ? { kind: 'plan', action } : null);

  return (
    <Stack gap="md">
      <CustomerHeader customer={customer} onAction={onAction} />
      <KeyFigures summary={data.summary} />
      {/* Who to call first, then who the customer is and how it pays; the tables get the full width. */}
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md" style={{ alignItems: 'start' }}>
        <ContactsPanel customer={customer} />
        <IdentityCard customer={customer} companyTerms={companyTerms} onEdit={() => setDialog({ kind: 'edit' })} />
        {/* When it pays (its habits, then its own dates), side by side with who it is. */}
        <Stack gap="md">
          <BehaviourCard behaviour={data.behaviour} />
          <CustomerDatesCard customer={customer} />
        </Stack>
      </SimpleGrid>
      <Paper withBorder radius="md" p="md">
        <Tabs defaultValue="open" keepMounted={false}>
          <Tabs.List mb="sm">
            <Tabs.Tab value="open" leftSection={<IconFileInvoice size={16} />}>
              {t('customers.tabs.open', { count: data.openItems.length })}
            </Tabs.Tab>
            <Tabs.Tab value="statement" leftSection={<IconListDetails size={16} />}>
              {t('customers.tabs.statement')}
            </Tabs.Tab>
            <Tabs.Tab value="history" leftSection={<IconHistory size={16} />}>
              {t('customers.tabs.history', { count: interactionCount })}
            </Tabs.Tab>
            <Tabs.Tab value="agreements" leftSection={<IconReportMoney size={16} />}>
              {t('paymentPlans.tab', { count: agreementCount })}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="open">
            {data.openItems.length > 0 && (
              <Group justify="flex-end" mb="xs">
                <Button size="xs" variant="light" leftSection={<IconCalendarDollar size={16} />} onClick={() => planAction({ kind: 'propose' })} data-testid="propose-plan">
                  {t('paymentPlans.propose.action')}
                </Button>
              </Group>
            )}
            <OpenItemsTable
              items={data.openItems}
              onEdit={(invoice) => setDialog({ kind: 'invoice', invoice })}
              onDispute={(invoice) => setDialog({ kind: 'dispute', invoice })}
              onLiftDispute={liftDispute}
            />
          </Tabs.Panel>
          <Tabs.Panel value="statement">
            <StatementTable statement={data.statement} />
          </Tabs.Panel>
          <Tabs.Panel value="history">
            <TimelinePanel customerId={customer.id} />
          </Tabs.Panel>
          <Tabs.Panel value="agreements">
            <AgreementsPanel customer={customer} payments={data.payments} today={today()} onAction={planAction} />
          </Tabs.Panel>
        </Tabs>
      </Paper>

      <CustomerEditModal customer={customer} companyTerms={companyTerms} opened={dialog?.kind === 'edit'} onClose={close} />
      <BlockModal customer={customer} opened={dialog?.kind === 'block'} onClose={close} />
      <InvoiceModal
        opened={dialog?.kind === 'invoice'}
        customer={customer}
        invoice={dialog?.kind === 'invoice' ? dialog.invoice : null}
        numbers={data.invoices.map((i) => i.number)}
        companyTerms={companyTerms}
        onClose={close}
      />
      <CreditModal
        kind={dialog?.kind === 'payment' || dialog?.kind === 'credit-note' ? dialog.kind : null}
        customerId={customer.id}
        invoices={openInvoices}
        onClose={close}
      />
      <DisputeModal invoice={dialog?.kind === 'dispute' ? dialog.invoice : null} onClose={close} />
      <LetterComposer customerId={dialog?.kind === 'letter' ? customer.id : null} onClose={close} />
      <PlanDialogs
        customer={customer}
        invoices={data.invoices}
        payments={data.payments}
        action={dialog?.kind === 'plan' ? dialog.action : null}
        onAction={planAction}
      />
    </Stack>
  );
}
