import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nowTimestamp } from '../../app/clock';
import { useFormat } from '../../app/format';
import { database } from '../../db/database';
import { completeTask, moveTask, skipTask } from '../../db/schedule';
import { taskTitle } from '../../domain/calendar-export';
import type { IsoDate } from '../../domain/dates';
import type { Task } from '../../domain/model';
import type { DayNames } from './use-calendar';

interface Refusal {
  task: Task;
  date: IsoDate;
  proposed: IsoDate;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Moving, completing and skipping a task, with the refusal of a day that is not worked (and the
 * next working day proposed) and an undo after a move.
 */
export function useTaskActions(names: Map<string, string>, dayNames: DayNames) {
  const { t } = useTranslation();
  const format = useFormat();
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const describe = useCallback(
    (task: Task) => ({ title: taskTitle(task, dayNames.language), customer: names.get(task.customerId) ?? '…' }),
    [names, dayNames.language],
  );

  const move = useCallback(
    async (task: Task, date: IsoDate, undoable = true) => {
      if (task.status !== 'planned' || date === task.date) return;
      try {
        const result = await moveTask(database(), task.id, date);
        if (!result.ok) {
          setRefusal({ task, date, proposed: result.nextBusinessDay });
          return;
        }
        const id = `move-${task.id}`;
        notifications.show({
          id,
          color: 'teal',
          autoClose: 8000,
          message: (
            <Group justify="space-between" wrap="nowrap" gap="sm">
              <Text size="sm" data-testid="move-notice">
                {t('calendar.move.moved', { ...describe(task), date: format.date(date) })}
              </Text>
              {undoable ? (
                <Button
                  size="compact-sm"
                  style={{ flexShrink: 0 }}
                  variant="light"
                  data-testid="move-undo"
                  onClick={async () => {
                    notifications.hide(id);
                    const back = await moveTask(database(), task.id, task.date);
                    if (back.ok) notifications.show({ color: 'gray', message: t('calendar.move.undone') });
                  }}
                >
                  {t('calendar.move.undo')}
                </Button>
              ) : null}
            </Group>
          ),
        });
      } catch (error) {
        notifications.show({ color: 'red', message: t('calendar.move.failed', { message: message(error) }) });
      }
    },
    [t, format, describe],
  );

  const moveById = useCallback(
    async (taskId: string, date: IsoDate) => {
      const task = await database().tasks.get(taskId);
      if (task) await move(task, date);
    },
    [move],
  );

  const done = useCallback(
    async (task: Task) => {
      try {
        await completeTask(database(), task.id, nowTimestamp());
        notifications.show({ color: 'teal', message: t('calendar.task.markedDone', describe(task)) });
      } catch (error) {
        notifications.show({ color: 'red', message: t('calendar.task.failed', { message: message(error) }) });
      }
    },
    [t, describe],
  );

  const skip = useCallback(
    async (task: Task) => {
      try {
        await skipTask(database(), task.id, nowTimestamp());
        notifications.show({ color: 'gray', message: t('calendar.task.skipped', describe(task)) });
      } catch (error) {
        notifications.show({ color: 'red', message: t('calendar.task.failed', { message: message(error) }) });
      }
    },
    [t, describe],
  );

  const refusalModal = (
    <Modal
      opened={refusal !== null}
      onClose={() => setRefusal(null)}
      title={t('calendar.move.refusedTitle')}
      centered
      data-testid="move-refusal"
    >
      {refusal ? (
        <Stack>
          <Text data-testid="move-refusal-text">
            {t('calendar.move.refused', {
              day: dayNames.day(refusal.date),
              proposed: dayNames.dayAfter(refusal.proposed, refusal.date),
            })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRefusal(null)}>
              {t('calendar.move.cancel')}
            </Button>
            <Button
              data-autofocus
              data-testid="move-accept"
              onClick={() => {
                const { task, proposed } = refusal;
                setRefusal(null);
                void move(task, proposed);
              }}
            >
              {t('calendar.move.accept', { proposed: dayNames.dayAfter(refusal.proposed, refusal.date) })}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );

  return { move, moveById, done, skip, refusalModal };
}
