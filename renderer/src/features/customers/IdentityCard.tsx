import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSiren } from '../../domain/identifiers';
import type { Customer, PaymentTerms } from '../../domain/model';
import { useTermsText } from './terms-text';

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
        <Field label={t('customers.identity.terms')}>
          {customer.paymentTerms
            ? t('customers.identity.ownTerms', { terms: termsText(customer.paymentTerms) })
            : t('customers.identity.companyTerms', { terms: termsText(companyTerms) })}
        </Field>
      </Stack>
    </Paper>
  );
}
