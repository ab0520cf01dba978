import { ActionIcon, Alert, Button, Group, MultiSelect, Select, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconFilterOff, IconSearch, IconUsers } from '@tabler/icons-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { bridgeErrorMessage } from '../../bridge/messages';
import { database } from '../../db/database';
import { recordRegisteredLetter, undoRegisteredLetter, type RegisteredChange } from '../../db/documents';
import { DOCUMENT_KINDS, EMPTY_DOCUMENT_FILTERS, hasActiveFilters, type DocumentFilters, type RegisteredErrors } from '../../domain/documents';
import type { DocumentRecord } from '../../domain/model';
import { DocumentTable, type DocumentRowActions } from './DocumentTable';
import { RegisteredModal, type RegisteredSubmit } from './RegisteredModal';
import { useDocumentActions } from './use-document-actions';
import { useDocuments, useFileStatus } from './use-documents';
import { UndoButton } from './UndoButton';

/**
 * /documents: every document Relance wrote, newest first, with what can be done with it (open,
 * print, show in the folder, send again by e-mail) and the tracking of registered letters.
 * `?client=<id>` opens it filtered on one customer.
 */
export function DocumentsPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const [filters, setFilters] = useState<DocumentFilters>(() => ({ ...EMPTY_DOCUMENT_FILTERS, customerId: params.get('client') }));
  const [tracking, setTracking] = useState<DocumentRecord | null>(null);
  const search = useRef<HTMLInputElement>(null);
  const list = useDocuments(filters);
  const files = useFileStatus(list.all);
  const act = useDocumentActions(files.markMissing);

  useHotkeys([
    ['mod+F', () => search.current?.focus()],
    ['/', () => search.current?.focus()],
  ]);

  const change = (patch: Partial<DocumentFilters>) => setFilters((previous) => ({ ...previous, ...patch }));

  const { customers } = list;
  const actions = useMemo<DocumentRowActions>(
    () => ({
      open: (doc) => void act.open(doc).catch(act.unexpected),
      print: (doc) => void act.print(doc).catch(act.unexpected),
      reveal: (doc) => void act.reveal(doc).catch(act.unexpected),
      email: (doc) => void act.email(doc, customers.get(doc.customerId)),
      track: (doc) => setTracking(doc),
    }),
    // act's functions only close over stable values (t, the bridge, markMissing)
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [customers, i18n.language],
  );

  const saveTracking = useCallback(
    async (doc: DocumentRecord, values: RegisteredSubmit): Promise<RegisteredErrors | null> => {
      try {
        const result = await recordRegisteredLetter(database(), doc.id, values, { language: i18n.language === 'en' ? 'en' : 'fr' });
        if (!result.ok) return result.errors;
        setTracking(null);
        if (result.change) notifyTracked(result.change);
        return null;
      } catch (error) {
        act.unexpected(error);
        return null;
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [i18n.language],
  );

  // Only the latest outcome stays on screen, with its "Annuler".
  const lastNotice = useRef<string | null>(null);
  const notifyTracked = (change: RegisteredChange) => {
    const id = `documents-tracked-${change.documentId}-${Date.now()}`;
    if (lastNotice.current) notifications.hide(lastNotice.current);
    lastNotice.current = id;
    notifications.show({
      id,
      color: 'teal',
      autoClose: 8000,
      message: (
        <UndoButton
          message={t('documents.registered.saved')}
          label={t('documents.notices.undo')}
          onUndo={() => {
            notifications.hide(id);
            undoRegisteredLetter(database(), change)
              .then((undone) =>
                notifications.show(
                  undone ? { color: 'gray', message: t('documents.registered.undone') } : { color: 'orange', message: t('documents.registered.undoStale') },
                ),
              )
              .catch(act.unexpected);
          }}
        />
      ),
    });
  };

  const kindOptions = useMemo(() => DOCUMENT_KINDS.map((kind) => ({ value: kind, label: t(`documents.kinds.${kind}`) })), [t]);
  const filtered = hasActiveFilters(filters);

  return (
    <Stack gap="sm" h="calc(100vh - 56px - 2 * var(--mantine-spacing-lg))">
      <Title order={1}>{t('documents.title')}</Title>

      {!list.loading && list.total === 0 ? (
        <Alert variant="light" title={t('documents.empty.title')} data-testid="documents-empty" maw={760}>
          <Text size="sm">{t('documents.empty.body')}</Text>
          <Text size="sm" mt="xs">
            {t('documents.empty.tracking')}
          </Text>
          <Button component={Link} to="/clients" mt="sm" variant="light" leftSection={<IconUsers size={16} />}>
            {t('documents.empty.toCustomers')}
          </Button>
        </Alert>
      ) : (
        <>
          <Group gap="sm" align="flex-end" wrap="wrap">
            <TextInput
              ref={search}
              label={t('documents.filters.search')}
              placeholder={t('documents.filters.searchPlaceholder')}
              leftSection={<IconSearch size={16} />}
              value={filters.query}
              onChange={(event) => change({ query: event.currentTarget.value })}
              w={220}
              data-testid="documents-search"
            />
            <Select
              label={t('documents.filters.customer')}
              placeholder={t('documents.filters.customerPlaceholder')}
              data={list.customerOptions}
              value={filters.customerId}
              onChange={(value) => change({ customerId: value })}
              searchable
              clearable
              limit={100}
              nothingFoundMessage={t('documents.filters.noCustomer')}
              w={200}
              data-testid="filter-customer"
            />
            <MultiSelect
              label={t('documents.filters.kind')}
              placeholder={filters.kinds.length ? undefined : t('documents.filters.kindPlaceholder')}
              data={kindOptions}
              value={filters.kinds}
              onChange={(kinds) => change({ kinds })}
              clearable
              w={200}
              data-testid="filter-kind"
            />
            <TextInput
              type="date"
              label={t('documents.filters.from')}
              value={filters.from}
              max={filters.to || undefined}
              onChange={(event) => change({ from: event.currentTarget.value })}
              w={140}
              data-testid="filter-from"
            />
            <TextInput
              type="date"
              label={t('documents.filters.to')}
              value={filters.to}
              min={filters.from || undefined}
              onChange={(event) => change({ to: event.currentTarget.value })}
              w={140}
              data-testid="filter-to"
            />
            {filtered && (
              <Tooltip label={t('documents.filters.reset')}>
                <ActionIcon size={36} variant="subtle" aria-label={t('documents.filters.reset')} onClick={() => setFilters(EMPTY_DOCUMENT_FILTERS)}>
                  <IconFilterOff size={18} />
                </ActionIcon>
              </Tooltip>
            )}
          </Group>

          {files.error && (
            <Alert color="yellow" variant="light" data-testid="files-check-error">
              {t('documents.file.checkFailed', { reason: bridgeErrorMessage(t, files.error) })}
            </Alert>
          )}

          <DocumentTable rows={list.shown} customers={customers} fileStatus={files.status} actions={actions} />
          {list.shown.length === 0 && !list.loading && <Text c="dimmed">{t('documents.noMatch')}</Text>}
          <Text size="sm" c="dimmed" data-testid="documents-count">
            {filtered
              ? t('documents.countFiltered', { count: list.shown.length, total: list.total })
              : t('documents.count', { count: list.total })}
          </Text>
        </>
      )}

      <RegisteredModal document={tracking} onClose={() => setTracking(null)} onSave={saveTracking} />
    </Stack>
  );
}
