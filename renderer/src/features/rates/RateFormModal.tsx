import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { today } from '../../app/clock';
import { useFormat } from '../../app/format';
import { database } from '../../db/database';
import { newRateId, saveRate } from '../../db/rates';
import { formatDate } from '../../domain/dates';
import type { RateRow } from '../../domain/model';
import { formatPercentPlain } from '../../domain/rates/percent';
import { isHalfYearKind, proposeRate, readRateDraft, type RateDraft, type RateErrors, type RateKind } from '../../domain/rates/rate-table';
import { useRateText } from './rate-text';

/** What the modal works on: a new row of a table, or an existing row. */
export type RateFormTarget = { mode: 'add'; kind: RateKind } | { mode: 'edit'; row: RateRow };

function RateForm({ target, rates, onClose }: { target: RateFormTarget; rates: RateRow[]; onClose(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useRateText();
  const kind = target.mode === 'add' ? target.kind : target.row.kind;
  const proposal = target.mode === 'add' ? proposeRate(rates, kind, today()) : null;
  const [draft, setDraft] = useState<RateDraft>(() =>
    target.mode === 'edit'
      ? { kind, from: formatDate(target.row.from), rate: formatPercentPlain(target.row.basisPoints, format.locale), source: target.row.source }
      : {
          kind,
          from: proposal?.from ? formatDate(proposal.from) : '',
          rate: proposal?.basisPoints != null ? formatPercentPlain(proposal.basisPoints, format.locale) : '',
          source: proposal?.source ?? '',
        },
  );
  const [errors, setErrors] = useState<RateErrors>({});
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<RateDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const editingId = target.mode === 'edit' ? target.row.id : undefined;

  const submit = async () => {
    const read = readRateDraft(draft, rates, editingId);
    if (!read.ok) {
      setErrors(read.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      // A row the user typed or corrected is a figure they checked: it is confirmed.
      const result = await saveRate(database(), { id: editingId ?? newRateId(), ...read.value, confirmed: true });
      if (!result.ok) {
        setErrors(result.errors);
        return;
      }
      notifications.show({ color: 'teal', message: t('rates.notices.saved', { period: text.period(result.row), rate: text.percent(result.row.basisPoints) }) });
      onClose();
    } catch (error) {
      console.error('rates: could not save a rate', error);
      notifications.show({ color: 'red', title: t('rates.notices.failedTitle'), message: t('rates.notices.failed', { reason: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      noValidate
      data-testid="rate-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm">
        {proposal?.ecb && (
          <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />} data-testid="rate-proposal">
            {t('rates.form.proposal', { ecb: text.percent(proposal.ecb.basisPoints), date: format.date(proposal.ecb.from) })}
          </Alert>
        )}
        <TextInput
          label={t(isHalfYearKind(kind) ? 'rates.form.fromHalfYear' : 'rates.form.fromEcb')}
          description={t(isHalfYearKind(kind) ? 'rates.form.fromHalfYearHint' : 'rates.form.fromEcbHint')}
          placeholder={t('rates.form.datePlaceholder')}
          withAsterisk
          data-autofocus={target.mode === 'add' && !proposal?.from ? true : undefined}
          value={draft.from}
          onChange={(event) => set({ from: event.currentTarget.value })}
          error={text.error(errors.from)}
        />
        <TextInput
          label={t('rates.form.rate')}
          placeholder={format.locale === 'fr-FR' ? '12,15' : '12.15'}
          withAsterisk
          inputMode="decimal"
          data-autofocus={target.mode === 'edit' || proposal?.from ? true : undefined}
          rightSection={<Text size="sm" c="dimmed">%</Text>}
          value={draft.rate}
          onChange={(event) => set({ rate: event.currentTarget.value })}
          error={text.error(errors.rate)}
        />
        <TextInput
          label={t('rates.form.source')}
          description={t('rates.form.sourceHint')}
          value={draft.source}
          onChange={(event) => set({ source: event.currentTarget.value })}
          error={text.error(errors.source)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('rates.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Adds a half-year (or an ECB change) to a table, or corrects a row. */
export function RateFormModal({ target, rates, onClose }: { target: RateFormTarget | null; rates: RateRow[]; onClose(): void }) {
  const { t } = useTranslation();
  const text = useRateText();
  // Keeps the title while the modal fades out after `target` went back to null.
  const shown = useRef(target);
  if (target) shown.current = target;
  const last = shown.current;
  const title = !last
    ? ''
    : last.mode === 'add'
      ? t(isHalfYearKind(last.kind) ? 'rates.form.titleAddHalfYear' : 'rates.form.titleAddEcb', { table: t(`rates.kinds.${last.kind}.title`) })
      : t('rates.form.titleEdit', { table: t(`rates.kinds.${last.row.kind}.title`), period: text.period(last.row) });
  return (
    <Modal opened={target !== null} onClose={onClose} title={title} centered size="lg">
      {target && <RateForm target={target} rates={rates} onClose={onClose} />}
    </Modal>
  );
}
