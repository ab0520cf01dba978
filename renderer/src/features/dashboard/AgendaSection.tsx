import { Anchor, Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format';
import { isAgreementTask } from '../../domain/agreements/follow-up';
import { taskTitle } from '../../domain/calendar-export';
import type { PromiseDue } from '../../domain/dashboard';
import type { IsoDate } from '../../domain/dates';
import type { Customer, Id, Task } from '../../domain/model';
import { CustomerLink } from './CustomerLink';
import { Panel } from './Panel';

/** Tasks listed per group before "and N more in the calendar". */
const SHOWN = 6;

function PromisesPanel({ due, customers }: { due: PromiseDue[]; customers: ReadonlyMap<Id, Customer> }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Panel title={t('dashboard.promises.title')} hint={t('dashboard.promises.hint')} testId="dashboard-promises">
      {due.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dashboard.promises.none')}
        </Text>
      ) : (
        <Stack gap={6}>
          {due.map(({ promise, checkDate, inDays }) => (
            <Group key={promise.id} justify="space-between" wrap="nowrap" gap="sm" data-testid="promise-due">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <CustomerLink customerId={promise.customerId} customer={customers.get(promise.customerId)} />
                <Text size="xs" c="dimmed">
                  {t('dashboard.promises.what', { amount: format.money(promise.amountCents), date: format.date(promise.promisedDate) })}
                </Text>
              </Stack>
              <Badge variant="light" color={inDays <= 0 ? 'orange' : 'gray'} tt="none" style={{ flexShrink: 0 }}>
                {inDays === 0
                  ? t('dashboard.promises.checkToday')
                  : t(inDays < 0 ? 'dashboard.promises.checkPassed' : 'dashboard.promises.checkOn', { date: format.date(checkDate) })}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
    </Panel>
  );
}

/**
 * What a task says: a promise's or an instalment's check by its own label ("Promesse non tenue :
 * 1 200,00 € promis pour le …"), another task by its action, with the words of the user if any.
 */
function whatToDo(task: Task, language: 'fr' | 'en'): string {
  const label = task.label?.trim();
  if (label && isAgreementTask(task)) return label;
  const title = taskTitle(task, language);
  return label && label !== title ? `${title} · ${label}` : title;
}

function TaskRows({ label, tasks, today, customers, late }: { label: string; tasks: Task[]; today: IsoDate; customers: ReadonlyMap<Id, Customer>; late: boolean }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  if (tasks.length === 0) return null;
  const language = i18n.language === 'en' ? 'en' : 'fr';
  return (
    <Stack gap={4} data-testid={late ? 'tasks-missed' : 'tasks-today'}>
      <Group gap={6}>
        <Text size="xs" fw={700} tt="uppercase" c={late ? 'red' : 'dimmed'}>
          {label}
        </Text>
        <Badge size="sm" variant={late ? 'filled' : 'light'} color={late ? 'red' : 'gray'} circle={tasks.length < 10}>
          {tasks.length}
        </Badge>
      </Group>
      {tasks.slice(0, SHOWN).map((task) => (
        <Group key={task.id} justify="space-between" wrap="nowrap" gap="sm" data-testid="dashboard-task">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <CustomerLink customerId={task.customerId} customer={customers.get(task.customerId)} />
            <Text size="xs" c="dimmed" lineClamp={2}>
              {whatToDo(task, language)}
            </Text>
          </Stack>
          {task.date < today ? (
            <Text size="xs" c="red" style={{ flexShrink: 0 }}>
              {t('dashboard.actions.plannedOn', { date: format.date(task.date) })}
            </Text>
          ) : null}
        </Group>
      ))}
      {tasks.length > SHOWN ? (
        <Anchor component={Link} to="/calendrier" size="xs">
          {t('dashboard.actions.more', { count: tasks.length - SHOWN })}
        </Anchor>
      ) : null}
    </Stack>
  );
}

function ActionsPanel({ missed, todays, today, customers }: { missed: Task[]; todays: Task[]; today: IsoDate; customers: ReadonlyMap<Id, Customer> }) {
  const { t } = useTranslation();
  return (
    <Panel
      title={t('dashboard.actions.title')}
      testId="dashboard-actions"
      action={
        <Anchor component={Link} to="/calendrier" size="sm">
          <Group gap={4} wrap="nowrap">
            {t('dashboard.actions.openCalendar')}
            <IconArrowRight size={14} />
          </Group>
        </Anchor>
      }
    >
      {missed.length === 0 && todays.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dashboard.actions.none')}
        </Text>
      ) : (
        <Stack gap="sm">
          <TaskRows label={t('dashboard.actions.missed')} tasks={missed} today={today} customers={customers} late />
          <TaskRows label={t('dashboard.actions.today')} tasks={todays} today={today} customers={customers} late={false} />
        </Stack>
      )}
    </Panel>
  );
}

/** The promises to check this week, beside today's and the missed actions. */
export function AgendaSection(props: { due: PromiseDue[]; missed: Task[]; todays: Task[]; today: IsoDate; customers: ReadonlyMap<Id, Customer> }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <ActionsPanel missed={props.missed} todays={props.todays} today={props.today} customers={props.customers} />
      <PromisesPanel due={props.due} customers={props.customers} />
    </SimpleGrid>
  );
}
