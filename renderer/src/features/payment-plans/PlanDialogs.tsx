import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconPrinter } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { nowTimestamp, today as todayOf } from '../../app/clock';
import { useFormat } from '../../app/format';
import { savePlan, saveRenegotiation } from '../../db/agreements';
import { database, newId } from '../../db/database';
import { runPlanning } from '../../db/schedule';
import type { Customer, Invoice, Payment, PaymentPlan } from '../../domain/model';
import { renegotiate } from '../../domain/payment-plan';
import { LetterComposer } from '../letter-generation/LetterComposer';
import { PlanEditor, type PlanDraftResult } from './PlanEditor';
import { PlanHistory } from './PlanHistory';
import { usePlanErrors } from './plan-errors';
import { defaultTerms, readTerms, settle, type TermsDraft } from './plan-terms';
import { planView } from './plan-view';
import { PlanColumns, type TermsFieldsProps } from './TermsFields';
import { useCustomerAgreements } from './use-agreements';
import { usePlanCalendar } from './use-plan-context';
import { planDataOf } from '../../domain/letters/letter-data';

/** What the customer page asks of the plan screens. */
export type PlanAction = { kind: 'propose' } | { kind: 'renegotiate'; plan: PaymentPlan } | { kind: 'print'; plan: PaymentPlan };

interface Props {
  customer: Customer;
  invoices: readonly Invoice[];
  payments: readonly Payment[];
  action: PlanAction | null;
  /** Another action (print after saving), or null to close. */
  onAction(action: PlanAction | null): void;
}

/** The modals of the payment plans: propose one, renegotiate one, print its agreement. */
export function PlanDialogs({ customer, invoices, payments, action, onAction }: Props) {
  const { t } = useTranslation();
  const close = () => onAction(null);
  const print = (plan: PaymentPlan) => onAction({ kind: 'print', plan });
  const printed = action?.kind === 'print' ? action.plan : null;
  // One object per plan: the composer lays the letter out again whenever `extra` changes.
  const extra = useMemo(
    () =>
      printed
        ? { plan: planDataOf(printed), invoiceIds: [...printed.invoiceIds] }
        : undefined,
    [printed],
  );
  return (
    <>
      <Modal
        opened={action?.kind === 'propose'}
        onClose={close}
        size={1060}
        title={t('paymentPlans.propose.title', { name: customer.name })}
        data-testid="propose-plan-modal"
      >
        {action?.kind === 'propose' && <ProposeBody customer={customer} invoices={invoices} payments={payments} onClose={close} onPrint={print} />}
      </Modal>
      <Modal
        opened={action?.kind === 'renegotiate'}
        onClose={close}
        size={1000}
        title={t('paymentPlans.renegotiate.title', { name: customer.name })}
        data-testid="renegotiate-modal"
      >
        {action?.kind === 'renegotiate' && <RenegotiateBody customer={customer} stored={action.plan} payments={payments} onClose={close} onPrint={print} />}
      </Modal>
      <LetterComposer
        customerId={printed ? customer.id : null}
        initialKind="plan-agreement"
        extra={extra}
        onClose={close}
      />
    </>
  );
}

/**
 * Plans the instalment checks right away so they show in the calendar. The plan is saved already:
 * a planning failure (no business day left…) is reported, and the next run will plan them.
 */
function usePlanChecks() {
  const { t } = useTranslation();
  return async () => {
    try {
      await runPlanning(database(), todayOf(), nowTimestamp());
    } catch (error) {
      console.error('payment-plans: planning failed', error);
      notifications.show({ color: 'orange', message: t('paymentPlans.saved.planningFailed', { reason: error instanceof Error ? error.message : String(error) }) });
    }
  };
}

/** After saving: what was stored, and the agreement to print. */
function SavedStep({ plan, text, onPrint, onClose }: { plan: PaymentPlan; text: string; onPrint(plan: PaymentPlan): void; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" data-testid="plan-saved">
      <Alert color="teal" variant="light" icon={<IconCheck size={18} />} title={t('paymentPlans.saved.title')}>
        <Stack gap={4}>
          <Text size="sm">{text}</Text>
          <Text size="sm">{t('paymentPlans.saved.checks', { count: plan.instalments.length })}</Text>
        </Stack>
      </Alert>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.close')}
        </Button>
        <Button color="grape" leftSection={<IconPrinter size={16} />} onClick={() => onPrint(plan)} data-autofocus data-testid="plan-saved-print">
          {t('paymentPlans.panel.print')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The form with its Annuler / Enregistrer buttons; Entrée in a field saves when the plan is valid. */
function PlanForm({ children, canSave, saving, failure, onSave, onClose }: { children: ReactNode; canSave: boolean; saving: boolean; failure: string | null; onSave(): void; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (canSave && !saving) onSave();
      }}
    >
      <Stack gap="md">
        {children}
        {failure && (
          <Alert color="red" variant="light" role="alert">
            {failure}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" disabled={!canSave} loading={saving} data-testid="plan-save">
            {t('paymentPlans.propose.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Runs a save once at a time; an unexpected error is shown in the form, nothing is half-saved (one transaction). */
function useSaving() {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const run = async (save: () => Promise<string | null>) => {
    setSaving(true);
    setFailure(null);
    try {
      setFailure(await save());
    } catch (error) {
      console.error('payment-plans: save failed', error);
      setFailure(t('paymentPlans.saved.failed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setSaving(false);
    }
  };
  return { saving, failure, run };
}

function ProposeBody({
  customer,
  invoices,
  payments,
  onClose,
  onPrint,
}: {
  customer: Customer;
  invoices: readonly Invoice[];
  payments: readonly Payment[];
  onClose(): void;
  onPrint(plan: PaymentPlan): void;
}) {
  const { t } = useTranslation();
  const [today] = useState(todayOf);
  const [result, setResult] = useState<PlanDraftResult | null>(null);
  const [saved, setSaved] = useState<PlanDraftResult | null>(null);
  const { saving, failure, run } = useSaving();
  const planChecks = usePlanChecks();
  // An invoice already in a plan being followed is changed by renegotiating that plan, not by a second one.
  const agreements = useCustomerAgreements(customer.id);
  const covered = useMemo(
    () => new Set((agreements?.plans ?? []).filter((p) => p.status === 'active' || p.status === 'broken').flatMap((p) => p.invoiceIds)),
    [agreements],
  );
  const offered = useMemo(() => invoices.filter((i) => !covered.has(i.id)), [invoices, covered]);
  const inPlan = invoices.filter((i) => covered.has(i.id) && i.openCents > 0).map((i) => i.number);

  if (!agreements) return <Loader size="sm" aria-label={t('paymentPlans.loading')} />;
  if (saved) return <SavedStep plan={saved.plan} text={saved.text} onPrint={onPrint} onClose={onClose} />;
  const save = () =>
    run(async () => {
      if (!result) return null;
      await savePlan(database(), result.plan, result.text, nowTimestamp());
      await planChecks();
      setSaved(result);
      return null;
    });
  return (
    <PlanForm canSave={result !== null} saving={saving} failure={failure} onSave={() => void save()} onClose={onClose}>
      {inPlan.length > 0 && (
        <Alert color="yellow" variant="light" data-testid="plan-covered">
          {t('paymentPlans.propose.covered', { count: inPlan.length, numbers: inPlan.join(', ') })}
        </Alert>
      )}
      <PlanEditor customer={customer} invoices={offered} payments={payments} today={today} onChange={setResult} />
    </PlanForm>
  );
}

function RenegotiateBody({
  customer,
  stored,
  payments,
  onClose,
  onPrint,
}: {
  customer: Customer;
  stored: PaymentPlan;
  payments: readonly Payment[];
  onClose(): void;
  onPrint(plan: PaymentPlan): void;
}) {
  const { t } = useTranslation();
  const calendar = usePlanCalendar(customer);
  if (!calendar) return <Loader size="sm" aria-label={t('paymentPlans.loading')} />;
  return <RenegotiateForm stored={stored} payments={payments} calendar={calendar} onClose={onClose} onPrint={onPrint} />;
}

function RenegotiateForm({
  stored,
  payments,
  calendar,
  onClose,
  onPrint,
}: {
  stored: PaymentPlan;
  payments: readonly Payment[];
  calendar: NonNullable<ReturnType<typeof usePlanCalendar>>;
  onClose(): void;
  onPrint(plan: PaymentPlan): void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [today] = useState(todayOf);
  const view = planView(stored, payments, today, calendar);
  const unpaid = view.states.filter((s) => s !== 'paid').length;
  const [draft, setDraft] = useState<TermsDraft>(() => ({ ...defaultTerms(today, calendar), count: Math.max(1, unpaid) }));
  const [saved, setSaved] = useState<{ plan: PaymentPlan; text: string } | null>(null);
  const { saving, failure, run } = useSaving();
  const planChecks = usePlanChecks();

  const read = readTerms(draft, { today, calendar, newId });
  const { value, errors } = settle(renegotiate(view.plan, read.terms), read.unreadable);
  const messages = usePlanErrors(errors);
  const planErrors = messages.of('plan');
  const terms: TermsFieldsProps = {
    draft,
    onDraft: setDraft,
    totalCents: view.remainingCents,
    today,
    calendar,
    errors,
    unreadable: read.unreadable,
    summary: value?.summary ?? null,
  };

  if (saved) return <SavedStep plan={saved.plan} text={saved.text} onPrint={onPrint} onClose={onClose} />;
  const save = () =>
    run(async () => {
      if (!value) return null;
      const outcome = await saveRenegotiation(database(), value.previous, value.plan, value.summary.text, nowTimestamp());
      if (!outcome.ok) return t('paymentPlans.renegotiate.changed');
      await planChecks();
      setSaved({ plan: value.plan, text: value.summary.text });
      return null;
    });

  return (
    <PlanForm canSave={value !== null} saving={saving} failure={failure} onSave={() => void save()} onClose={onClose}>
      <PlanColumns terms={terms} tableTitle={t('paymentPlans.renegotiate.next')}>
        <Stack gap={4} data-testid="renegotiate-current">
          <Text size="sm">
            {t('paymentPlans.renegotiate.current', {
              date: format.date(view.plan.createdAt.slice(0, 10)),
              total: format.money(view.totalCents),
              paid: format.money(view.paidCents),
            })}
          </Text>
          <Text size="sm" fw={600} data-testid="renegotiate-remaining">
            {t('paymentPlans.renegotiate.remaining', { amount: format.money(view.remainingCents) })}
          </Text>
        </Stack>
        <PlanHistory plan={view.plan} title={t('paymentPlans.renegotiate.history')} />
        {planErrors.map((message) => (
          <Alert key={message} color="red" variant="light" role="alert">
            {message}
          </Alert>
        ))}
      </PlanColumns>
    </PlanForm>
  );
}
