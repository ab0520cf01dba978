import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { database } from '../../db/database';
import { undo, type Undoable } from './mutations';

let sequence = 0;
/**
 * Only the latest outcome stays on screen: stacked notices (8 s each) would cover the page's own
 * action buttons, and undoing an older action after a newer one on the same rows is refused anyway.
 */
let shown: string | null = null;

/**
 * The outcome of an action, with "Annuler" for eight seconds: a wrong click is one click away from
 * being undone. Errors are shown, never swallowed.
 */
export function useNotify() {
  const { t } = useTranslation();

  const failed = (error: unknown) => {
    console.error('customers: action failed', error);
    notifications.show({
      color: 'red',
      title: t('customers.notices.failedTitle'),
      message: t('customers.notices.failed', { reason: error instanceof Error ? error.message : String(error) }),
    });
  };

  /** `afterUndo` runs once the change is undone (e.g. plan the calendar again). */
  const done = (message: string, change?: Undoable, afterUndo?: () => Promise<unknown>) => {
    sequence += 1;
    const id = `customers-done-${sequence}`;
    if (shown) notifications.hide(shown);
    shown = id;
    notifications.show({
      id,
      color: 'teal',
      autoClose: change ? 8000 : 4000,
      message: change ? (
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Text size="sm">{message}</Text>
          <Button
            size="compact-xs"
            variant="light"
            onClick={() => {
              notifications.hide(id);
              undo(database(), change)
                .then(async (restored) => {
                  notifications.show(
                    restored
                      ? { color: 'gray', message: t('customers.notices.undone') }
                      : { color: 'orange', message: t('customers.notices.undoStale') },
                  );
                  if (restored && afterUndo) await afterUndo();
                })
                .catch(failed);
            }}
          >
            {t('customers.notices.undo')}
          </Button>
        </Group>
      ) : (
        message
      ),
    });
  };

  return { done, failed };
}
