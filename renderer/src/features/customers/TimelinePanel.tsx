import { Box, Button, Group, Loader, Stack, Text, ThemeIcon, Timeline } from '@mantine/core';
import { IconCertificate, IconFileText, IconMail, IconNote, IconPaperclip, IconPencil, IconPhone, IconPlus, IconWalk } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { today } from '../../app/clock';
import { OUTCOME_WORDS } from '../../db/calls';
import { database } from '../../db/database';
import type { IsoDate } from '../../domain/dates';
import { localDayOf, type CallOutcome } from '../../domain/interactions';
import type { DocumentRecord, Id, Interaction } from '../../domain/model';
import { documentTitle, useDocumentActions } from '../documents/use-document-actions';
import { AddLogEntryModal } from './AddLogEntryModal';
import { CorrectInteractionModal } from './CorrectInteractionModal';

type Channel = Interaction['channel'];

const ICONS: Record<Channel, ComponentType<{ size?: number }>> = {
  call: IconPhone,
  email: IconMail,
  letter: IconFileText,
  'registered-letter': IconCertificate,
  visit: IconWalk,
  note: IconNote,
};

/** What the review of promises and plans writes in the history (domain/agreements/follow-up.ts, db/agreements.ts). */
type AgreementOutcome = 'promise-kept' | 'promise-broken' | 'instalment-missed' | 'plan-completed' | 'plan-renegotiated';

/** The words of each outcome code; the French of a call's outcome is the call screen's own. */
const OUTCOME_LABELS: Record<CallOutcome | AgreementOutcome, { fr: string; en: string }> = {
  promise: { fr: OUTCOME_WORDS.promise, en: 'Promise to pay' },
  plan: { fr: OUTCOME_WORDS.plan, en: 'Payment plan agreed' },
  dispute: { fr: OUTCOME_WORDS.dispute, en: 'Dispute' },
  difficulty: { fr: OUTCOME_WORDS.difficulty, en: 'Payment difficulties' },
  'already-paid': { fr: OUTCOME_WORDS['already-paid'], en: 'Said to be paid already' },
  other: { fr: OUTCOME_WORDS.other, en: 'Other' },
  'no-answer': { fr: OUTCOME_WORDS['no-answer'], en: 'No answer' },
  voicemail: { fr: OUTCOME_WORDS.voicemail, en: 'Message left' },
  'wrong-contact': { fr: OUTCOME_WORDS['wrong-contact'], en: 'Wrong contact' },
  'promise-kept': { fr: 'Promesse tenue', en: 'Promise kept' },
  'promise-broken': { fr: 'Promesse non tenue', en: 'Promise broken' },
  'instalment-missed': { fr: 'Échéance manquée', en: 'Instalment missed' },
  'plan-completed': { fr: 'Échéancier soldé', en: 'Payment plan completed' },
  'plan-renegotiated': { fr: 'Échéancier renégocié', en: 'Payment plan renegotiated' },
};

/** An outcome code in words; an older free-text outcome is shown as it was typed. */
function outcomeLabel(outcome: string, language: string): string {
  const words = Object.hasOwn(OUTCOME_LABELS, outcome) ? OUTCOME_LABELS[outcome as keyof typeof OUTCOME_LABELS] : undefined;
  return words ? words[language === 'en' ? 'en' : 'fr'] : outcome;
}

/** A call's length: "45 s", "4 min 05 s", "1 h 02 min". */
function durationText(seconds: number, t: TFunction): string {
  const total = Math.max(0, Math.round(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  if (h > 0) return t('customers.timeline.durationHours', { h, m: two(m) });
  if (m > 0) return t('customers.timeline.durationMinutes', { m, s: two(s) });
  return t('customers.timeline.durationSeconds', { s });
}

/** Whether an entry was written on the user's `day` (local time): only then may it be corrected. */
function writtenOn(interaction: Interaction, day: IsoDate): boolean {
  try {
    return localDayOf(interaction.at) === day;
  } catch {
    return false;
  }
}

/** How many exchanges the customer has, for the tab label (the panel itself is mounted only when shown). */
export function useInteractionCount(customerId: Id): number {
  return useLiveQuery(() => database().interactions.where('customerId').equals(customerId).count(), [customerId]) ?? 0;
}

/** The customer's exchanges, newest first, with the documents each one produced. */
function useTimeline(customerId: Id) {
  return useLiveQuery(async () => {
    const db = database();
    const interactions = await db.interactions.where('customerId').equals(customerId).reverse().sortBy('at');
    const ids = [...new Set(interactions.flatMap((i) => i.documentIds ?? []))];
    const docs = await db.documents.bulkGet(ids);
    const documents = new Map<Id, DocumentRecord>();
    for (const doc of docs) if (doc) documents.set(doc.id, doc);
    return { interactions, documents };
  }, [customerId]);
}

/** "12/03/2026 14:05" in French, "12/03/2026, 14:05" in English: local time, as the user lived it. */
function useDateTime() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'short', timeStyle: 'short' });
  return (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : format.format(date);
  };
}

/** The "Historique" tab of the customer page: every letter, e-mail, call, visit and note. */
export function TimelinePanel({ customerId }: { customerId: Id }) {
  const { t, i18n } = useTranslation();
  const data = useTimeline(customerId);
  const dateTime = useDateTime();
  const actions = useDocumentActions(() => undefined);
  const [correcting, setCorrecting] = useState<Interaction | null>(null);
  const [adding, setAdding] = useState(false);
  const day = today();

  if (!data) return <Loader size="sm" aria-label={t('customers.timeline.loading')} />;
  const add = (
    <>
      <Group justify="flex-end" mb="sm">
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)} data-testid="timeline-add">
          {t('customers.timeline.add')}
        </Button>
      </Group>
      <AddLogEntryModal customerId={customerId} opened={adding} onClose={() => setAdding(false)} />
    </>
  );
  if (data.interactions.length === 0) {
    return (
      <>
        {add}
        <Text c="dimmed" data-testid="timeline-empty">
          {t('customers.timeline.empty')}
        </Text>
      </>
    );
  }

  return (
    <>
      {add}
      <CorrectInteractionModal interaction={correcting} onClose={() => setCorrecting(null)} />
      <Timeline bulletSize={28} lineWidth={2} data-testid="timeline">
        {data.interactions.map((interaction) => {
          const Icon = ICONS[interaction.channel] ?? IconNote;
          const documents = (interaction.documentIds ?? []).flatMap((id) => data.documents.get(id) ?? []);
          const corrections = interaction.corrections ?? [];
          const lastCorrection = corrections[corrections.length - 1];
          return (
            <Timeline.Item
              key={interaction.id}
              data-testid="timeline-entry"
              data-id={interaction.id}
              data-channel={interaction.channel}
              data-outcome={interaction.outcome}
              bullet={
                <ThemeIcon size={28} radius="xl" variant="light">
                  <Icon size={16} />
                </ThemeIcon>
              }
            >
              <Group gap="xs" wrap="wrap">
                <Text fw={600} size="sm" data-testid="timeline-channel">
                  {t(`customers.timeline.channels.${interaction.channel}`)}
                </Text>
                <Text size="sm" c="dimmed" data-testid="timeline-at">
                  {dateTime(interaction.at)}
                </Text>
                {interaction.who ? (
                  <Text size="sm" c="dimmed" data-testid="timeline-who">
                    {t('customers.timeline.who', { who: interaction.who })}
                  </Text>
                ) : null}
                {interaction.channel === 'call' && interaction.durationSeconds !== undefined ? (
                  <Text size="sm" c="dimmed" data-testid="timeline-duration">
                    {t('customers.timeline.duration', { duration: durationText(interaction.durationSeconds, t) })}
                  </Text>
                ) : null}
                {writtenOn(interaction, day) ? (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    leftSection={<IconPencil size={12} />}
                    onClick={() => setCorrecting(interaction)}
                    aria-label={t('customers.timeline.correctLabelFor', { date: dateTime(interaction.at) })}
                    data-testid="timeline-correct"
                  >
                    {t('customers.timeline.correct')}
                  </Button>
                ) : null}
              </Group>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="timeline-summary">
                {interaction.summary}
              </Text>
              {interaction.outcome ? (
                <Text size="sm" c="dimmed" data-testid="timeline-outcome">
                  {t('customers.timeline.outcome', { outcome: outcomeLabel(interaction.outcome, i18n.language) })}
                </Text>
              ) : null}
              {documents.length > 0 ? (
                <Group gap="xs" mt={4}>
                  {documents.map((doc) => (
                    <Button
                      key={doc.id}
                      size="compact-xs"
                      variant="light"
                      leftSection={<IconPaperclip size={14} />}
                      title={t('customers.timeline.openDocument', { title: documentTitle(doc) })}
                      onClick={() => void actions.open(doc).catch(actions.unexpected)}
                    >
                      {documentTitle(doc)}
                    </Button>
                  ))}
                </Group>
              ) : null}
              {lastCorrection ? (
                <Box component="details" mt={4} data-testid="timeline-correction">
                  <Text component="summary" size="xs" c="dimmed" style={{ cursor: 'pointer' }}>
                    {t('customers.timeline.corrected', { date: dateTime(lastCorrection.at) })}
                  </Text>
                  <Stack gap={2} mt={2} pl="sm">
                    {corrections.map((correction, index) => (
                      <Text key={index} size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                        {t('customers.timeline.previous', { date: dateTime(correction.at), text: correction.previousSummary })}
                      </Text>
                    ))}
                  </Stack>
                </Box>
              ) : null}
            </Timeline.Item>
          );
        })}
      </Timeline>
    </>
  );
}
