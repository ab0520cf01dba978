import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nowTimestamp, today } from '../../app/clock';
import { database } from '../../db/database';
import type { BlockDraft, BlockErrors } from '../../domain/customer-draft';
import { formatDate } from '../../domain/dates';
import type { Customer } from '../../domain/model';
import { useFieldErrors } from './field-errors';
import { blockCustomer } from './mutations';
import { useNotify } from './undo-notice';

function BlockForm({ customer, onClose }: { customer: Customer; onClose(): void }) {
  const { t } = useTranslation();
  const fieldErrors = useFieldErrors();
  const notify = useNotify();
  const [draft, setDraft] = useState<BlockDraft>({ reason: '', since: formatDate(today()) });
  const [errors, setErrors] = useState<BlockErrors>({});

  const submit = async () => {
    try {
      const result = await blockCustomer(database(), customer.id, draft, today(), nowTimestamp());
      if (!result.ok) {
        setErrors(result.errors);
        return;
      }
      notify.done(t('customers.notices.blocked', { name: customer.name }), result.undo);
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
        <Text size="sm">{t('customers.blockForm.intro')}</Text>
        <TextInput
          label={t('customers.blockForm.reason')}
          placeholder={t('customers.blockForm.reasonPlaceholder')}
          withAsterisk
          data-autofocus
          value={draft.reason}
          onChange={(event) => setDraft({ ...draft, reason: event.currentTarget.value })}
          error={fieldErrors.message(errors.reason)}
        />
        <TextInput
          label={t('customers.blockForm.since')}
          placeholder={t('customers.datePlaceholder')}
          withAsterisk
          value={draft.since}
          onChange={(event) => setDraft({ ...draft, since: event.currentTarget.value })}
          error={fieldErrors.message(errors.since)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red">
            {t('customers.blockForm.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Blocks the customer's account for new orders (PRODUCT.md: consequences). */
export function BlockModal({ customer, opened, onClose }: { customer: Customer; opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('customers.blockForm.title', { name: customer.name })} centered>
      {opened && <BlockForm customer={customer} onClose={onClose} />}
    </Modal>
  );
}
