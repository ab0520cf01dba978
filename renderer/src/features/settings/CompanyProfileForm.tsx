import {
  Alert,
  Badge,
  Button,
  Fieldset,
  Group,
  Loader,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { database } from '../../db/database';
import {
  EMPTY_COMPANY_PROFILE,
  LEGAL_FORMS,
  presentCompanyProfile,
  TERMS_RULES,
  validateCompanyProfile,
  type CompanyProfileDraft,
} from '../../domain/company-profile';
import { vatFromSiren } from '../../domain/identifiers';
import { loadCompanyLogo, loadCompanyProfile, saveCompanyProfile, type StoredLogo } from './company-store';
import { LogoField } from './LogoField';

export function CompanyProfileForm() {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState(false);
  const [logo, setLogo] = useState<StoredLogo | null>(null);
  const [logoDirty, setLogoDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);

  const form = useForm<CompanyProfileDraft>({
    mode: 'controlled',
    initialValues: EMPTY_COMPANY_PROFILE,
    validateInputOnBlur: true,
    validate: (values) => {
      const result = validateCompanyProfile(values);
      if (result.ok) return {};
      return Object.fromEntries(
        Object.entries(result.errors).map(([field, error]) => [field, t(`company.errors.${error.code}`, error.params)]),
      );
    },
  });

  useEffect(() => {
    let active = true;
    void (async () => {
      const db = database();
      const [profile, storedLogo] = await Promise.all([loadCompanyProfile(db), loadCompanyLogo(db)]);
      if (!active) return;
      form.setInitialValues(profile);
      form.setValues(profile);
      form.resetDirty(profile);
      setLogo(storedLogo);
      setLoaded(true);
    })();
    return () => {
      active = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load once
  }, []);

  const submit = async () => {
    setFormError(null);
    const check = form.validate();
    if (check.hasErrors) {
      setFormError(t('company.fixErrors'));
      return;
    }
    setSaving(true);
    try {
      const result = await saveCompanyProfile(database(), form.getValues(), logo);
      if (!result.ok) {
        setFormError(t('company.fixErrors'));
        return;
      }
      const shown = presentCompanyProfile(result.value);
      form.setValues(shown);
      form.resetDirty(shown);
      setLogoDirty(false);
      notifications.show({ color: 'teal', message: t('company.saved') });
    } catch (error) {
      setFormError(t('company.saveFailed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setSaving(false);
    }
  };

  useHotkeys([['mod+S', () => void submit()]], []);

  if (!loaded) return <Loader aria-label={t('about.loading')} />;

  const values = form.getValues();
  const suggestedVat = values.vatNumber.trim() === '' ? vatFromSiren(values.siren) : null;
  const dirty = form.isDirty() || logoDirty;

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      noValidate
      aria-label={t('settings.tabs.company')}
    >
      <Stack gap="lg" maw={860}>
        <Text c="dimmed" size="sm">
          {t('company.intro')}
        </Text>

        <Fieldset legend={t('company.sections.identity')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('company.fields.name')}
              placeholder={t('company.placeholders.name')}
              withAsterisk
              autoComplete="organization"
              {...form.getInputProps('name')}
            />
            <Select
              label={t('company.fields.legalForm')}
              withAsterisk
              allowDeselect={false}
              data={LEGAL_FORMS.map((value) => ({ value, label: t(`company.legalForms.${value}`) }))}
              {...form.getInputProps('legalForm')}
              value={values.legalForm || null}
            />
            <TextInput
              label={t('company.fields.siren')}
              placeholder={t('company.placeholders.siren')}
              description={t('company.hints.siren')}
              withAsterisk
              inputMode="numeric"
              {...form.getInputProps('siren')}
            />
            <TextInput
              label={t('company.fields.vatNumber')}
              placeholder={suggestedVat?.ok ? suggestedVat.value : t('company.placeholders.vatNumber')}
              description={suggestedVat?.ok ? t('company.hints.vatFromSiren', { vat: suggestedVat.value }) : undefined}
              {...form.getInputProps('vatNumber')}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('company.sections.address')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('company.fields.addressLine1')} withAsterisk autoComplete="address-line1" {...form.getInputProps('addressLine1')} />
            <TextInput label={t('company.fields.addressLine2')} autoComplete="address-line2" {...form.getInputProps('addressLine2')} />
            <TextInput label={t('company.fields.postalCode')} withAsterisk autoComplete="postal-code" {...form.getInputProps('postalCode')} />
            <TextInput label={t('company.fields.city')} withAsterisk autoComplete="address-level2" {...form.getInputProps('city')} />
            <TextInput label={t('company.fields.country')} autoComplete="country-name" {...form.getInputProps('country')} />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('company.sections.bank')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('company.fields.iban')} placeholder={t('company.placeholders.iban')} {...form.getInputProps('iban')} />
            <TextInput label={t('company.fields.bic')} placeholder={t('company.placeholders.bic')} {...form.getInputProps('bic')} />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('company.sections.contact')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('company.fields.email')} placeholder={t('company.placeholders.email')} type="email" autoComplete="email" {...form.getInputProps('email')} />
            <TextInput label={t('company.fields.phone')} placeholder={t('company.placeholders.phone')} type="tel" autoComplete="tel" {...form.getInputProps('phone')} />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('company.sections.terms')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label={t('company.fields.termsDays')}
              description={t('company.hints.termsDays')}
              min={0}
              max={60}
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps('paymentTermsDays')}
            />
            <Select
              label={t('company.fields.termsRule')}
              allowDeselect={false}
              data={TERMS_RULES.map((value) => ({ value, label: t(`company.termsRules.${value}`) }))}
              {...form.getInputProps('paymentTermsRule')}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('company.sections.logo')}>
          <LogoField
            value={logo}
            onChange={(next) => {
              setLogo(next);
              setLogoDirty(true);
            }}
          />
        </Fieldset>

        {formError && (
          <Alert color="red" variant="light" role="alert" data-testid="form-error">
            {formError}
          </Alert>
        )}

        <Group justify="flex-end" gap="sm">
          {dirty && (
            <Badge color="yellow" variant="light">
              {t('company.unsaved')}
            </Badge>
          )}
          <Button type="submit" loading={saving} leftSection={<IconDeviceFloppy size={18} />}>
            {t('company.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
