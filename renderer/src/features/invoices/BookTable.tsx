import { Box, Checkbox, Text } from '@mantine/core';
import { IconPlayerPause } from '@tabler/icons-react';
import { SortHeader } from '../../app/table/SortHeader';
import { useVirtualizer } from '@tanstack/react-virtual';
import { moveRowFocus } from '../../app/table/row-focus';
import { memo, useCallback, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format';
import type { BookRow, BookSort, SortKey } from '../../domain/invoice-book';
import { BlockedBadge } from '../customers/BlockedBadge';
import classes from './BookTable.module.css';

const COLUMNS: { key: SortKey | 'hold'; align?: 'right' }[] = [
  { key: 'number' },
  { key: 'customer' },
  { key: 'issueDate' },
  { key: 'dueDate' },
  { key: 'daysLate', align: 'right' },
  { key: 'amount', align: 'right' },
  { key: 'open', align: 'right' },
  { key: 'status' },
  { key: 'hold' },
];

const ROW_HEIGHT = 40;

const STATUS_COLORS: Record<BookRow['status'], string> = {
  'not-due': 'gray',
  late: 'red',
  paid: 'teal',
  'partly-paid': 'orange',
  disputed: 'grape',
  'on-hold': 'blue',
};

/**
 * One row, in plain elements: a search re-renders the ~30 visible rows, and Mantine components in
 * every cell made that cost tens of milliseconds. Memoised, so rows that stay in view are skipped.
 */
const BookRowView = memo(function BookRowView({
  row,
  index,
  top,
  selected,
  onToggle,
  onKeyDown,
}: {
  row: BookRow;
  index: number;
  top: number;
  selected: boolean;
  onToggle(id: string): void;
  onKeyDown(event: KeyboardEvent<HTMLDivElement>, index: number): void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { invoice } = row;
  return (
    <div
      role="row"
      tabIndex={0}
      data-index={index}
      data-testid="book-row"
      data-number={invoice.number}
      aria-selected={selected}
      className={classes.row}
      data-selected={selected || undefined}
      style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${top}px)` }}
      onKeyDown={(event) => onKeyDown(event, index)}
    >
      <div role="cell" className={classes.cell}>
        <input
          type="checkbox"
          className={classes.check}
          checked={selected}
          onChange={() => onToggle(invoice.id)}
          aria-label={t('book.selectRow', { number: invoice.number })}
          tabIndex={-1}
        />
      </div>
      <div role="cell" className={`${classes.cell} ${classes.text} ${classes.strong}`}>
        {invoice.number}
      </div>
      <div role="cell" className={`${classes.cell} ${classes.customer}`}>
        {row.customerBlocked && <BlockedBadge blocked={row.customerBlocked} size="sm" />}
        <Link to={`/clients/${invoice.customerId}`} className={`${classes.link} ${classes.text}`}>
          {row.customerName}
        </Link>
      </div>
      <div role="cell" className={`${classes.cell} ${classes.text}`}>
        {format.date(invoice.issueDate)}
      </div>
      <div role="cell" className={`${classes.cell} ${classes.text}`}>
        {format.date(invoice.dueDate)}
      </div>
      <div role="cell" className={`${classes.cell} ${classes.text}`} data-align="right" data-late={row.daysLate > 60 || undefined}>
        {row.daysLate > 0 ? t('book.daysLateValue', { count: row.daysLate }) : '—'}
      </div>
      <div role="cell" className={`${classes.cell} ${classes.text}`} data-align="right">
        {format.money(invoice.amountCents)}
      </div>
      <div role="cell" className={`${classes.cell} ${classes.text} ${classes.bold}`} data-align="right">
        {format.money(invoice.openCents)}
      </div>
      <div role="cell" className={classes.cell}>
        <span className={classes.badge} data-color={STATUS_COLORS[row.status]} data-status={row.status}>
          {t(`status.${row.status}`)}
        </span>
      </div>
      <div role="cell" className={`${classes.cell} ${classes.text} ${classes.small}`} title={row.held ? invoice.hold?.reason : undefined}>
        {row.held && invoice.hold && (
          <>
            <IconPlayerPause size={13} className={classes.icon} />
            {invoice.hold.until ? t('book.holdUntil', { date: format.date(invoice.hold.until) }) : t('book.holdOpenEnded')}
          </>
        )}
      </div>
    </div>
  );
});

/** Memoised: typing in the search box re-renders the page, not the table, until rows change. */
export const BookTable = memo(function BookTable({
  rows,
  sort,
  onSort,
  selected,
  onToggle,
  onToggleAll,
}: {
  rows: BookRow[];
  sort: BookSort;
  onSort(sort: BookSort): void;
  selected: Set<string>;
  onToggle(id: string): void;
  onToggleAll(): void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.invoice.id));
  const someSelected = !allSelected && rows.some((r) => selected.has(r.invoice.id));

  const onKeyDown = useCallback((event: KeyboardEvent<HTMLDivElement>, index: number) => {
    const row = rows[index];
    if (!row) return;
    if (event.key === ' ') {
      event.preventDefault();
      onToggle(row.invoice.id);
    } else moveRowFocus(event, index, rows.length, virtualizer, scrollRef);
  }, [rows, onToggle, virtualizer]);

  return (
    <Box className={classes.table} role="table" aria-rowcount={rows.length + 1}>
      <div className={`${classes.row} ${classes.header}`} role="row">
        <div role="columnheader" className={classes.cell}>
          <Checkbox
            size="xs"
            checked={allSelected}
            indeterminate={someSelected}
            onChange={onToggleAll}
            aria-label={t('book.selectAll')}
          />
        </div>
        {COLUMNS.map((column) =>
          column.key === 'hold' ? (
            <div key={column.key} role="columnheader" className={classes.cell}>
              <Text size="xs" fw={600}>
                {t('book.columns.hold')}
              </Text>
            </div>
          ) : (
            <SortHeader
              key={column.key}
              column={column.key}
              label={t(`book.columns.${column.key}`)}
              align={column.align}
              sort={sort}
              onSort={onSort}
            />
          ),
        )}
      </div>
      <div ref={scrollRef} className={classes.body} data-testid="book-scroll">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            return (
              <BookRowView
                key={row.invoice.id}
                row={row}
                index={item.index}
                top={item.start}
                selected={selected.has(row.invoice.id)}
                onToggle={onToggle}
                onKeyDown={onKeyDown}
              />
            );
          })}
        </div>
      </div>
    </Box>
  );
});
