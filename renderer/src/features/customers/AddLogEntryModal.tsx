import { SegmentedControl, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nowTimestamp } from '../../app/clock';
import { addLogEntry } from '../../db/agreements';
import { database } from '../../db/database';
import { interactionErrorMessage } from '../../domain/interactions';
import type { Id } from '../../domain/model';
import { HistoryTextModal } from './HistoryTextModal';
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

  useEffect(() => {
    if (!opened) return;
    setChannel('note');
    setWho('');
  }, [opened]);

  return (
    <HistoryTextModal
      opened={opened}
      title={t('customers.timeline.addTitle')}
      hint={t('customers.timeline.addHint')}
      label={t('customers.timeline.addSummary')}
      saveLabel={t('customers.timeline.addSave')}
      initialText=""
      testId="add-entry-summary"
      onClose={onClose}
      onSave={async (text) => {
        const result = await addLogEntry(database(), { customerId, channel, summary: text, who, at: nowTimestamp() });
        if (!result.ok) return interactionErrorMessage(result.error, i18n.language === 'en' ? 'en' : 'fr');
        notify.done(t('customers.timeline.addDone'));
        return null;
      }}
    >
      <SegmentedControl
        value={channel}
        onChange={(value) => setChannel(value as Channel)}
        data={CHANNELS.map((value) => ({ value, label: t(`customers.timeline.channels.${value}`) }))}
        aria-label={t('customers.timeline.addChannel')}
      />
      <TextInput label={t('customers.timeline.addWho')} value={who} onChange={(event) => setWho(event.currentTarget.value)} />
    </HistoryTextModal>
  );
}
