import { Box, Button, Group, Loader, Stack, Text, ThemeIcon, Timeline } from '@mantine/core';
import { IconCertificate, IconFileText, IconMail, IconNote, IconPaperclip, IconPhone, IconWalk } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { database } from '../../db/database';
import type { DocumentRecord, Id, Interaction } from '../../domain/model';
import { documentTitle, useDocumentActions } from '../documents/use-document-actions';

type Channel = Interaction['channel'];

const ICONS: Record<Channel, ComponentType<{ size?: number }>> = {
  call: IconPhone,
  email: IconMail,
  letter: IconFileText,
  'registered-letter': IconCertificate,
  visit: IconWalk,
  note: IconNote,
};

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
  const { t } = useTranslation();
  const data = useTimeline(customerId);
  const dateTime = useDateTime();
  const actions = useDocumentActions(() => undefined);

  if (!data) return <Loader size="sm" aria-label={t('customers.timeline.loading')} />;
  if (data.interactions.length === 0) {
    return (
      <Text c="dimmed" data-testid="timeline-empty">
        {t('customers.timeline.empty')}
      </Text>
    );
  }

  return (
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
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="timeline-summary">
              {interaction.summary}
            </Text>
            {interaction.outcome ? (
              <Text size="sm" c="dimmed" data-testid="timeline-outcome">
                {t('customers.timeline.outcome', { outcome: interaction.outcome })}
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
  );
}
