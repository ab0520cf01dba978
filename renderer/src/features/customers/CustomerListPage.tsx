import { Alert, Button, Group, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconFileImport, IconPlus, IconSearch } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format';
import { CUSTOMER_FILTERS, type CustomerFilter, type CustomerSort } from '../../domain/customer-list';
import { CustomerTable } from './CustomerTable';
import { useCustomers } from './use-customers';

/** /clients: every customer with what it owes, searchable as you type. */
export function CustomerListPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<CustomerFilter>('all');
  const [sort, setSort] = useState<CustomerSort>({ key: 'lateCents', direction: 'desc' });
  const search = useRef<HTMLInputElement>(null);
  const list = useCustomers(query, filter, sort);

  useHotkeys([
    ['mod+F', () => search.current?.focus()],
    ['/', () => search.current?.focus()],
  ]);

  return (
    <Stack gap="sm" h="calc(100vh - 56px - 2 * var(--mantine-spacing-lg))">
      <Group justify="space-between">
        <Title order={1}>{t('customers.list.title')}</Title>
        <Button component={Link} to="/clients/nouveau" leftSection={<IconPlus size={16} />}>
          {t('customers.list.new')}
        </Button>
      </Group>
      <Group gap="sm" align="center" wrap="wrap">
        <TextInput
          ref={search}
          aria-label={t('customers.list.searchLabel')}
          placeholder={t('customers.list.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          w={360}
          data-testid="customers-search"
        />
        <SegmentedControl
          aria-label={t('customers.list.filterLabel')}
          value={filter}
          onChange={(value) => setFilter(value as CustomerFilter)}
          data={CUSTOMER_FILTERS.map((value) => ({ value, label: t(`customers.list.filters.${value}`) }))}
        />
      </Group>

      {!list.loading && list.total === 0 ? (
        <Alert variant="light" title={t('customers.list.empty')}>
          <Group mt="xs" gap="sm">
            <Button component={Link} to="/clients/nouveau" leftSection={<IconPlus size={16} />}>
              {t('customers.list.new')}
            </Button>
            <Button component={Link} to="/import" variant="light" leftSection={<IconFileImport size={16} />}>
              {t('customers.list.import')}
            </Button>
          </Group>
        </Alert>
      ) : (
        <>
          <CustomerTable rows={list.shown} sort={sort} onSort={setSort} />
          {list.shown.length === 0 && !list.loading && <Text c="dimmed">{t('customers.list.noMatch')}</Text>}
          <Text size="sm" c="dimmed" data-testid="customers-totals">
            {t('customers.list.totals', {
              count: list.totals.count,
              open: format.money(list.totals.openCents),
              late: format.money(list.totals.lateCents),
            })}
          </Text>
        </>
      )}
    </Stack>
  );
}
