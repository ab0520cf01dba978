import { memo, useRef, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../domain/dates';
import type { Task } from '../../domain/model';
import type { DayOff } from './calendar-grid';
import classes from './Calendar.module.css';
import { TASK_MIME, TaskChip } from './TaskChip';
import type { DayNames } from './use-calendar';

const CHIPS_PER_DAY = 3;

interface DayProps {
  date: IsoDate;
  tasks: Task[] | undefined;
  off: DayOff | undefined;
  outside: boolean;
  isToday: boolean;
  isCursor: boolean;
  limit: number;
  today: IsoDate;
  names: Map<string, string>;
  dayNames: DayNames;
  onOpenTask(task: Task): void;
  onOpenDay(date: IsoDate): void;
  onDropTask(taskId: string, date: IsoDate): void;
}

const hasTask = (event: DragEvent) => event.dataTransfer.types.includes(TASK_MIME);

/** One day of the grid; memoised, so moving the cursor or a chip re-renders two or three cells. */
const DayCell = memo(function DayCell(props: DayProps) {
  const { t } = useTranslation();
  const { date, tasks, off, limit, names, dayNames } = props;
  const shown = tasks && tasks.length > limit ? tasks.slice(0, limit) : tasks;
  const hidden = (tasks?.length ?? 0) - (shown?.length ?? 0);
  const label = dayNames.day(date);

  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (!hasTask(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    event.currentTarget.classList.add(classes.dropTarget!);
  };
  const onDragLeave = (event: DragEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) {
      event.currentTarget.classList.remove(classes.dropTarget!);
    }
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.currentTarget.classList.remove(classes.dropTarget!);
    const id = event.dataTransfer.getData(TASK_MIME);
    if (!id) return;
    event.preventDefault();
    props.onDropTask(id, date);
  };

  return (
    <div
      className={classes.day}
      role="gridcell"
      aria-label={label}
      aria-selected={props.isCursor}
      data-date={date}
      data-testid="calendar-day"
      data-off={off ? off.kind : undefined}
      data-outside={props.outside ? '' : undefined}
      data-today={props.isToday ? '' : undefined}
      data-cursor={props.isCursor ? '' : undefined}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
    >
      <div className={classes.dayHead}>
        <button
          type="button"
          tabIndex={-1}
          className={classes.dayNumber}
          onClick={() => props.onOpenDay(date)}
          aria-label={t('calendar.openDay', { day: label })}
        >
          {Number(date.slice(8, 10))}
        </button>
        {off?.name ? (
          <span className={classes.dayNote} title={off.name} data-testid="calendar-day-note">
            {off.name}
          </span>
        ) : null}
      </div>
      {shown?.map((task) => (
        <TaskChip
          key={task.id}
          task={task}
          customer={names.get(task.customerId) ?? '…'}
          today={props.today}
          language={dayNames.language}
          onOpen={props.onOpenTask}
          layout="grid"
        />
      ))}
      {hidden > 0 ? (
        <button type="button" className={classes.more} onClick={() => props.onOpenDay(date)} data-testid="calendar-more">
          {t('calendar.more', { count: hidden })}
        </button>
      ) : null}
    </div>
  );
});

interface GridProps {
  days: IsoDate[];
  /** The month shown (YYYY-MM), for the month view; days outside it are dimmed. */
  month?: string;
  byDate: Map<IsoDate, Task[]>;
  off: Map<IsoDate, DayOff>;
  today: IsoDate;
  cursor: IsoDate;
  names: Map<string, string>;
  dayNames: DayNames;
  week?: boolean;
  label: string;
  onKey(event: KeyboardEvent<HTMLDivElement>): void;
  onOpenTask(task: Task): void;
  onOpenDay(date: IsoDate): void;
  onDropTask(taskId: string, date: IsoDate): void;
}

/** Month or week: seven columns, Monday to Sunday. */
export function MonthGrid(props: GridProps) {
  const ref = useRef<HTMLDivElement>(null);
  const header = props.days.slice(0, 7);
  return (
    <div
      ref={ref}
      className={`${classes.grid} ${props.week ? classes.week : ''}`}
      role="grid"
      aria-label={props.label}
      tabIndex={0}
      onKeyDown={props.onKey}
      data-testid="calendar-grid"
    >
      <div role="row" style={{ display: 'contents' }}>
        {header.map((day) => (
          <div key={day} className={classes.weekday} role="columnheader">
            {props.week ? `${props.dayNames.weekdayShort(day)} ${Number(day.slice(8, 10))}` : props.dayNames.weekdayShort(day)}
          </div>
        ))}
      </div>
      {Array.from({ length: props.days.length / 7 }, (_, row) => (
        <div role="row" key={row} style={{ display: 'contents' }}>
          {props.days.slice(row * 7, row * 7 + 7).map((day) => (
            <DayCell
              key={day}
              date={day}
              tasks={props.byDate.get(day)}
              off={props.off.get(day)}
              outside={props.month !== undefined && !day.startsWith(props.month)}
              isToday={day === props.today}
              isCursor={day === props.cursor}
              limit={props.week ? Number.POSITIVE_INFINITY : CHIPS_PER_DAY}
              today={props.today}
              names={props.names}
              dayNames={props.dayNames}
              onOpenTask={props.onOpenTask}
              onOpenDay={props.onOpenDay}
              onDropTask={props.onDropTask}
            />
          ))}
        </div>
      ))}
    </div>
  );
}
