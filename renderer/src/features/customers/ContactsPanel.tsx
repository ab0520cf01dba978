import { ActionIcon, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconMail, IconPencil, IconPhone, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nowTimestamp } from '../../app/clock';
import { database } from '../../db/database';
import { draftFromContact, EMPTY_CONTACT_DRAFT, validateContact, type ContactDraft } from '../../domain/customer-draft';
import type { Contact, Customer } from '../../domain/model';
import { useFieldErrors } from './field-errors';
import { deleteContact, saveContact } from './mutations';
import { useNotify } from './undo-notice';

/** Inline form for one contact: Enter saves, Escape cancels. */
function ContactForm({ customerId, contact, onClose }: { customerId: string; contact: Contact | null; onClose(): void }) {
  const { t } = useTranslation();
  const errors = useFieldErrors();
  const notify = useNotify();
  const form = useForm<ContactDraft>({
    mode: 'controlled',
    initialValues: contact ? draftFromContact(contact) : EMPTY_CONTACT_DRAFT,
    validateInputOnBlur: ['email', 'phone'],
    validate: (values) => {
      const result = validateContact(values);
      return result.ok ? {} : errors.messages(result.errors);
    },
  });

  const submit = async (draft: ContactDraft) => {
    try {
      const result = await saveContact(database(), customerId, contact?.id ?? null, draft, nowTimestamp());
      if (!result.ok) {
        form.setErrors(errors.messages(result.errors));
        return;
      }
      notify.done(t(contact ? 'customers.notices.contactUpdated' : 'customers.notices.contactAdded'), result.undo);
      onClose();
    } catch (error) {
      notify.failed(error);
    }
  };

  return (
    <form
      noValidate
      aria-label={t(contact ? 'customers.contacts.editTitle' : 'customers.contacts.addTitle')}
      onSubmit={form.onSubmit((draft) => void submit(draft))}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <Paper withBorder p="sm" radius="md" bg="var(--mantine-color-default-hover)">
        <Stack gap="xs">
          <SimpleGrid cols={2} spacing="xs">
            <TextInput size="xs" label={t('customers.contacts.name')} autoFocus {...form.getInputProps('name')} />
            <TextInput size="xs" label={t('customers.contacts.role')} placeholder={t('customers.contacts.rolePlaceholder')} {...form.getInputProps('role')} />
            <TextInput size="xs" label={t('customers.contacts.email')} type="email" placeholder="compta@client.fr" {...form.getInputProps('email')} />
            <TextInput size="xs" label={t('customers.contacts.phone')} type="tel" placeholder="04 78 12 34 56" {...form.getInputProps('phone')} />
          </SimpleGrid>
          <Group justify="flex-end" gap="xs">
            <Button size="xs" variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button size="xs" type="submit">
              {t('customers.contacts.save')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </form>
  );
}

function ContactLine({ contact, onEdit, onDelete }: { contact: Contact; onEdit(): void; onDelete(): void }) {
  const { t } = useTranslation();
  const shownName = contact.name || contact.role || t('customers.contacts.unnamed');
  return (
    <Group justify="space-between" wrap="nowrap" align="flex-start" data-testid="contact-line">
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Group gap={6} wrap="nowrap">
          <Text size="sm" fw={600} truncate>
            {shownName}
          </Text>
          {contact.role && contact.name && (
            <Text size="xs" c="dimmed" truncate>
              {contact.role}
            </Text>
          )}
          {contact.fromImport && (
            <Badge size="xs" variant="light" color="gray" tt="none" title={t('customers.contacts.fromImportHint')}>
              {t('customers.contacts.fromImport')}
            </Badge>
          )}
        </Group>
        {contact.email && (
          <Group gap={4} wrap="nowrap">
            <IconMail size={12} aria-hidden />
            <Text size="xs" truncate>
              {contact.email}
            </Text>
          </Group>
        )}
        {contact.phone && (
          <Group gap={4} wrap="nowrap">
            <IconPhone size={12} aria-hidden />
            <Text size="xs">{contact.phone}</Text>
          </Group>
        )}
      </Stack>
      <Group gap={2} wrap="nowrap">
        <ActionIcon variant="subtle" color="gray" onClick={onEdit} aria-label={t('customers.contacts.editLabel', { name: shownName })}>
          <IconPencil size={14} />
        </ActionIcon>
        <ActionIcon variant="subtle" color="red" onClick={onDelete} aria-label={t('customers.contacts.deleteLabel', { name: shownName })}>
          <IconTrash size={14} />
        </ActionIcon>
      </Group>
    </Group>
  );
}

/** The people to call or write to: added, corrected and removed in place. */
export function ContactsPanel({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const notify = useNotify();
  // null: no form open; 'new': adding; otherwise the id of the contact being corrected.
  const [editing, setEditing] = useState<string | null>(null);

  const remove = async (contact: Contact) => {
    try {
      const change = await deleteContact(database(), customer.id, contact.id, nowTimestamp());
      notify.done(t('customers.notices.contactDeleted', { name: contact.name || contact.email || contact.phone || '' }), change);
    } catch (error) {
      notify.failed(error);
    }
  };

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('customers.contacts.title')}
          </Title>
          {editing === null && (
            <Button size="compact-sm" variant="subtle" leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')}>
              {t('customers.contacts.add')}
            </Button>
          )}
        </Group>
        {customer.contacts.length === 0 && editing !== 'new' && (
          <Text size="sm" c="dimmed">
            {t('customers.contacts.none')}
          </Text>
        )}
        {customer.contacts.map((contact) =>
          editing === contact.id ? (
            <ContactForm key={contact.id} customerId={customer.id} contact={contact} onClose={() => setEditing(null)} />
          ) : (
            <ContactLine key={contact.id} contact={contact} onEdit={() => setEditing(contact.id)} onDelete={() => void remove(contact)} />
          ),
        )}
        {editing === 'new' && <ContactForm customerId={customer.id} contact={null} onClose={() => setEditing(null)} />}
      </Stack>
    </Paper>
  );
}
