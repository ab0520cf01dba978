import { ActionIcon, Button, Group, Loader, Modal, SegmentedControl, Stack, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronLeft, IconChevronRight, IconDownload } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { today as clockToday } from '../../app/clock';
import { useFormat } from '../../app/format';
import { database } from '../../db/database';
import { runPlanning } from '../../db/schedule';
import { addDays, type IsoDate } from '../../domain/dates';
import type { Task } from '../../domain/model';
import type { TemplateKind } from '../../domain/templates/kinds';
import { LetterComposer } from '../letter-generation/LetterComposer';
import { AgendaList } from './AgendaList';
import {
  addMonths,
  compareTasks,
  daysOff,
  groupByDate,
  monthDays,
  weekDays,
  type CalendarView,
  type ChipKind,
} from './calendar-grid';
import classes from './Calendar.module.css';
import { exportIcs } from './export-ics';
import { MonthGrid } from './MonthGrid';
import { TaskChip } from './TaskChip';
import { TaskDrawer } from './TaskDrawer';
import { TodayPanel } from './TodayPanel';
import { useCalendarSettings, useCustomerNames, useDayNames, useDueTasks, useTasksBetween } from './use-calendar';
import { useTaskActions } from './use-task-actions';

const AGENDA_DAYS = 31;
const LEGEND: ChipKind[] = ['call', 'email', 'letter', 'formal', 'litigation', 'agreement', 'custom'];

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Plans once per opening of the screen: what fell due while the app was closed shows as late. */
function usePlanning(today: IsoDate) {
  const { t } = useTranslation();
  const [planning, setPlanning] = useState(true);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    runPlanning(database(), today)
      .catch((error: unknown) =>
        notifications.show({
          color: 'red',
          autoClose: false,
          message: t('calendar.planningFailed', { message: error instanceof Error ? error.message : String(error) }),
        }),
      )
      .finally(() => setPlanning(false));
  }, [today, t]);
  return planning;
}

/** Calendrier: the follow-ups by month, week or agenda, what is due today, moves by drag and drop. */
export function CalendarPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const today = useMemo(() => clockToday(), []);
  const planning = usePlanning(today);
  const dayNames = useDayNames();
  const names = useCustomerNames();
  const settings = useCalendarSettings();
  const [view, setView] = useState<CalendarView>('month');
  const [cursor, setCursor] = useState<IsoDate>(today);
  const [taskId, setTaskId] = useState<string | null>(null);
  const [openDay, setOpenDay] = useState<IsoDate | null>(null);
  const [composer, setComposer] = useState<{ customerId: string; kind: TemplateKind } | null>(null);
  const actions = useTaskActions(names, dayNames);

  const days = useMemo(
    () =>
      view === 'month'
        ? monthDays(cursor)
        : view === 'week'
          ? weekDays(cursor)
          : Array.from({ length: AGENDA_DAYS }, (_, i) => addDays(cursor < today ? today : cursor, i)),
    [view, cursor, today],
  );
  const from = days[0]!;
  const to = days[days.length - 1]!;
  const tasks = useTasksBetween(from, to);
  const nameOf = useCallback((id: string) => names.get(id) ?? '', [names]);
  const byDate = useMemo(() => groupByDate(tasks, nameOf), [tasks, nameOf]);
  const off = useMemo(
    () => daysOff(from, to, settings.zone, settings.closings, dayNames.language),
    [from, to, settings, dayNames.language],
  );
  const due = useDueTasks(today);
  const dueSorted = useMemo(
    () => (due ?? []).slice().sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : compareTasks(a, b, nameOf))),
    [due, nameOf],
  );
  const late = useMemo(() => dueSorted.filter((task) => task.date < today), [dueSorted, today]);

  const openTask = useCallback((task: Task) => setTaskId(task.id), []);
  const onDropTask = useCallback((id: string, date: IsoDate) => void actions.moveById(id, date), [actions]);

  const step = (direction: 1 | -1) =>
    setCursor((c) => (view === 'month' ? addMonths(c, direction) : addDays(c, direction * (view === 'week' ? 7 : AGENDA_DAYS))));

  const onKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, () => IsoDate> = {
      ArrowLeft: () => addDays(cursor, -1),
      ArrowRight: () => addDays(cursor, 1),
      ArrowUp: () => addDays(cursor, -7),
      ArrowDown: () => addDays(cursor, 7),
      PageUp: () => addMonths(cursor, -1),
      PageDown: () => addMonths(cursor, 1),
      Home: () => today,
    };
    const next = moves[event.key];
    if (next) {
      event.preventDefault();
      setCursor(next());
    } else if (event.key === 'Enter') {
      event.preventDefault();
      setOpenDay(cursor);
    }
  };

  const heading =
    view === 'month'
      ? capitalise(dayNames.month(cursor))
      : view === 'week'
        ? t('calendar.weekOf', { from: format.date(from), to: format.date(to) })
        : t('calendar.agendaFrom', { from: format.date(from), to: format.date(to) });

  const dayTasks = openDay ? (byDate.get(openDay) ?? []) : [];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Group gap="sm">
          <Title order={1}>{t('calendar.title')}</Title>
          {planning ? (
            <Group gap={6} data-testid="calendar-planning">
              <Loader size="xs" />
              <Text size="sm" c="dimmed">
                {t('calendar.planning')}
              </Text>
            </Group>
          ) : null}
        </Group>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          onClick={() => void exportIcs(t, dayNames.language)}
          data-testid="calendar-export"
        >
          {t('calendar.export.button')}
        </Button>
      </Group>

      {due ? (
        <TodayPanel
          tasks={dueSorted}
          today={today}
          names={names}
          language={dayNames.language}
          onOpenTask={openTask}
          onShowAll={() => {
            setView('agenda');
            setCursor(today);
          }}
        />
      ) : null}

      <div className={classes.toolbar}>
        <Group gap={4}>
          <Tooltip label={t('calendar.previous')}>
            <ActionIcon variant="default" size="lg" onClick={() => step(-1)} aria-label={t('calendar.previous')} data-testid="calendar-previous">
              <IconChevronLeft size={18} />
            </ActionIcon>
          </Tooltip>
          <Button variant="default" onClick={() => setCursor(today)} data-testid="calendar-today">
            {t('calendar.today')}
          </Button>
          <Tooltip label={t('calendar.next')}>
            <ActionIcon variant="default" size="lg" onClick={() => step(1)} aria-label={t('calendar.next')} data-testid="calendar-next">
              <IconChevronRight size={18} />
            </ActionIcon>
          </Tooltip>
        </Group>
        <Title order={2} size="h3" style={{ flex: 1 }} data-testid="calendar-heading">
          {heading}
        </Title>
        <SegmentedControl
          value={view}
          onChange={(value) => setView(value as CalendarView)}
          data={(['month', 'week', 'agenda'] as const).map((v) => ({ value: v, label: t(`calendar.views.${v}`) }))}
          data-testid="calendar-view"
        />
      </div>

      <div className={classes.legend} aria-hidden>
        {LEGEND.map((kind) => (
          <span key={kind} className={classes.chip} data-kind={kind}>
            {t(`calendar.legend.${kind}`)}
          </span>
        ))}
      </div>

      {view === 'agenda' ? (
        <AgendaList
          late={cursor <= today ? late : []}
          days={days}
          byDate={byDate}
          off={off}
          today={today}
          names={names}
          dayNames={dayNames}
          onOpenTask={openTask}
        />
      ) : (
        <>
          <MonthGrid
            days={days}
            month={view === 'month' ? cursor.slice(0, 7) : undefined}
            byDate={byDate}
            off={off}
            today={today}
            cursor={cursor}
            names={names}
            dayNames={dayNames}
            week={view === 'week'}
            label={heading}
            onKey={onKey}
            onOpenTask={openTask}
            onOpenDay={setOpenDay}
            onDropTask={onDropTask}
          />
          <Text size="xs" c="dimmed">
            {t('calendar.keyboardHint')}
          </Text>
        </>
      )}

      <Modal
        opened={openDay !== null}
        onClose={() => setOpenDay(null)}
        title={openDay ? t('calendar.dayActions', { day: dayNames.day(openDay), count: dayTasks.length }) : ''}
        size="lg"
        data-testid="calendar-day-modal"
      >
        {dayTasks.length ? (
          <Stack gap={4}>
            {dayTasks.map((task) => (
              <TaskChip
                key={task.id}
                task={task}
                customer={names.get(task.customerId) ?? '…'}
                today={today}
                language={dayNames.language}
                onOpen={(chosen) => {
                  setOpenDay(null);
                  openTask(chosen);
                }}
              />
            ))}
          </Stack>
        ) : (
          <Text c="dimmed">{t('calendar.noAction')}</Text>
        )}
      </Modal>

      <TaskDrawer
        taskId={taskId}
        today={today}
        names={names}
        language={dayNames.language}
        onClose={() => setTaskId(null)}
        onMove={(task, date) => void actions.move(task, date)}
        onDone={(task) => {
          setTaskId(null);
          void actions.done(task);
        }}
        onSkip={(task) => {
          setTaskId(null);
          void actions.skip(task);
        }}
        onCompose={(task, kind) => {
          setTaskId(null);
          setComposer({ customerId: task.customerId, kind });
        }}
      />
      {actions.refusalModal}
      <LetterComposer customerId={composer?.customerId ?? null} initialKind={composer?.kind} onClose={() => setComposer(null)} />
    </Stack>
  );
}

