import { memo, type DragEvent } from 'react';
import { taskTitle } from '../../domain/calendar-export';
import type { IsoDate } from '../../domain/dates';
import type { Task } from '../../domain/model';
import { CHIP_KIND } from './calendar-grid';
import classes from './Calendar.module.css';

/** The MIME type a dragged chip carries: the task's id. */
export const TASK_MIME = 'application/x-relance-task';

interface Props {
  task: Task;
  customer: string;
  today: IsoDate;
  language: 'fr' | 'en';
  onOpen(task: Task): void;
  /**
   * 'grid': the customer first, in bold (the colour tells the kind of action), for narrow day cells;
   * 'action': the action only (the agenda shows the customer beside it); default: both.
   */
  layout?: 'grid' | 'action' | 'full';
}

/** One action: a plain button (thousands of them on a busy month), draggable while planned. */
export const TaskChip = memo(function TaskChip({ task, customer, today, language, onOpen, layout = 'full' }: Props) {
  const planned = task.status === 'planned';
  const title = taskTitle(task, language);
  const onDragStart = (event: DragEvent<HTMLButtonElement>) => {
    event.dataTransfer.setData(TASK_MIME, task.id);
    event.dataTransfer.setData('text/plain', `${title} – ${customer}`);
    event.dataTransfer.effectAllowed = 'move';
  };
  return (
    <button
      type="button"
      className={classes.chip}
      data-kind={CHIP_KIND[task.action]}
      data-status={task.status}
      data-late={planned && task.date < today ? '' : undefined}
      data-testid="calendar-chip"
      data-task-id={task.id}
      draggable={planned}
      onDragStart={planned ? onDragStart : undefined}
      onClick={() => onOpen(task)}
      title={`${title} – ${customer}`}
    >
      {layout === 'grid' ? (
        <>
          <strong>{customer}</strong> · {title}
        </>
      ) : layout === 'action' ? (
        <strong>{title}</strong>
      ) : (
        <>
          <strong>{title}</strong> · {customer}
        </>
      )}
    </button>
  );
});
