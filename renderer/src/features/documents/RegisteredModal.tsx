import { Alert, Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { today } from '../../app/clock';
import { registeredDraft, validateRegistered, type RegisteredErrors } from '../../domain/documents';
import type { DocumentRecord } from '../../domain/model';
import { documentTitle } from './use-document-actions';

type Outcome = 'waiting' | 'received' | 'unclaimed';

interface Values {
  trackingNumber: string;
  sentOn: string;
  outcome: Outcome;
  receivedOn: string;
}

export interface RegisteredSubmit {
  trackingNumber: string;
  sentOn: string;
  receivedOn: string;
  unclaimed: boolean;
}

function initialValues(doc: DocumentRecord | null): Values {
  const draft = registeredDraft(doc?.registered);
  return {
    trackingNumber: draft.trackingNumber,
    sentOn: draft.sentOn,
    outcome: draft.unclaimed ? 'unclaimed' : draft.receivedOn ? 'received' : 'waiting',
    receivedOn: draft.receivedOn,
  };
}

const toSubmit = (values: Values): RegisteredSubmit => ({
  trackingNumber: values.trackingNumber,
  sentOn: values.sentOn,
  receivedOn: values.outcome === 'received' ? values.receivedOn : '',
  unclaimed: values.outcome === 'unclaimed',
});

/**
 * The tracking of a registered letter: tracking number, date sent, then either the date on the
 * acknowledgement of receipt (AR) or "pli non réclamé". Checked as typed, in the user's language;
 * `onSave` stores it and answers the errors the database found (none, normally).
 */
export function RegisteredModal({
  document,
  onClose,
  onSave,
}: {
  document: DocumentRecord | null;
  onClose(): void;
  onSave(document: DocumentRecord, values: RegisteredSubmit): Promise<RegisteredErrors | null>;
}) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const day = today();

  const messages = (errors: RegisteredErrors) =>
    Object.fromEntries(Object.entries(errors).map(([field, code]) => [field === 'unclaimed' ? 'outcome' : field, t(`documents.registered.errors.${code}`)]));

  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: initialValues(document),
    validate: (values) => {
      const result = validateRegistered(toSubmit(values), day);
      const errors: Record<string, string> = result.ok ? {} : messages(result.errors);
      if (values.outcome === 'received' && values.receivedOn.trim() === '' && !errors.receivedOn) {
        errors.receivedOn = t('documents.registered.errors.received-required');
      }
      return errors;
    },
  });

  useEffect(() => {
    const values = initialValues(document);
    form.setInitialValues(values);
    form.setValues(values);
    form.resetDirty(values);
    form.clearErrors();
    setFormError(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset when another document opens
  }, [document?.id]);

  const submit = async () => {
    if (!document) return;
    setFormError(null);
    if (form.validate().hasErrors) {
      setFormError(t('documents.registered.fixErrors'));
      return;
    }
    setSaving(true);
    try {
      const errors = await onSave(document, toSubmit(form.getValues()));
      if (errors) {
        form.setErrors(messages(errors));
        setFormError(t('documents.registered.fixErrors'));
      }
    } finally {
      setSaving(false);
    }
  };

  const values = form.getValues();
  return (
    <Modal opened={document !== null} onClose={onClose} title={t('documents.registered.title')} size="lg">
      {document && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
          noValidate
          aria-label={t('documents.registered.title')}
        >
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {t('documents.registered.intro', { title: documentTitle(document) })}
            </Text>
            <TextInput
              label={t('documents.registered.fields.trackingNumber')}
              description={t('documents.registered.hints.trackingNumber')}
              placeholder="1A 123 456 7890 1"
              data-autofocus
              autoComplete="off"
              {...form.getInputProps('trackingNumber')}
            />
            <TextInput
              type="date"
              label={t('documents.registered.fields.sentOn')}
              description={t('documents.registered.hints.sentOn')}
              max={day}
              styles={{ input: { maxWidth: 220 } }}
              {...form.getInputProps('sentOn')}
            />
            <Radio.Group label={t('documents.registered.fields.outcome')} {...form.getInputProps('outcome')}>
              <Stack gap={6} mt="xs">
                <Radio value="waiting" label={t('documents.registered.outcomes.waiting')} />
                <Radio value="received" label={t('documents.registered.outcomes.received')} />
                <Radio value="unclaimed" label={t('documents.registered.outcomes.unclaimed')} description={t('documents.registered.hints.unclaimed')} />
              </Stack>
            </Radio.Group>
            {values.outcome === 'received' && (
              <TextInput
                type="date"
                label={t('documents.registered.fields.receivedOn')}
                description={t('documents.registered.hints.receivedOn')}
                max={day}
                styles={{ input: { maxWidth: 220 } }}
                {...form.getInputProps('receivedOn')}
              />
            )}
            {formError && (
              <Alert color="red" variant="light" role="alert" data-testid="registered-form-error">
                {formError}
              </Alert>
            )}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={saving}>
                {t('documents.registered.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
