import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nowTimestamp, today } from '../../app/clock';
import { database } from '../../db/database';
import { readDisputeDraft, type DisputeDraft, type DisputeErrors } from '../../domain/customer-dispute';
import { formatDate } from '../../domain/dates';
import type { Invoice } from '../../domain/model';
import { useFieldErrors } from './field-errors';
import { putInDispute } from './mutations';
import { useNotify } from './undo-notice';

function DisputeForm({ invoice, onClose }: { invoice: Invoice; onClose(): void }) {
  const { t } = useTranslation();
  const fieldErrors = useFieldErrors();
  const notify = useNotify();
  const [draft, setDraft] = useState<DisputeDraft>({ reason: '', since: formatDate(today()) });
  const [errors, setErrors] = useState<DisputeErrors>({});

  const submit = async () => {
    const read = readDisputeDraft(draft, today());
    if (!read.ok) {
      setErrors(read.errors);
      return;
    }
    try {
      const result = await putInDispute(database(), invoice.id, read.hold, nowTimestamp());
      if (!result.ok) {
        setErrors({ reason: { code: 'disputePaid' } });
        return;
      }
      notify.done(t('customers.notices.disputed', { number: invoice.number }), result.undo);
      onClose();
    } catch (error) {
      notify.failed(error);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm">
        {invoice.hold && invoice.hold.kind !== 'dispute' && (
          <Alert color="yellow" variant="light">
            {t('customers.disputeForm.replacesHold', { kind: t(`holdKinds.${invoice.hold.kind}`) })}
          </Alert>
        )}
        <TextInput
          label={t('customers.disputeForm.reason')}
          placeholder={t('customers.disputeForm.reasonPlaceholder')}
          withAsterisk
          data-autofocus
          value={draft.reason}
          onChange={(event) => setDraft({ ...draft, reason: event.currentTarget.value })}
          error={fieldErrors.message(errors.reason)}
        />
        <TextInput
          label={t('customers.disputeForm.since')}
          placeholder={t('customers.datePlaceholder')}
          withAsterisk
          value={draft.since}
          onChange={(event) => setDraft({ ...draft, since: event.currentTarget.value })}
          error={fieldErrors.message(errors.since)}
        />
        <Alert variant="light" color="grape">
          {t('customers.disputeForm.hint')}
        </Alert>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="grape">
            {t('customers.disputeForm.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Puts an invoice in dispute: chasing stops until the dispute is lifted. */
export function DisputeModal({ invoice, onClose }: { invoice: Invoice | null; onClose(): void }) {
  const { t } = useTranslation();
  // Keeps the title while the modal fades out after `invoice` went back to null.
  const shown = useRef(invoice);
  if (invoice) shown.current = invoice;
  return (
    <Modal opened={invoice !== null} onClose={onClose} title={t('customers.disputeForm.title', { number: shown.current?.number ?? '' })} centered>
      {invoice && <DisputeForm invoice={invoice} onClose={onClose} />}
    </Modal>
  );
}
