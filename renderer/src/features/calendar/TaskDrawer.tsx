import { Anchor, Badge, Button, Drawer, Group, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPhoneCall } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format';
import { database } from '../../db/database';
import { ACTION_NAMES } from '../../domain/schedule/messages';
import { isValidIsoDate, type IsoDate } from '../../domain/dates';
import type { Invoice, Task } from '../../domain/model';
import type { TemplateKind } from '../../domain/templates/kinds';
import { callPath } from '../call/call-path';
import { BlockedBadge } from '../customers/BlockedBadge';

/** The letter the composer opens for an action that is a letter or an e-mail. */
export const COMPOSER_KIND: Partial<Record<Task['action'], TemplateKind>> = {
  'courtesy-email': 'courtesy',
  'email-reminder': 'courtesy',
  'letter-1': 'reminder-1',
  'letter-2': 'reminder-2',
  'formal-notice': 'formal-notice',
};

interface Props {
  taskId: string | null;
  today: IsoDate;
  names: Map<string, string>;
  language: 'fr' | 'en';
  onClose(): void;
  onMove(task: Task, date: IsoDate): void;
  onDone(task: Task): void;
  onSkip(task: Task): void;
  onCompose(task: Task, kind: TemplateKind): void;
}

/** One action: who, which invoices, when; move it, do it, mark it done or skip it. */
export function TaskDrawer({ taskId, today, names, language, onClose, onMove, onDone, onSkip, onCompose }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const task = useLiveQuery(async () => (taskId ? ((await database().tasks.get(taskId)) ?? null) : null), [taskId]);
  const invoices = useLiveQuery(
    async () => (task ? (await database().invoices.bulkGet(task.invoiceIds)).filter((i): i is Invoice => !!i) : []),
    [task],
  );
  const customerRow = useLiveQuery(async () => (task ? ((await database().customers.get(task.customerId)) ?? null) : null), [task?.customerId]);
  const [date, setDate] = useState('');
  useEffect(() => setDate(task?.date ?? ''), [task?.date]);

  const customer = task ? (names.get(task.customerId) ?? '…') : '';
  const title = task ? (task.action === 'custom' && task.label ? task.label : ACTION_NAMES[task.action][language]) : '';
  const planned = task?.status === 'planned';
  const composerKind = task ? COMPOSER_KIND[task.action] : undefined;
  const total = (invoices ?? []).reduce((sum, i) => sum + i.openCents, 0);

  return (
    <Drawer opened={taskId !== null} onClose={onClose} position="right" size="md" title={title} data-testid="task-drawer">
      {task ? (
        <Stack gap="md">
          <Group gap="xs">
            <Badge variant="light" color={task.status === 'planned' ? (task.date < today ? 'red' : 'indigo') : 'gray'}>
              {task.status === 'planned' && task.date < today
                ? t('calendar.late', { date: format.date(task.date) })
                : t(`calendar.task.status.${task.status}`)}
            </Badge>
          </Group>
          <div>
            <Text size="xs" c="dimmed">
              {t('calendar.task.customer')}
            </Text>
            <Group gap="xs">
              <Anchor component={Link} to={`/clients/${encodeURIComponent(task.customerId)}`} fw={600} data-testid="task-customer">
                {customer}
              </Anchor>
              <BlockedBadge blocked={customerRow?.blocked} />
            </Group>
          </div>
          {task.action === 'promise-check' || task.action === 'instalment-check' ? <AgreementCheck task={task} /> : null}
          <Group gap="xl">
            <div>
              <Text size="xs" c="dimmed">
                {t('calendar.task.date')}
              </Text>
              <Text fw={500}>{format.longDate(task.date)}</Text>
            </div>
            <div>
              <Text size="xs" c="dimmed">
                {t('calendar.task.originalDate')}
              </Text>
              <Text data-testid="task-original-date">{format.longDate(task.originalDate)}</Text>
            </div>
          </Group>
          <div>
            <Text size="xs" c="dimmed" mb={4}>
              {t('calendar.task.invoices')}
            </Text>
            {invoices && invoices.length ? (
              <Table withTableBorder fz="sm" data-testid="task-invoices">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('calendar.task.number')}</Table.Th>
                    <Table.Th>{t('calendar.task.dueDate')}</Table.Th>
                    <Table.Th ta="right">{t('calendar.task.open')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {invoices.map((invoice) => (
                    <Table.Tr key={invoice.id}>
                      <Table.Td>{invoice.number}</Table.Td>
                      <Table.Td>{format.date(invoice.dueDate)}</Table.Td>
                      <Table.Td ta="right">{format.money(invoice.openCents)}</Table.Td>
                    </Table.Tr>
                  ))}
                  {invoices.length > 1 ? (
                    <Table.Tr>
                      <Table.Td colSpan={2} fw={600}>
                        {t('calendar.task.total')}
                      </Table.Td>
                      <Table.Td ta="right" fw={600}>
                        {format.money(total)}
                      </Table.Td>
                    </Table.Tr>
                  ) : null}
                </Table.Tbody>
              </Table>
            ) : (
              <Text size="sm" c="dimmed">
                {t('calendar.task.noInvoice')}
              </Text>
            )}
          </div>
          {planned ? (
            <>
              <form
                onSubmit={(event) => {
                  event.preventDefault();
                  if (isValidIsoDate(date) && date !== task.date) onMove(task, date);
                }}
              >
                <Group align="flex-end" gap="xs">
                  <TextInput
                    type="date"
                    label={t('calendar.task.moveTo')}
                    value={date}
                    onChange={(event) => setDate(event.currentTarget.value)}
                    error={date && !isValidIsoDate(date) ? t('calendar.move.invalidDate') : undefined}
                    data-testid="task-date"
                  />
                  <Button type="submit" variant="default" disabled={!isValidIsoDate(date) || date === task.date}>
                    {t('calendar.task.move')}
                  </Button>
                </Group>
              </form>
              <Group gap="xs">
                {composerKind ? (
                  <Button onClick={() => onCompose(task, composerKind)} data-testid="task-do">
                    {t('calendar.task.do')}
                  </Button>
                ) : task.action === 'call' ? (
                  <Button component={Link} to={callPath(task.customerId, task.id)} leftSection={<IconPhoneCall size={16} />} data-testid="task-do">
                    {t('call.calendar.call')}
                  </Button>
                ) : task.action === 'promise-check' || task.action === 'instalment-check' ? (
                  <Button component={Link} to={callPath(task.customerId)} leftSection={<IconPhoneCall size={16} />} data-testid="task-call">
                    {t('call.calendar.call')}
                  </Button>
                ) : task.action === 'litigation-review' ? (
                  <Button component={Link} to={`/clients/${encodeURIComponent(task.customerId)}`} data-testid="task-do">
                    {t('calendar.task.doReview')}
                  </Button>
                ) : null}
                <Button variant="light" color="teal" onClick={() => onDone(task)} data-testid="task-done">
                  {t('calendar.task.done')}
                </Button>
                <Button variant="subtle" color="gray" onClick={() => onSkip(task)} data-testid="task-skip">
                  {t('calendar.task.skip')}
                </Button>
              </Group>
            </>
          ) : null}
        </Stack>
      ) : null}
    </Drawer>
  );
}

/** What a promise's or an instalment's check task checks: the promise or the instalment, as they stand. */
function AgreementCheck({ task }: { task: Task }) {
  const { t } = useTranslation();
  const format = useFormat();
  const found = useLiveQuery(async () => {
    const db = database();
    if (task.action === 'promise-check') {
      const promise = task.promiseId ? await db.promises.get(task.promiseId) : undefined;
      return promise
        ? t('call.calendar.promise', {
            madeOn: format.date(promise.madeOn ?? promise.promisedDate),
            status: t(`call.facts.promiseStatus.${promise.status}`),
          })
        : t('call.calendar.promiseGone');
    }
    const plan = task.planId ? await db.plans.get(task.planId) : undefined;
    const index = plan ? plan.instalments.findIndex((i) => i.id === task.instalmentId) : -1;
    const instalment = plan?.instalments[index];
    return plan && instalment
      ? t('call.calendar.instalment', {
          position: index + 1,
          count: plan.instalments.length,
          amount: format.money(instalment.amountCents),
          paid: format.money(instalment.paidCents),
        })
      : t('call.calendar.planGone');
  }, [task.action, task.promiseId, task.planId, task.instalmentId, t, format.locale]);
  return (
    <Paper withBorder radius="md" p="xs" bg="var(--mantine-color-green-light)" data-testid="task-checks">
      <Text size="xs" c="dimmed">
        {t('call.calendar.checks')}
      </Text>
      {task.label ? <Text fw={500}>{task.label}</Text> : null}
      {found ? <Text size="sm">{found}</Text> : null}
    </Paper>
  );
}
