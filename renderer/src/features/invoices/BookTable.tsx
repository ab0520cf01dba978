import { Box, Checkbox, Group, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlayerPause } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format';
import type { BookRow, BookSort, SortKey } from '../../domain/invoice-book';
import { StatusBadge } from './StatusBadge';
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

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number) => {
    const row = rows[index];
    if (!row) return;
    if (event.key === ' ') {
      event.preventDefault();
      onToggle(row.invoice.id);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = Math.min(rows.length - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)));
      virtualizer.scrollToIndex(next);
      requestAnimationFrame(() =>
        scrollRef.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus(),
      );
    }
  };

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
        {COLUMNS.map((column) => (
          <div
            key={column.key}
            role="columnheader"
            className={classes.cell}
            data-align={column.align}
            aria-sort={sort.key === column.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
          >
            {column.key === 'hold' ? (
              <Text size="xs" fw={600}>
                {t('book.columns.hold')}
              </Text>
            ) : (
              <UnstyledButton
                className={classes.sort}
                onClick={() =>
                  onSort({
                    key: column.key as SortKey,
                    direction: sort.key === column.key && sort.direction === 'asc' ? 'desc' : 'asc',
                  })
                }
              >
                <Group gap={4} wrap="nowrap" justify={column.align === 'right' ? 'flex-end' : 'flex-start'}>
                  <Text size="xs" fw={600}>
                    {t(`book.columns.${column.key}`)}
                  </Text>
                  {sort.key === column.key &&
                    (sort.direction === 'asc' ? <IconArrowUp size={12} /> : <IconArrowDown size={12} />)}
                </Group>
              </UnstyledButton>
            )}
          </div>
        ))}
      </div>
      <div ref={scrollRef} className={classes.body} data-testid="book-scroll">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            const { invoice } = row;
            const isSelected = selected.has(invoice.id);
            return (
              <div
                key={invoice.id}
                role="row"
                tabIndex={0}
                data-index={item.index}
                data-testid="book-row"
                data-number={invoice.number}
                aria-selected={isSelected}
                className={classes.row}
                data-selected={isSelected || undefined}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                onKeyDown={(event) => onKeyDown(event, item.index)}
              >
                <div role="cell" className={classes.cell}>
                  <Checkbox
                    size="xs"
                    checked={isSelected}
                    onChange={() => onToggle(invoice.id)}
                    aria-label={t('book.selectRow', { number: invoice.number })}
                    tabIndex={-1}
                  />
                </div>
                <div role="cell" className={classes.cell}>
                  <Text size="sm" fw={500} truncate>
                    {invoice.number}
                  </Text>
                </div>
                <div role="cell" className={`${classes.cell} ${classes.customer}`}>
                  {row.customerBlocked && <BlockedBadge blocked={row.customerBlocked} size="sm" />}
                  <Text size="sm" truncate component={Link} to={`/clients/${invoice.customerId}`} className={classes.link} style={{ display: 'block' }}>
                    {row.customerName}
                  </Text>
                </div>
                <div role="cell" className={classes.cell}>
                  <Text size="sm">{format.date(invoice.issueDate)}</Text>
                </div>
                <div role="cell" className={classes.cell}>
                  <Text size="sm">{format.date(invoice.dueDate)}</Text>
                </div>
                <div role="cell" className={classes.cell} data-align="right">
                  <Text size="sm" c={row.daysLate > 60 ? 'red' : undefined}>
                    {row.daysLate > 0 ? t('book.daysLateValue', { count: row.daysLate }) : '—'}
                  </Text>
                </div>
                <div role="cell" className={classes.cell} data-align="right">
                  <Text size="sm">{format.money(invoice.amountCents)}</Text>
                </div>
                <div role="cell" className={classes.cell} data-align="right">
                  <Text size="sm" fw={600}>
                    {format.money(invoice.openCents)}
                  </Text>
                </div>
                <div role="cell" className={classes.cell}>
                  <StatusBadge status={row.status} />
                </div>
                <div role="cell" className={classes.cell}>
                  {row.held && invoice.hold && (
                    <Group gap={4} wrap="nowrap" title={invoice.hold.reason}>
                      <IconPlayerPause size={14} />
                      <Text size="xs" truncate>
                        {invoice.hold.until
                          ? t('book.holdUntil', { date: format.date(invoice.hold.until) })
                          : t('book.holdOpenEnded')}
                      </Text>
                    </Group>
                  )}
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </Box>
  );
});
