import { Button, Group, Modal, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { nowTimestamp } from '../../app/clock';
import { addLogEntry } from '../../db/agreements';
import { database } from '../../db/database';
import { interactionErrorMessage } from '../../domain/interactions';
import type { Id } from '../../domain/model';
import { useNotify } from './undo-notice';

type Channel = 'visit' | 'note' | 'call';
const CHANNELS: Channel[] = ['note', 'visit', 'call'];

/**
 * Adds a line to the customer's history by hand: a visit, a note, a call made from another phone.
 * Dated now; corrected the same day like any other line, never deleted.
 */
export function AddLogEntryModal({ customerId, opened, onClose }: { customerId: Id; opened: boolean; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const [channel, setChannel] = useState<Channel>('note');
  const [who, setWho] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!opened) return;
    setChannel('note');
    setWho('');
    setText('');
    setError(null);
  }, [opened]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    try {
      const result = await addLogEntry(database(), { customerId, channel, summary: text, who, at: nowTimestamp() });
      if (!result.ok) {
        setError(interactionErrorMessage(result.error, i18n.language === 'en' ? 'en' : 'fr'));
        return;
      }
      onClose();
      notify.done(t('customers.timeline.addDone'));
    } catch (failure) {
      notify.failed(failure);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('customers.timeline.addTitle')} size="lg">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('customers.timeline.addHint')}
          </Text>
          <SegmentedControl
            value={channel}
            onChange={(value) => setChannel(value as Channel)}
            data={CHANNELS.map((value) => ({ value, label: t(`customers.timeline.channels.${value}`) }))}
            aria-label={t('customers.timeline.addChannel')}
          />
          <TextInput label={t('customers.timeline.addWho')} value={who} onChange={(event) => setWho(event.currentTarget.value)} />
          <Textarea
            label={t('customers.timeline.addSummary')}
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
            data-testid="add-entry-summary"
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('customers.timeline.correctCancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('customers.timeline.addSave')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
