import { Group, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import classes from './virtual-table.module.css';

export interface TableSort<K extends string> {
  key: K;
  direction: 'asc' | 'desc';
}

/** A sortable column header: a click sorts by it, a second click reverses the order. */
export function SortHeader<K extends string>({
  column,
  label,
  align,
  sort,
  onSort,
}: {
  column: K;
  label: string;
  align?: 'right';
  sort: TableSort<K>;
  onSort(sort: TableSort<K>): void;
}) {
  const active = sort.key === column;
  return (
    <div
      role="columnheader"
      className={classes.cell}
      data-align={align}
      aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      <UnstyledButton
        className={classes.sort}
        onClick={() => onSort({ key: column, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' })}
      >
        <Group gap={4} wrap="nowrap" justify={align === 'right' ? 'flex-end' : 'flex-start'}>
          <Text size="xs" fw={600}>
            {label}
          </Text>
          {active && (sort.direction === 'asc' ? <IconArrowUp size={12} /> : <IconArrowDown size={12} />)}
        </Group>
      </UnstyledButton>
    </div>
  );
}
