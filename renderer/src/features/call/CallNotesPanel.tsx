import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconDeviceFloppy, IconPlayerPause, IconPlayerPlay } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../domain/model';
import { formatDuration, type FormField, type NotesDraft } from './call-form';
import { FIELD_IDS } from './field-ids';
import classes from './Call.module.css';

export interface CallTimer {
  seconds: number;
  running: boolean;
  toggle(): void;
}

interface Props {
  notes: NotesDraft;
  checkOnText: string;
  contacts: readonly Contact[];
  whoId: string;
  errors: Partial<Record<FormField, string>>;
  refused: boolean;
  saving: boolean;
  timer: CallTimer;
  onNotes(change: Partial<NotesDraft>): void;
  onWho(id: string): void;
  onSave(): void;
}

type TextKey = 'theirStep' | 'ourStep' | 'dates' | 'ifBroken';

/** Right column: the running timer, who answered, the five points of the written follow-up, and saving. */
export function CallNotesPanel({ notes, checkOnText, contacts, whoId, errors, refused, saving, timer, onNotes, onWho, onSave }: Props) {
  const { t } = useTranslation();
  const text = (key: TextKey, id: string, first = false) => (
    <Textarea
      id={id}
      label={t(`call.notes.${key}`)}
      placeholder={t(`call.notes.${key}Placeholder`)}
      value={notes[key]}
      onChange={(event) => onNotes({ [key]: event.currentTarget.value })}
      autosize
      minRows={1}
      maxRows={4}
      error={first ? errors.notes : undefined}
      data-testid={`call-notes-${key}`}
    />
  );
  return (
    <Stack gap="sm">
      <Paper withBorder radius="md" p="sm">
        <Group justify="space-between" wrap="nowrap">
          <div>
            <Text size="xs" c="dimmed">
              {t('call.timer.label')}
              {timer.running ? '' : ` · ${t('call.timer.paused')}`}
            </Text>
            <Text className={classes.timer} data-testid="call-timer" aria-live="off">
              {formatDuration(timer.seconds)}
            </Text>
          </div>
          <Button
            variant="default"
            size="xs"
            leftSection={timer.running ? <IconPlayerPause size={14} /> : <IconPlayerPlay size={14} />}
            onClick={timer.toggle}
            data-testid="call-timer-toggle"
          >
            {timer.running ? t('call.timer.pause') : t('call.timer.resume')}
          </Button>
        </Group>
      </Paper>

      <Stack gap="xs" component="section" aria-labelledby="call-notes-title">
        <div>
          <Title order={2} size="h4" id="call-notes-title">
            {t('call.notes.title')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('call.notes.hint')}
          </Text>
        </div>
        <NativeSelect
          label={t('call.notes.who')}
          value={whoId}
          onChange={(event) => onWho(event.currentTarget.value)}
          data={[{ value: '', label: t('call.notes.whoNone') }, ...contacts.map((c) => ({ value: c.id, label: c.name || c.role || c.phone || c.id }))]}
          data-testid="call-who"
        />
        {text('theirStep', FIELD_IDS.notes, true)}
        {text('ourStep', 'call-notes-our')}
        {text('dates', 'call-notes-dates')}
        <TextInput
          id={FIELD_IDS.checkOn}
          label={t('call.notes.checkOn')}
          placeholder={t('call.datePlaceholder')}
          value={checkOnText}
          onChange={(event) => onNotes({ checkOn: event.currentTarget.value })}
          error={errors.checkOn}
          data-testid="call-notes-checkOn"
        />
        {text('ifBroken', 'call-notes-if-broken')}
      </Stack>

      {refused ? (
        <Alert color="red" variant="light" p="xs" role="alert" data-testid="call-refused">
          <Text size="sm">{t('call.refused')}</Text>
        </Alert>
      ) : null}
      <Stack gap={2}>
        <Button leftSection={<IconDeviceFloppy size={16} />} onClick={onSave} loading={saving} data-testid="call-save">
          {t('call.save')}
        </Button>
        <Text size="xs" c="dimmed" ta="center">
          {t('call.saveHint')}
        </Text>
      </Stack>
    </Stack>
  );
}
