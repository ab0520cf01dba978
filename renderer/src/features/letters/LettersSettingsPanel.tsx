import {
  Alert,
  Badge,
  Button,
  Fieldset,
  Group,
  List,
  Loader,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconPrinter } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '../../bridge';
import { bridgeErrorMessage } from '../../bridge/messages';
import { database } from '../../db/database';
import {
  DEFAULT_LETTER_SETTINGS,
  EMAIL_MODES,
  loadLetterSettings,
  NOTICE_DAYS_MAX,
  NOTICE_DAYS_MIN,
  OFFSET_LIMIT_MM,
  OFFSET_STEP_MM,
  PLACE_MAX,
  saveLetterSettings,
  SIGNATURE_MAX,
  toDraft,
  TONES,
  validateLetterSettings,
  type LetterSettingsDraft,
  type LetterSettingsErrorCode,
} from '../../db/letter-settings';

/** The numbers an error message quotes ("au plus 20 mm", "entre 8 et 15 jours"). */
function errorParams(field: string, code: LetterSettingsErrorCode): Record<string, number> {
  if (code === 'offsetRange') return { max: OFFSET_LIMIT_MM };
  if (code === 'noticeDays') return { min: NOTICE_DAYS_MIN, max: NOTICE_DAYS_MAX };
  if (code === 'tooLong') return { max: field === 'place' ? PLACE_MAX : SIGNATURE_MAX };
  return {};
}

/** Paramètres → Courriers: envelope offset and its calibration page, e-mail mode, signature, formal notice. */
export function LettersSettingsPanel() {
  const { t, i18n } = useTranslation();
  const [loaded, setLoaded] = useState(false);
  const [saving, setSaving] = useState(false);
  const [printing, setPrinting] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [calibrationError, setCalibrationError] = useState<string | null>(null);

  const form = useForm<LetterSettingsDraft>({
    mode: 'controlled',
    initialValues: toDraft(DEFAULT_LETTER_SETTINGS),
    validateInputOnBlur: true,
    validate: (values) => {
      const result = validateLetterSettings(values);
      if (result.ok) return {};
      return Object.fromEntries(
        Object.entries(result.errors).map(([field, code]) => [field, t(`letters.settings.errors.${code}`, errorParams(field, code))]),
      );
    },
  });

  useEffect(() => {
    let active = true;
    loadLetterSettings(database())
      .then((settings) => {
        if (!active) return;
        const draft = toDraft(settings);
        form.setInitialValues(draft);
        form.setValues(draft);
        form.resetDirty(draft);
        setLoaded(true);
      })
      .catch((error: unknown) => {
        console.error('letters: settings could not be read', error);
        setFormError(t('letters.settings.loadFailed', { reason: error instanceof Error ? error.message : String(error) }));
        setLoaded(true);
      });
    return () => {
      active = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load once
  }, []);

  const submit = async () => {
    setFormError(null);
    if (form.validate().hasErrors) {
      setFormError(t('letters.settings.fixErrors'));
      return;
    }
    setSaving(true);
    try {
      const result = await saveLetterSettings(database(), form.getValues());
      if (!result.ok) {
        setFormError(t('letters.settings.fixErrors'));
        return;
      }
      const draft = toDraft(result.value);
      form.setValues(draft);
      form.resetDirty(draft);
      notifications.show({ color: 'teal', message: t('letters.settings.saved') });
    } catch (error) {
      console.error('letters: settings could not be saved', error);
      setFormError(t('letters.settings.saveFailed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setSaving(false);
    }
  };

  /** The page uses the offset in the form, saved or not: try a value, print, then save it. */
  const printCalibration = async () => {
    setCalibrationError(null);
    // Only the offset matters here: the other fields may still be half typed.
    const checked = validateLetterSettings({ ...toDraft(DEFAULT_LETTER_SETTINGS), offsetX: form.getValues().offsetX, offsetY: form.getValues().offsetY });
    if (!checked.ok) {
      form.validateField('offsetX');
      form.validateField('offsetY');
      setCalibrationError(t('letters.settings.calibration.fixOffset'));
      return;
    }
    setPrinting(true);
    try {
      const language = i18n.language === 'en' ? 'en' : 'fr';
      const page = await bridge().calibrationPage({ envelopeOffsetMm: checked.value.envelopeOffsetMm, language });
      if (!page.ok) {
        setCalibrationError(t('letters.settings.calibration.failed', { reason: bridgeErrorMessage(t, page.error) }));
        return;
      }
      const opened = await bridge().openPath({ path: page.data.path });
      if (!opened.ok) {
        setCalibrationError(t('letters.settings.calibration.openFailed', { path: page.data.path, reason: bridgeErrorMessage(t, opened.error) }));
        return;
      }
      notifications.show({ color: 'teal', message: t('letters.settings.calibration.opened') });
    } finally {
      setPrinting(false);
    }
  };

  useHotkeys([['mod+S', () => void submit()]], []);

  if (!loaded) return <Loader aria-label={t('letters.settings.loading')} />;

  const offsetProps = {
    min: -OFFSET_LIMIT_MM,
    max: OFFSET_LIMIT_MM,
    step: OFFSET_STEP_MM,
    decimalScale: 1,
    decimalSeparator: i18n.language === 'en' ? '.' : ',',
    suffix: ' mm',
    clampBehavior: 'none' as const,
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      noValidate
      aria-label={t('settings.tabs.letters')}
    >
      <Stack gap="lg" maw={860}>
        <Text c="dimmed" size="sm">
          {t('letters.settings.intro')}
        </Text>

        <Fieldset legend={t('letters.settings.sections.envelope')}>
          <Stack gap="sm">
            <Text size="sm">{t('letters.settings.envelope.explain')}</Text>
            <List size="sm" spacing={2}>
              <List.Item>{t('letters.settings.envelope.ruleX')}</List.Item>
              <List.Item>{t('letters.settings.envelope.ruleY')}</List.Item>
            </List>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NumberInput label={t('letters.settings.fields.offsetX')} description={t('letters.settings.hints.offsetX')} {...offsetProps} {...form.getInputProps('offsetX')} />
              <NumberInput label={t('letters.settings.fields.offsetY')} description={t('letters.settings.hints.offsetY')} {...offsetProps} {...form.getInputProps('offsetY')} />
            </SimpleGrid>
            <Group gap="sm" align="center">
              <Button variant="light" leftSection={<IconPrinter size={16} />} loading={printing} onClick={() => void printCalibration()}>
                {t('letters.settings.calibration.button')}
              </Button>
              <Text size="xs" c="dimmed" maw={520}>
                {t('letters.settings.calibration.hint')}
              </Text>
            </Group>
            {calibrationError && (
              <Alert color="red" variant="light" role="alert" data-testid="calibration-error">
                {calibrationError}
              </Alert>
            )}
          </Stack>
        </Fieldset>

        <Fieldset legend={t('letters.settings.sections.email')}>
          <Radio.Group label={t('letters.settings.fields.emailMode')} {...form.getInputProps('emailMode')}>
            <Stack gap="xs" mt="xs">
              {EMAIL_MODES.map((mode) => (
                <Radio key={mode} value={mode} label={t(`letters.settings.emailModes.${mode}`)} description={t(`letters.settings.emailModeHints.${mode}`)} />
              ))}
            </Stack>
          </Radio.Group>
        </Fieldset>

        <Fieldset legend={t('letters.settings.sections.signature')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('letters.settings.fields.signatureName')} placeholder={t('letters.settings.placeholders.signatureName')} {...form.getInputProps('signatureName')} />
            <TextInput label={t('letters.settings.fields.signatureRole')} placeholder={t('letters.settings.placeholders.signatureRole')} {...form.getInputProps('signatureRole')} />
            <TextInput
              label={t('letters.settings.fields.place')}
              description={t('letters.settings.hints.place')}
              placeholder={t('letters.settings.placeholders.place')}
              {...form.getInputProps('place')}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('letters.settings.sections.notice')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label={t('letters.settings.fields.formalNoticeDeadlineDays')}
              description={t('letters.settings.hints.formalNoticeDeadlineDays')}
              min={NOTICE_DAYS_MIN}
              max={NOTICE_DAYS_MAX}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              suffix={` ${t('letters.settings.daysSuffix')}`}
              {...form.getInputProps('formalNoticeDeadlineDays')}
            />
            <Select
              label={t('letters.settings.fields.defaultTone')}
              description={t('letters.settings.hints.defaultTone')}
              allowDeselect={false}
              data={TONES.map((tone) => ({ value: tone, label: t(`letters.settings.tones.${tone}`) }))}
              {...form.getInputProps('defaultTone')}
            />
          </SimpleGrid>
        </Fieldset>

        {formError && (
          <Alert color="red" variant="light" role="alert" data-testid="letters-form-error">
            {formError}
          </Alert>
        )}

        <Group justify="flex-end" gap="sm">
          {form.isDirty() && (
            <Badge color="yellow" variant="light">
              {t('letters.settings.unsaved')}
            </Badge>
          )}
          <Button type="submit" loading={saving} leftSection={<IconDeviceFloppy size={18} />}>
            {t('letters.settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
