import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from './undo-notice';

interface Props {
  opened: boolean;
  title: string;
  hint: string;
  label: string;
  saveLabel: string;
  /** The text the field starts with, each time the modal opens. */
  initialText: string;
  /** Fields shown above the text (the kind of exchange, who). */
  children?: ReactNode;
  testId: string;
  /** Writes the text; resolves to the message to show under the field, or null once saved. */
  onSave(text: string): Promise<string | null>;
  onClose(): void;
}

/**
 * The modal of a history line's text, written or corrected: the text is refused in place with the
 * message `onSave` returns (nothing written then), else the modal closes.
 */
export function HistoryTextModal({ opened, title, hint, label, saveLabel, initialText, children, testId, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!opened) return;
    setText(initialText);
    setError(null);
  }, [opened, initialText]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    try {
      const refused = await onSave(text);
      if (refused !== null) setError(refused);
      else onClose();
    } catch (failure) {
      notify.failed(failure);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {hint}
          </Text>
          {children}
          <Textarea
            label={label}
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
            data-testid={testId}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('customers.timeline.correctCancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {saveLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
