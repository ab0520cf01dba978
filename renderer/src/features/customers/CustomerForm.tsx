import {
  Alert,
  Autocomplete,
  Button,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { getHotkeyHandler } from '@mantine/hooks';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAX_ADDRESS_LINE_LENGTH,
  MAX_ADDRESS_LINES,
  suggestReference,
  TERMS_RULES,
  validateCustomerDraft,
  type CustomerDraft,
  type CustomerErrors,
} from '../../domain/customer-draft';
import { database } from '../../db/database';
import { vatFromSiren } from '../../domain/identifiers';
import type { PaymentTerms } from '../../domain/model';
import { useFieldErrors } from './field-errors';
import { useTermsText } from './terms-text';

/**
 * The identity of a customer, for creating one (/clients/nouveau) or correcting it (modal on its
 * page). Checked by the domain on blur and on save; the reference's uniqueness is checked when
 * saving, inside the write, and comes back as a field error.
 */
export function CustomerForm({
  initial,
  companyTerms,
  takenReferences,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: CustomerDraft;
  companyTerms: PaymentTerms;
  /** When given (creation), a reference is proposed from the name for an empty field. */
  takenReferences?: ReadonlySet<string>;
  submitLabel: string;
  /** Saves; resolves with the errors found at write time, or null when saved. */
  onSubmit(values: CustomerDraft): Promise<CustomerErrors | null>;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const errors = useFieldErrors();
  const termsText = useTermsText();
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  /** The proposed reference, used when the field is left empty (never typed into it: no surprise text). */
  const suggestionFor = (name: string) => (takenReferences && name.trim() !== '' ? suggestReference(name, takenReferences) : null);
  const withSuggestion = (draft: CustomerDraft): CustomerDraft =>
    draft.reference.trim() === '' ? { ...draft, reference: suggestionFor(draft.name) ?? '' } : draft;
  const form = useForm<CustomerDraft>({
    mode: 'controlled',
    initialValues: initial,
    validateInputOnBlur: true,
    validate: (values) => {
      const result = validateCustomerDraft(withSuggestion(values));
      return result.ok ? {} : errors.messages(result.errors);
    },
  });
  const values = form.getValues();
  /** The groups already given to customers, proposed so "Grands comptes" is not typed two ways. */
  const groups = useLiveQuery(async () => {
    const names = new Set<string>();
    await database().customers.each((c) => {
      if (c.group?.trim()) names.add(c.group.trim());
    });
    return [...names].sort((a, b) => a.localeCompare(b, 'fr'));
  }, []);
  const suggestion = suggestionFor(values.name);

  const submit = async (draft: CustomerDraft) => {
    setFormError(null);
    setSaving(true);
    try {
      const found = await onSubmit(withSuggestion(draft));
      if (found) {
        form.setErrors(errors.messages(found));
        setFormError(t('customers.form.fixErrors'));
      }
    } catch (error) {
      setFormError(t('customers.notices.failed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setSaving(false);
    }
  };

  const suggestedVat = values.kind === 'business' && values.vatNumber.trim() === '' ? vatFromSiren(values.siren) : null;

  return (
    <form
      noValidate
      aria-label={t('customers.form.label')}
      onSubmit={form.onSubmit(
        (draft) => void submit(draft),
        () => setFormError(t('customers.form.fixErrors')),
      )}
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('customers.fields.name')}
            placeholder={t('customers.placeholders.name')}
            withAsterisk
            data-autofocus
            autoFocus
            {...form.getInputProps('name')}
          />
          <TextInput
            label={t('customers.fields.reference')}
            description={suggestion ? t('customers.hints.referenceSuggested', { reference: suggestion }) : t('customers.hints.reference')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            placeholder={suggestion ?? t('customers.placeholders.reference')}
            withAsterisk={!suggestion}
            {...form.getInputProps('reference')}
          />
        </SimpleGrid>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="customer-kind-label">
            {t('customers.fields.kind')}
          </Text>
          <SegmentedControl
            aria-labelledby="customer-kind-label"
            data={[
              { value: 'business', label: t('customers.kinds.business') },
              { value: 'consumer', label: t('customers.kinds.consumer') },
            ]}
            {...form.getInputProps('kind')}
            style={{ alignSelf: 'flex-start' }}
          />
        </Stack>
        {values.kind === 'business' && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('customers.fields.siren')}
              placeholder={t('customers.placeholders.siren')}
              inputMode="numeric"
              {...form.getInputProps('siren')}
            />
            <TextInput
              label={t('customers.fields.vatNumber')}
              placeholder={suggestedVat?.ok ? suggestedVat.value : t('customers.placeholders.vatNumber')}
              description={suggestedVat?.ok ? t('customers.hints.vatFromSiren', { vat: suggestedVat.value }) : undefined}
              {...form.getInputProps('vatNumber')}
            />
          </SimpleGrid>
        )}
        <Textarea
          label={t('customers.fields.address')}
          description={t('customers.hints.address', { lines: MAX_ADDRESS_LINES, max: MAX_ADDRESS_LINE_LENGTH })}
          placeholder={t('customers.placeholders.address')}
          autosize
          minRows={3}
          maxRows={7}
          {...form.getInputProps('address')}
          // Enter goes to the next line of the address; Ctrl+Enter saves.
          onKeyDown={getHotkeyHandler([['mod+Enter', () => form.onSubmit((draft) => void submit(draft))()]])}
        />
        <Autocomplete
          label={t('customers.fields.group')}
          description={t('customers.hints.group')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          placeholder={t('customers.placeholders.group')}
          data={groups ?? []}
          {...form.getInputProps('group')}
        />
        <Stack gap="xs">
          <Switch
            label={t('customers.fields.ownTerms')}
            description={values.ownTerms ? undefined : t('customers.hints.companyTerms', { terms: termsText(companyTerms) })}
            {...form.getInputProps('ownTerms', { type: 'checkbox' })}
          />
          {values.ownTerms && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NumberInput
                label={t('customers.fields.termsDays')}
                description={t('customers.hints.termsDays')}
                min={0}
                max={60}
                allowDecimal={false}
                allowNegative={false}
                {...form.getInputProps('termsDays')}
              />
              <Select
                label={t('customers.fields.termsRule')}
                allowDeselect={false}
                data={TERMS_RULES.map((value) => ({ value, label: t(`customers.termsRules.${value}`) }))}
                {...form.getInputProps('termsRule')}
              />
            </SimpleGrid>
          )}
        </Stack>
        {formError && (
          <Alert color="red" variant="light" role="alert" data-testid="customer-form-error">
            {formError}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving} leftSection={<IconDeviceFloppy size={18} />}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
