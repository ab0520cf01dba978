import { useTranslation } from 'react-i18next';
import { nowTimestamp } from '../../app/clock';
import { correctInteractionInDb } from '../../db/agreements';
import { database } from '../../db/database';
import { interactionErrorMessage } from '../../domain/interactions';
import type { Interaction } from '../../domain/model';
import { HistoryTextModal } from './HistoryTextModal';
import { useNotify } from './undo-notice';

/**
 * Corrects the summary of a history line written today. The text it replaces is kept with the
 * entry (shown under "corrigé le …"): a correction adds, it never erases. Refused in place, with
 * nothing written, when the text is blank or unchanged, or when the day has changed meanwhile.
 */
export function CorrectInteractionModal({ interaction, onClose }: { interaction: Interaction | null; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  return (
    <HistoryTextModal
      opened={interaction !== null}
      title={t('customers.timeline.correctTitle')}
      hint={t('customers.timeline.correctHint')}
      label={t('customers.timeline.correctLabel')}
      saveLabel={t('customers.timeline.correctSave')}
      initialText={interaction?.summary ?? ''}
      testId="correct-summary"
      onClose={onClose}
      onSave={async (text) => {
        if (!interaction) return null;
        const result = await correctInteractionInDb(database(), interaction.id, text, nowTimestamp());
        if (!result.ok) return interactionErrorMessage(result.error, i18n.language === 'en' ? 'en' : 'fr');
        notify.done(t('customers.timeline.correctDone'));
        return null;
      }}
    />
  );
}
