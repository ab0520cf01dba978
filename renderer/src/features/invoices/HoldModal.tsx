import { Button, Group, Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { today } from '../../app/clock';
import { parseDate } from '../../domain/dates';
import type { Hold } from '../../domain/model';

const KINDS: Hold['kind'][] = ['dispute', 'promise', 'plan', 'manual'];

export function HoldModal({ opened, onClose, onConfirm }: { opened: boolean; onClose(): void; onConfirm(hold: Hold): void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Hold['kind']>('manual');
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState('');
  const [errors, setErrors] = useState<{ reason?: string; until?: string }>({});

  const submit = () => {
    const next: typeof errors = {};
    if (reason.trim() === '') next.reason = t('book.holdModal.reasonRequired');
    let untilIso: string | null = null;
    if (until.trim() !== '') {
      const parsed = parseDate(until);
      if (!parsed.ok) next.until = t('book.paymentModal.dateInvalid');
      else if (parsed.value < today()) next.until = t('book.holdModal.untilPast');
      else untilIso = parsed.value;
    }
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    onConfirm({ kind, reason: reason.trim(), since: today(), until: untilIso });
    setReason('');
    setUntil('');
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('book.holdModal.title')} centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack>
          <Select
            label={t('book.holdModal.kind')}
            value={kind}
            allowDeselect={false}
            onChange={(value) => setKind((value as Hold['kind']) ?? 'manual')}
            data={KINDS.map((value) => ({ value, label: t(`holdKinds.${value}`) }))}
          />
          <Textarea
            label={t('book.holdModal.reason')}
            placeholder={t('book.holdModal.reasonPlaceholder')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={errors.reason}
            withAsterisk
            data-autofocus
            autosize
            minRows={2}
          />
          <TextInput
            label={t('book.holdModal.until')}
            placeholder="JJ/MM/AAAA"
            value={until}
            onChange={(event) => setUntil(event.currentTarget.value)}
            error={errors.until}
          />
          <Text size="xs" c="dimmed">
            {t('book.holdModal.untilHint')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit">{t('book.holdModal.confirm')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
