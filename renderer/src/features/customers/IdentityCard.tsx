import { Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { nowTimestamp, today } from '../../app/clock';
import { database } from '../../db/database';
import { loadAssignments, loadScenarios, runPlanning } from '../../db/schedule';
import { formatSiren } from '../../domain/identifiers';
import type { Customer, PaymentTerms } from '../../domain/model';
import { resolveScenario, validateScenario } from '../../domain/schedule/scenario';
import { setCustomerScenario } from './mutations';
import { useTermsText } from './terms-text';
import { useNotify } from './undo-notice';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

/** Who the customer is and on which terms it pays, as the letters will use it. */
export function IdentityCard({ customer, companyTerms, onEdit }: { customer: Customer; companyTerms: PaymentTerms; onEdit(): void }) {
  const { t } = useTranslation();
  const termsText = useTermsText();
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('customers.identity.title')}
          </Title>
          <Button size="compact-sm" variant="subtle" leftSection={<IconPencil size={14} />} onClick={onEdit}>
            {t('customers.actions.edit')}
          </Button>
        </Group>
        {customer.kind === 'business' && (
          <Group grow align="flex-start">
            <Field label={t('customers.fields.siren')}>{customer.siren ? formatSiren(customer.siren) : '—'}</Field>
            <Field label={t('customers.fields.vatNumber')}>{customer.vatNumber || '—'}</Field>
          </Group>
        )}
        <Field label={t('customers.fields.address')}>
          {customer.address ? (
            <span style={{ whiteSpace: 'pre-line' }} data-testid="customer-address">
              {customer.address}
            </span>
          ) : (
            <Text span c="dimmed" size="sm">
              {t('customers.identity.noAddress')}
            </Text>
          )}
        </Field>
        <Field label={t('customers.fields.group')}>
          <span data-testid="customer-group">{customer.group || '—'}</span>
        </Field>
        <ScenarioSelect customer={customer} />
        <Field label={t('customers.identity.terms')}>
          {customer.paymentTerms
            ? t('customers.identity.ownTerms', { terms: termsText(customer.paymentTerms) })
            : t('customers.identity.companyTerms', { terms: termsText(companyTerms) })}
        </Field>
      </Stack>
    </Paper>
  );
}

/**
 * "Scénario de relance": the customer's own ladder, or (empty) its group's / the company default,
 * saved at once with "Annuler" offered, and the calendar planned again.
 */
function ScenarioSelect({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const data = useLiveQuery(async () => {
    const [scenarios, assignments] = await Promise.all([loadScenarios(database()), loadAssignments(database())]);
    return { scenarios, assignments };
  }, []);
  if (!data) return null;
  const usable = data.scenarios.filter((s) => validateScenario(s).length === 0);
  const nameOf = (s: { name: string; builtIn?: boolean }) => (s.builtIn ? t('customers.scenario.builtIn', { name: s.name }) : s.name);
  const own = customer.scenarioId !== undefined && usable.some((s) => s.id === customer.scenarioId) ? customer.scenarioId : '';
  // What "Selon le groupe / par défaut" currently means for this customer.
  const inherited = resolveScenario({ group: customer.group }, data.scenarios, data.assignments);
  const change = async (value: string) => {
    try {
      const undo = await setCustomerScenario(database(), customer.id, value === '' ? null : value, nowTimestamp());
      notify.done(t('customers.notices.scenarioChanged', { name: customer.name }), undo, () => runPlanning(database(), today()));
      await runPlanning(database(), today());
    } catch (error) {
      notify.failed(error);
    }
  };
  return (
    <NativeSelect
      // Labelled like the card's other fields (small, dimmed), the select itself stands out.
      label={t('customers.fields.scenario')}
      styles={{ label: { fontSize: 'var(--mantine-font-size-xs)', fontWeight: 400, color: 'var(--mantine-color-dimmed)' } }}
      description={
        own === ''
          ? t(`customers.scenario.via.${inherited.via === 'group' ? 'group' : 'default'}`, { name: nameOf(inherited.scenario), group: customer.group ?? '' })
          : undefined
      }
      inputWrapperOrder={['label', 'input', 'description']}
      size="sm"
      data={[{ value: '', label: t('customers.scenario.inherit') }, ...usable.map((s) => ({ value: s.id, label: nameOf(s) }))]}
      value={own}
      onChange={(e) => void change(e.currentTarget.value)}
      data-testid="customer-scenario"
    />
  );
}
