import { Button, Group, Loader, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconPhoneCall } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { today as todayOf } from '../../app/clock';
import { useFormat } from '../../app/format';
import { database } from '../../db/database';
import { todayTasks } from '../../db/schedule';
import { unansweredAttempts } from '../../domain/agreements/call-outcome';
import { daysLate } from '../../domain/invoice-status';
import type { Customer, Task } from '../../domain/model';
import { BlockedBadge } from '../customers/BlockedBadge';
import { callPath } from './call-path';

interface CallRow {
  task: Task;
  customer: Customer | undefined;
  owedCents: number;
  daysLate: number;
  attempts: number;
}

/** Today's call tasks with what the caller wants to see first, and every customer to search. */
function useCallList(day: string) {
  return useLiveQuery(async () => {
    const db = database();
    const tasks = (await todayTasks(db, day)).filter((task) => task.action === 'call');
    const customerIds = [...new Set(tasks.map((task) => task.customerId))];
    const [customers, invoices, interactions] = await Promise.all([
      db.customers.toArray(),
      db.invoices.where('customerId').anyOf(customerIds).toArray(),
      db.interactions.where('customerId').anyOf(customerIds).toArray(),
    ]);
    const byId = new Map(customers.map((c) => [c.id, c]));
    const rows: CallRow[] = tasks.map((task) => {
      const open = invoices.filter((i) => i.customerId === task.customerId && i.openCents > 0);
      return {
        task,
        customer: byId.get(task.customerId),
        owedCents: open.reduce((sum, i) => sum + i.openCents, 0),
        daysLate: Math.max(0, ...open.map((i) => daysLate(i, day))),
        attempts: unansweredAttempts(interactions.filter((i) => i.customerId === task.customerId)),
      };
    });
    return { rows, customers };
  }, [day]);
}

/** /appel: who to call today (Entrée opens the call), and a search to call anyone else. */
export function CallListPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [day] = useState(todayOf);
  const data = useCallList(day);
  const first = useRef<HTMLAnchorElement>(null);
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (data && !focused) {
      first.current?.focus();
      setFocused(true);
    }
  }, [data, focused]);

  const options = useMemo(
    () =>
      (data?.customers ?? [])
        .map((c) => ({ value: c.id, label: `${c.name} (${c.reference})` }))
        .sort((a, b) => a.label.localeCompare(b.label, 'fr')),
    [data?.customers],
  );

  return (
    <Stack gap="md" maw={1100}>
      <div>
        <Title order={1}>{t('call.list.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('call.list.intro')}
        </Text>
      </div>
      <Paper withBorder radius="md" p="md">
        <Title order={2} size="h4" mb="sm">
          {t('call.list.today')}
        </Title>
        {!data ? (
          <Loader size="sm" aria-label={t('call.list.loading')} />
        ) : data.rows.length === 0 ? (
          <Text c="dimmed" data-testid="call-list-empty">
            {t('call.list.empty')}
          </Text>
        ) : (
          <Table verticalSpacing="xs" highlightOnHover data-testid="call-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('call.list.customer')}</Table.Th>
                <Table.Th ta="right">{t('call.list.owed')}</Table.Th>
                <Table.Th ta="right">{t('call.list.late')}</Table.Th>
                <Table.Th>{t('call.list.attempts')}</Table.Th>
                <Table.Th>{t('call.list.planned')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.rows.map((row, index) => {
                const name = row.customer?.name ?? '…';
                return (
                  <Table.Tr key={row.task.id} data-testid="call-list-row">
                    <Table.Td>
                      <Group gap="xs">
                        <Text fw={500}>{name}</Text>
                        <BlockedBadge blocked={row.customer?.blocked} />
                      </Group>
                    </Table.Td>
                    <Table.Td ta="right">{format.money(row.owedCents)}</Table.Td>
                    <Table.Td ta="right" c={row.daysLate > 0 ? 'red.7' : 'dimmed'}>
                      {row.daysLate > 0 ? t('call.list.daysLate', { count: row.daysLate }) : t('call.list.notLate')}
                    </Table.Td>
                    <Table.Td c={row.attempts > 0 ? 'orange.8' : 'dimmed'}>{t('call.list.attemptsValue', { count: row.attempts })}</Table.Td>
                    <Table.Td c={row.task.date < day ? 'red.7' : undefined}>
                      {row.task.date < day ? t('call.list.lateSince', { date: format.date(row.task.date) }) : format.date(row.task.date)}
                    </Table.Td>
                    <Table.Td ta="right">
                      <Button
                        ref={index === 0 ? first : undefined}
                        component={Link}
                        to={callPath(row.task.customerId, row.task.id)}
                        size="xs"
                        leftSection={<IconPhoneCall size={14} />}
                        aria-label={t('call.list.openLabel', { name })}
                        data-testid="call-list-open"
                      >
                        {t('call.list.open')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <Select
        label={t('call.list.search')}
        placeholder={t('call.list.searchPlaceholder')}
        data={options}
        searchable
        clearable
        nothingFoundMessage={t('call.list.nothingFound')}
        onChange={(id) => id && void navigate(callPath(id))}
        maw={480}
        data-testid="call-search"
      />
    </Stack>
  );
}
