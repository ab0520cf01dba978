import { Alert, Button, Group, MultiSelect, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconCash, IconCircleCheck, IconFileImport, IconMailForward, IconPlayerPause, IconPlayerPlay, IconSearch, IconX } from '@tabler/icons-react';
import { memo, startTransition, useCallback, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { nowTimestamp, today } from '../../app/clock';
import { useFormat } from '../../app/format';
import { database } from '../../db/database';
import { DEFAULT_FILTERS, type BookFilters, type BookSort } from '../../domain/invoice-book';
import { LATENESS_BUCKETS } from '../../domain/invoice-status';
import type { Hold, InvoiceStatus } from '../../domain/model';
import { BatchLettersModal } from '../letter-generation/BatchLettersModal';
import { BookTable } from './BookTable';
import { HoldModal } from './HoldModal';
import { liftHold, markPaid, putOnHold, recordPayment, undo, type Undoable } from './mutations';
import { PaymentModal } from './PaymentModal';
import { useBook } from './use-book';

const STATUSES: InvoiceStatus[] = ['late', 'not-due', 'partly-paid', 'disputed', 'on-hold', 'paid'];

/**
 * The search box keeps its own text, so a keystroke shows at once; the book follows in a
 * transition that React may interrupt when the next key comes.
 */
const SearchBox = memo(function SearchBox({
  inputRef,
  onQuery,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  onQuery(query: string): void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  return (
    <TextInput
      ref={inputRef}
      aria-label={t('book.searchLabel')}
      placeholder={t('book.searchPlaceholder')}
      leftSection={<IconSearch size={16} />}
      value={text}
      onChange={(event) => {
        const value = event.currentTarget.value;
        setText(value);
        startTransition(() => onQuery(value));
      }}
      w={320}
      data-testid="book-search"
    />
  );
});

/** Status, lateness and hold filters: memoised so a keystroke in the search box skips them. */
const ListFilters = memo(function ListFilters({
  statuses,
  bucket,
  hold,
  onChange,
}: Pick<BookFilters, 'statuses' | 'bucket' | 'hold'> & { onChange(change: Partial<BookFilters>): void }) {
  const { t } = useTranslation();
  return (
    <>
      <MultiSelect
        aria-label={t('book.statusFilter')}
        placeholder={statuses.length ? undefined : t('book.statusFilterPlaceholder')}
        data={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        value={statuses}
        onChange={(value) => onChange({ statuses: value as InvoiceStatus[] })}
        w={260}
        clearable
        data-testid="filter-status"
      />
      <Select
        aria-label={t('book.bucketFilter')}
        data={(['all', ...LATENESS_BUCKETS] as const).map((b) => ({ value: b, label: t(`buckets.${b}`) }))}
        value={bucket}
        allowDeselect={false}
        onChange={(value) => onChange({ bucket: (value ?? 'all') as BookFilters['bucket'] })}
        w={170}
        data-testid="filter-bucket"
      />
      <Select
        aria-label={t('book.holdFilter')}
        data={(['all', 'held', 'not-held'] as const).map((h) => ({ value: h, label: t(`book.holdOptions.${h}`) }))}
        value={hold}
        allowDeselect={false}
        onChange={(value) => onChange({ hold: (value ?? 'all') as BookFilters['hold'] })}
        w={140}
        data-testid="filter-hold"
      />
    </>
  );
});

/**
 * The customer filter holds up to thousands of options: memoised so a keystroke in the search box
 * does not re-render it, and limited to the first matches while typing.
 */
const CustomerFilter = memo(function CustomerFilter({
  value,
  options,
  onChange,
}: {
  value: string | null;
  options: { value: string; label: string }[];
  onChange(value: string | null): void;
}) {
  const { t } = useTranslation();
  return (
    <Select
      aria-label={t('book.customerFilter')}
      placeholder={t('book.customerFilterPlaceholder')}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      clearable
      limit={100}
      w={240}
      data-testid="filter-customer"
    />
  );
});

export function InvoiceBookPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [filters, setFilters] = useState<BookFilters>(DEFAULT_FILTERS);
  const [sort, setSort] = useState<BookSort>({ key: 'daysLate', direction: 'desc' });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [holdOpen, setHoldOpen] = useState(false);
  const [paying, setPaying] = useState<boolean>(false);
  const [lettering, setLettering] = useState(false);
  const search = useRef<HTMLInputElement>(null);
  const book = useBook(filters, sort);

  useHotkeys([
    ['mod+F', () => search.current?.focus()],
    ['/', () => search.current?.focus()],
  ]);

  const toggle = useCallback(
    (id: string) =>
      setSelected((current) => {
        const next = new Set(current);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );
  const shownRows = book.shown;
  const toggleAll = useCallback(
    () =>
      setSelected((current) =>
        shownRows.every((r) => current.has(r.invoice.id)) ? new Set() : new Set(shownRows.map((r) => r.invoice.id)),
      ),
    [shownRows],
  );

  const setCustomer = useCallback((customerId: string | null) => setFilters((f) => ({ ...f, customerId })), []);
  const setQuery = useCallback((query: string) => setFilters((f) => ({ ...f, query })), []);
  const patchFilters = useCallback((change: Partial<BookFilters>) => setFilters((f) => ({ ...f, ...change })), []);
  const [resetKey, setResetKey] = useState(0);

  const selectedInvoices = useMemo(
    () => book.rows.filter((r) => selected.has(r.invoice.id)).map((r) => r.invoice),
    [book.rows, selected],
  );
  const customerOptions = useMemo(
    () =>
      [...book.customers.values()]
        .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
        .map((c) => ({ value: c.id, label: `${c.name} (${c.reference})` })),
    [book.customers],
  );

  const done = (message: string, change: Undoable) => {
    const id = `undo-${Date.now()}`;
    notifications.show({
      id,
      color: 'teal',
      autoClose: 8000,
      message: (
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">{message}</Text>
          <Button
            size="compact-xs"
            variant="light"
            onClick={() => {
              notifications.hide(id);
              void undo(database(), change).then(() =>
                notifications.show({ color: 'gray', message: t('book.done.undone') }),
              );
            }}
          >
            {t('book.undo')}
          </Button>
        </Group>
      ),
    });
    setSelected(new Set());
  };

  const ids = [...selected];
  const actions = {
    hold: async (hold: Hold) => {
      setHoldOpen(false);
      done(t('book.done.hold', { count: ids.length }), await putOnHold(database(), ids, hold, nowTimestamp()));
    },
    lift: async () => done(t('book.done.liftHold', { count: ids.length }), await liftHold(database(), ids, nowTimestamp())),
    pay: async (input: { amountCents: number; date: string; reference: string }) => {
      setPaying(false);
      const result = await recordPayment(database(), { invoiceIds: ids, ...input, now: nowTimestamp() });
      if (result.ok) done(t('book.done.payment', { amount: format.money(input.amountCents) }), result.undo);
      else notifications.show({ color: 'red', message: t('book.paymentModal.oneCustomer') });
    },
    markPaid: () => {
      const open = selectedInvoices.reduce((sum, i) => sum + i.openCents, 0);
      modals.openConfirmModal({
        title: t('book.markPaidModal.title'),
        children: <Text size="sm">{t('book.markPaidModal.body', { count: ids.length, amount: format.money(open) })}</Text>,
        labels: { confirm: t('book.markPaidModal.confirm'), cancel: t('common.cancel') },
        onConfirm: async () =>
          done(t('book.done.markPaid', { count: ids.length }), await markPaid(database(), ids, today(), nowTimestamp())),
      });
    },
  };

  const filtered = filters.query !== '' || filters.statuses.length > 0 || filters.bucket !== 'all' || filters.customerId !== null || filters.hold !== 'all';

  return (
    <Stack gap="sm" h="calc(100vh - 56px - 2 * var(--mantine-spacing-lg))">
      <Group justify="space-between">
        <Title order={1}>{t('book.title')}</Title>
        <Button component={Link} to="/import" variant="light" leftSection={<IconFileImport size={16} />}>
          {t('book.emptyAction')}
        </Button>
      </Group>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <SearchBox key={resetKey} inputRef={search} onQuery={setQuery} />
        <ListFilters statuses={filters.statuses} bucket={filters.bucket} hold={filters.hold} onChange={patchFilters} />
        <CustomerFilter value={filters.customerId} options={customerOptions} onChange={setCustomer} />
        {filtered && (
          <Button
            variant="subtle"
            leftSection={<IconX size={14} />}
            onClick={() => {
              setFilters(DEFAULT_FILTERS);
              setResetKey((k) => k + 1);
            }}
          >
            {t('book.resetFilters')}
          </Button>
        )}
      </Group>

      {selected.size > 0 && (
        <Paper withBorder p="xs" radius="md" data-testid="bulk-bar">
          {/* Buttons keep their full label and wrap to a second line rather than shrink. */}
          <Group gap="xs" wrap="wrap" preventGrowOverflow={false}>
            <Text size="sm" fw={600} mr="sm">
              {t('book.selected', { count: selected.size })}
            </Text>
            <Button size="xs" variant="light" leftSection={<IconPlayerPause size={14} />} onClick={() => setHoldOpen(true)}>
              {t('book.actions.hold')}
            </Button>
            <Button size="xs" variant="light" leftSection={<IconPlayerPlay size={14} />} onClick={() => void actions.lift()}>
              {t('book.actions.liftHold')}
            </Button>
            <Button size="xs" variant="light" leftSection={<IconCash size={14} />} onClick={() => setPaying(true)}>
              {t('book.actions.recordPayment')}
            </Button>
            <Button size="xs" variant="light" color="grape" leftSection={<IconMailForward size={14} />} onClick={() => setLettering(true)} data-testid="bulk-letters">
              {t('letterGeneration.batch.action')}
            </Button>
            <Button size="xs" variant="light" color="teal" leftSection={<IconCircleCheck size={14} />} onClick={actions.markPaid}>
              {t('book.actions.markPaid')}
            </Button>
            <Button size="xs" variant="subtle" color="gray" onClick={() => setSelected(new Set())} ml="auto">
              {t('book.clearSelection')}
            </Button>
          </Group>
        </Paper>
      )}

      {!book.partial && book.total === 0 ? (
        <Alert variant="light" title={t('book.empty')}>
          <Button component={Link} to="/import" mt="xs" leftSection={<IconFileImport size={16} />}>
            {t('book.emptyAction')}
          </Button>
        </Alert>
      ) : (
        <>
          <BookTable
            rows={book.shown}
            sort={sort}
            onSort={setSort}
            selected={selected}
            onToggle={toggle}
            onToggleAll={toggleAll}
          />
          {book.shown.length === 0 && !book.loading && !book.partial && <Text c="dimmed">{t('book.noMatch')}</Text>}
          <Text size="sm" c="dimmed" data-testid={book.partial ? 'book-loading' : 'book-totals'}>
            {book.partial
              ? t('book.loadingAll')
              : t('book.totals', {
                  count: book.totals.count,
                  amount: format.money(book.totals.amountCents),
                  open: format.money(book.totals.openCents),
                  late: format.money(book.totals.lateOpenCents),
                })}
          </Text>
        </>
      )}
      {/* Mounted only while open: a keystroke in the search box then has nothing to re-render here. */}
      {holdOpen && <HoldModal opened onClose={() => setHoldOpen(false)} onConfirm={(hold) => void actions.hold(hold)} />}
      {lettering && <BatchLettersModal invoices={selectedInvoices} onClose={() => setLettering(false)} />}
      {paying && <PaymentModal invoices={selectedInvoices} onClose={() => setPaying(false)} onConfirm={(input) => void actions.pay(input)} />}
    </Stack>
  );
}
