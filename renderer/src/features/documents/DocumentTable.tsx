import { ActionIcon, Box, Group, Menu, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconDots, IconExternalLink, IconFileAlert, IconFileOff, IconFolderOpen, IconMail, IconMailbox, IconPrinter } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { moveRowFocus } from '../../app/table/row-focus';
import { memo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format';
import { canBeRegistered, documentDay, isKnownDocumentKind, isPdfDocument, registeredStatus } from '../../domain/documents';
import type { Customer, DocumentRecord, Id } from '../../domain/model';
import classes from './DocumentTable.module.css';
import { BlockedBadge } from '../customers/BlockedBadge';
import { RegisteredBadge } from './RegisteredBadge';
import type { FileStatus } from './use-documents';
import { documentTitle } from './use-document-actions';

const ROW_HEIGHT = 48;
const COLUMNS = ['date', 'customer', 'kind', 'title', 'pages', 'registered', 'actions'] as const;

export interface DocumentRowActions {
  open(doc: DocumentRecord): void;
  print(doc: DocumentRecord): void;
  reveal(doc: DocumentRecord): void;
  email(doc: DocumentRecord): void;
  track(doc: DocumentRecord): void;
}

/** The documents, virtualised (years of letters stay smooth); Enter opens the focused one, arrows move. */
export function DocumentTable({
  rows,
  customers,
  fileStatus,
  actions,
}: {
  rows: DocumentRecord[];
  customers: ReadonlyMap<Id, Customer>;
  fileStatus: ReadonlyMap<Id, FileStatus>;
  actions: DocumentRowActions;
}) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // Until the element is measured (and in tests, where nothing has a size).
    initialRect: { width: 1000, height: 600 },
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number) => {
    if (event.target !== event.currentTarget) return; // a key on a button of the row is the button's
    const doc = rows[index];
    if (!doc) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      if (fileStatus.get(doc.id) !== 'missing') actions.open(doc);
    } else moveRowFocus(event, index, rows.length, virtualizer, scrollRef);
  };

  return (
    <Box className={classes.table} role="table" aria-rowcount={rows.length + 1} aria-label={t('documents.title')}>
      <div className={`${classes.row} ${classes.header}`} role="row">
        {COLUMNS.map((column) => (
          <div key={column} role="columnheader" className={classes.headerCell} data-align={column === 'pages' ? 'right' : undefined}>
            <Text size="xs" fw={600}>
              {t(`documents.columns.${column}`)}
            </Text>
          </div>
        ))}
      </div>
      <div ref={scrollRef} className={classes.body} data-testid="documents-scroll">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const doc = rows[item.index]!;
            return (
              <div
                key={doc.id}
                role="row"
                tabIndex={0}
                data-index={item.index}
                data-testid="document-row"
                data-id={doc.id}
                data-file={fileStatus.get(doc.id) ?? 'unknown'}
                className={classes.row}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                onKeyDown={(event) => onKeyDown(event, item.index)}
              >
                <DocumentRow doc={doc} customer={customers.get(doc.customerId)} file={fileStatus.get(doc.id)} actions={actions} />
              </div>
            );
          })}
        </div>
      </div>
    </Box>
  );
}

const DocumentRow = memo(function DocumentRow({
  doc,
  customer,
  file,
  actions,
}: {
  doc: DocumentRecord;
  customer: Customer | undefined;
  file: FileStatus | undefined;
  actions: DocumentRowActions;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const title = documentTitle(doc);
  const missing = file === 'missing';
  const pdf = isPdfDocument(doc);
  const status = registeredStatus(doc);
  const registrable = canBeRegistered(doc);
  const kind = isKnownDocumentKind(doc.kind) ? t(`documents.kinds.${doc.kind}`) : doc.kind;

  return (
    <>
      <div role="cell" className={classes.cell}>
        <Text size="sm">{format.date(documentDay(doc))}</Text>
      </div>
      <div role="cell" className={classes.cell}>
        {customer ? (
          // The column is narrow: a blocked customer's flag goes under its name, so both stay readable.
          <Stack gap={2} align="flex-start">
            <Text size="sm" fw={500} truncate component={Link} to={`/clients/${customer.id}`} className={classes.link} title={customer.name} maw="100%">
              {customer.name}
            </Text>
            <BlockedBadge blocked={customer.blocked} />
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {doc.kind === 'batch' ? t('documents.severalCustomers') : '—'}
          </Text>
        )}
      </div>
      <div role="cell" className={classes.cell}>
        <Text size="sm" truncate>
          {kind}
        </Text>
      </div>
      <div role="cell" className={classes.cell}>
        <Text size="sm" truncate title={title} td={missing ? 'line-through' : undefined} c={missing ? 'dimmed' : undefined}>
          {title}
        </Text>
        {file === 'missing' && (
          <Group gap={4} wrap="nowrap" c="red" data-testid="file-missing">
            <IconFileOff size={13} aria-hidden />
            <Text size="xs" fw={500} truncate>
              {t('documents.file.missing')}
            </Text>
          </Group>
        )}
        {file === 'changed' && (
          <Tooltip label={t('documents.file.changedHint')} multiline w={280} openDelay={300}>
            <Group gap={4} wrap="nowrap" c="orange.8" data-testid="file-changed">
              <IconFileAlert size={13} aria-hidden />
              <Text size="xs" fw={500} truncate>
                {t('documents.file.changed')}
              </Text>
            </Group>
          </Tooltip>
        )}
      </div>
      <div role="cell" className={classes.cell} data-align="right">
        <Text size="sm">{doc.pages ? doc.pages : '—'}</Text>
      </div>
      <div role="cell" className={classes.cell}>
        {status.state !== 'none' ? (
          <UnstyledButton onClick={() => actions.track(doc)} aria-label={t('documents.actions.trackFor', { title })} style={{ maxWidth: '100%' }}>
            <RegisteredBadge status={status} />
          </UnstyledButton>
        ) : (
          <RegisteredBadge status={status} />
        )}
      </div>
      <div role="cell" className={classes.cell}>
        <Group gap={4} wrap="nowrap">
          <Tooltip label={t('documents.actions.open')} openDelay={400}>
            <ActionIcon variant="subtle" aria-label={t('documents.actions.openFor', { title })} disabled={missing} onClick={() => actions.open(doc)}>
              <IconExternalLink size={18} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('documents.actions.print')} openDelay={400}>
            <ActionIcon variant="subtle" aria-label={t('documents.actions.printFor', { title })} disabled={missing || !pdf} onClick={() => actions.print(doc)}>
              <IconPrinter size={18} />
            </ActionIcon>
          </Tooltip>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" aria-label={t('documents.actions.moreFor', { title })}>
                <IconDots size={18} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconFolderOpen size={16} />} disabled={missing} onClick={() => actions.reveal(doc)}>
                {t('documents.actions.reveal')}
              </Menu.Item>
              <Menu.Item leftSection={<IconMail size={16} />} disabled={missing || !pdf} onClick={() => actions.email(doc)}>
                {t('documents.actions.email')}
              </Menu.Item>
              <Menu.Item leftSection={<IconMailbox size={16} />} disabled={!registrable} onClick={() => actions.track(doc)}>
                {t('documents.actions.track')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </div>
    </>
  );
});
