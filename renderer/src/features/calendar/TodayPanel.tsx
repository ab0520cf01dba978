import { Anchor, Button, Group, Paper, Text, Title } from '@mantine/core';
import { IconPhoneCall } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, type IsoDate } from '../../domain/dates';
import type { Task } from '../../domain/model';
import { callPath } from '../call/call-path';
import { BlockedBadge } from '../customers/BlockedBadge';
import classes from './Calendar.module.css';
import { TaskChip } from './TaskChip';
import { useBlockedCustomers } from './use-calendar';

const SHOWN = 6;

interface Props {
  tasks: Task[];
  today: IsoDate;
  names: Map<string, string>;
  language: 'fr' | 'en';
  onOpenTask(task: Task): void;
  onShowAll(): void;
}

/** What is due today or late, late first with the day it was due. */
export function TodayPanel({ tasks, today, names, language, onOpenTask, onShowAll }: Props) {
  const { t } = useTranslation();
  const blocked = useBlockedCustomers();
  const late = tasks.filter((task) => task.date < today).length;
  return (
    <Paper withBorder p="sm" radius="md" data-testid="today-panel">
      <Group justify="space-between" mb={tasks.length ? 6 : 0} wrap="nowrap">
        <Group gap="xs">
          <Title order={2} size="h5">
            {t('calendar.todayPanel.title')}
          </Title>
          <Text size="sm" c={late ? 'red.7' : 'dimmed'} data-testid="today-count">
            {t('calendar.todayPanel.count', { count: tasks.length, late })}
          </Text>
        </Group>
        {tasks.length > SHOWN ? (
          <Anchor component="button" size="sm" onClick={onShowAll}>
            {t('calendar.todayPanel.showAll')}
          </Anchor>
        ) : null}
      </Group>
      <div className={classes.todayList}>
        {tasks.slice(0, SHOWN).map((task) => (
          <div key={task.id} className={classes.todayRow} data-testid="today-row">
            <TaskChip
              task={task}
              customer={names.get(task.customerId) ?? '…'}
              today={today}
              language={language}
              onOpen={onOpenTask}
            />
            <Group gap="sm" wrap="nowrap">
              <BlockedBadge blocked={blocked.get(task.customerId) ?? null} />
              {task.action === 'call' ? (
                <Button
                  component={Link}
                  to={callPath(task.customerId, task.id)}
                  size="compact-xs"
                  variant="light"
                  leftSection={<IconPhoneCall size={12} />}
                  aria-label={t('call.calendar.callLabel', { name: names.get(task.customerId) ?? '' })}
                  data-testid="today-call"
                >
                  {t('call.calendar.call')}
                </Button>
              ) : null}
              {task.date < today ? (
                <span className={classes.late}>
                  {t('calendar.late', { date: formatDate(task.date) })}
                  {task.originalDate !== task.date ? ` (${t('calendar.originalDate', { date: formatDate(task.originalDate) })})` : ''}
                </span>
              ) : null}
            </Group>
          </div>
        ))}
        {tasks.length > SHOWN ? (
          <Text size="xs" c="dimmed">
            {t('calendar.todayPanel.andMore', { count: tasks.length - SHOWN })}
          </Text>
        ) : null}
      </div>
    </Paper>
  );
}
