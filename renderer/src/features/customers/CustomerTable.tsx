import { Box, Group, Text } from '@mantine/core';
import { SortHeader } from '../../app/table/SortHeader';
import { moveRowFocus } from '../../app/table/row-focus';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useFormat } from '../../app/format';
import type { CustomerRow, CustomerSort, CustomerSortKey } from '../../domain/customer-list';
import { BlockedBadge } from './BlockedBadge';
import classes from './CustomerTable.module.css';

const COLUMNS: { key: CustomerSortKey; align?: 'right' }[] = [
  { key: 'name' },
  { key: 'reference' },
  { key: 'kind' },
  { key: 'openInvoices', align: 'right' },
  { key: 'openCents', align: 'right' },
  { key: 'lateCents', align: 'right' },
  { key: 'oldestDaysLate', align: 'right' },
  { key: 'blocked' },
];

const ROW_HEIGHT = 42;

/** The customers, virtualised: only the visible rows are in the page, so 1 500 scroll smoothly. */
export function CustomerTable({ rows, sort, onSort }: { rows: CustomerRow[]; sort: CustomerSort; onSort(sort: CustomerSort): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  const open = (row: CustomerRow) => void navigate(`/clients/${row.customer.id}`);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number) => {
    const row = rows[index];
    if (!row) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      open(row);
    } else moveRowFocus(event, index, rows.length, virtualizer, scrollRef);
  };

  return (
    <Box className={classes.table} role="table" aria-rowcount={rows.length + 1} aria-label={t('customers.list.title')}>
      <div className={`${classes.row} ${classes.header}`} role="row">
        {COLUMNS.map((column) => (
          <SortHeader
            key={column.key}
            column={column.key}
            label={t(`customers.list.columns.${column.key}`)}
            align={column.align}
            sort={sort}
            onSort={onSort}
          />
        ))}
      </div>
      <div ref={scrollRef} className={classes.body} data-testid="customers-scroll">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            const { customer, summary } = row;
            return (
              <div
                key={customer.id}
                role="row"
                tabIndex={0}
                data-index={item.index}
                data-testid="customer-row"
                data-reference={customer.reference}
                className={classes.row}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                onClick={() => open(row)}
                onKeyDown={(event) => onKeyDown(event, item.index)}
              >
                <div role="cell" className={classes.cell}>
                  <Text size="sm" fw={500} truncate component={Link} to={`/clients/${customer.id}`} className={classes.link} onClick={(e) => e.stopPropagation()}>
                    {customer.name}
                  </Text>
                </div>
                <div role="cell" className={classes.cell}>
                  <Text size="sm" c="dimmed" truncate>
                    {customer.reference}
                  </Text>
                </div>
                <div role="cell" className={classes.cell}>
                  <Text size="sm" truncate>
                    {t(`customers.kinds.${customer.kind}`)}
                  </Text>
                </div>
                <div role="cell" className={classes.cell} data-align="right">
                  <Text size="sm">{summary.openInvoices || '—'}</Text>
                </div>
                <div role="cell" className={classes.cell} data-align="right">
                  <Text size="sm" fw={600}>
                    {summary.openCents ? format.money(summary.openCents) : '—'}
                  </Text>
                </div>
                <div role="cell" className={classes.cell} data-align="right">
                  <Text size="sm" c={summary.lateCents > 0 ? 'red' : undefined}>
                    {summary.lateCents ? format.money(summary.lateCents) : '—'}
                  </Text>
                </div>
                <div role="cell" className={classes.cell} data-align="right">
                  <Text size="sm" c={summary.oldestDaysLate > 60 ? 'red' : undefined}>
                    {summary.oldestDaysLate > 0 ? t('customers.daysValue', { count: summary.oldestDaysLate }) : '—'}
                  </Text>
                </div>
                <div role="cell" className={classes.cell}>
                  <BlockedBadge blocked={customer.blocked} />
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </Box>
  );
}
