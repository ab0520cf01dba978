import { Group, Text } from '@mantine/core';
import { BlockedBadge } from '../customers/BlockedBadge';
import { useTranslation } from 'react-i18next';
import { formatDate, type IsoDate } from '../../domain/dates';
import type { Task } from '../../domain/model';
import type { DayOff } from './calendar-grid';
import classes from './Calendar.module.css';
import { TaskChip } from './TaskChip';
import { useBlockedCustomers, type DayNames } from './use-calendar';

interface Props {
  late: Task[];
  days: IsoDate[];
  byDate: Map<IsoDate, Task[]>;
  off: Map<IsoDate, DayOff>;
  today: IsoDate;
  names: Map<string, string>;
  dayNames: DayNames;
  onOpenTask(task: Task): void;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Late first (with the day each was due), then day by day; days without action are left out. */
export function AgendaList({ late, days, byDate, off, today, names, dayNames, onOpenTask }: Props) {
  const { t } = useTranslation();
  const blocked = useBlockedCustomers();
  const row = (task: Task, showLate: boolean) => (
    <div className={classes.agendaRow} key={task.id} data-testid="agenda-row">
      <TaskChip
        task={task}
        customer={names.get(task.customerId) ?? '…'}
        today={today}
        language={dayNames.language}
        onOpen={onOpenTask}
        layout="action"
      />
      <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
        <Text size="sm" truncate>
          {names.get(task.customerId) ?? '…'}
        </Text>
        <BlockedBadge blocked={blocked.get(task.customerId) ?? null} />
      </Group>
      {showLate ? (
        <span className={classes.late}>
          {t('calendar.late', { date: formatDate(task.date) })}
          {task.originalDate !== task.date ? ` (${t('calendar.originalDate', { date: formatDate(task.originalDate) })})` : ''}
        </span>
      ) : task.originalDate !== task.date ? (
        <Text size="xs" c="dimmed">
          {t('calendar.originalDate', { date: formatDate(task.originalDate) })}
        </Text>
      ) : (
        <span />
      )}
    </div>
  );
  const withTasks = days.filter((day) => byDate.get(day)?.length);
  return (
    <div data-testid="calendar-agenda">
      {late.length ? (
        <section className={classes.agendaDay} data-testid="agenda-late">
          <div className={classes.agendaHead} style={{ color: 'var(--mantine-color-red-7)' }}>
            {t('calendar.lateSection')} ({late.length})
          </div>
          {late.map((task) => row(task, true))}
        </section>
      ) : null}
      {withTasks.map((day) => (
        <section key={day} className={classes.agendaDay} data-off={off.get(day)?.kind} data-date={day} data-testid="agenda-day">
          <div className={classes.agendaHead}>
            {capitalise(dayNames.day(day))}
            {day === today ? ` · ${t('calendar.today')}` : ''}
            {off.get(day)?.name ? ` · ${off.get(day)!.name}` : ''}
          </div>
          {byDate.get(day)!.map((task) => row(task, false))}
        </section>
      ))}
      {!late.length && !withTasks.length ? (
        <Text c="dimmed" py="md">
          {t('calendar.agendaEmpty')}
        </Text>
      ) : null}
    </div>
  );
}
