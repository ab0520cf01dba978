import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { nowTimestamp } from '../../app/clock';
import { correctInteractionInDb } from '../../db/agreements';
import { database } from '../../db/database';
import { interactionErrorMessage } from '../../domain/interactions';
import type { Interaction } from '../../domain/model';
import { useNotify } from './undo-notice';

/**
 * Corrects the summary of a history line written today. The text it replaces is kept with the
 * entry (shown under "corrigé le …"): a correction adds, it never erases. Refused in place, with
 * nothing written, when the text is blank or unchanged, or when the day has changed meanwhile.
 */
export function CorrectInteractionModal({ interaction, onClose }: { interaction: Interaction | null; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    setText(interaction?.summary ?? '');
    setError(null);
  }, [interaction]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!interaction || saving) return;
    setSaving(true);
    try {
      const result = await correctInteractionInDb(database(), interaction.id, text, nowTimestamp());
      if (!result.ok) {
        setError(interactionErrorMessage(result.error, i18n.language === 'en' ? 'en' : 'fr'));
        return;
      }
      onClose();
      notify.done(t('customers.timeline.correctDone'));
    } catch (failure) {
      notify.failed(failure);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal opened={interaction !== null} onClose={onClose} title={t('customers.timeline.correctTitle')} size="lg">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('customers.timeline.correctHint')}
          </Text>
          <Textarea
            label={t('customers.timeline.correctLabel')}
            value={text}
            onChange={(event) => {
              setText(event.currentTarget.value);
              setError(null);
            }}
            error={error}
            autosize
            minRows={3}
            maxRows={12}
            data-autofocus
            data-testid="correct-summary"
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('customers.timeline.correctCancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('customers.timeline.correctSave')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
