import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { bridge } from '../../bridge';
import { bridgeErrorMessage } from '../../bridge/messages';
import { database } from '../../db/database';
import { buildIcs } from '../../domain/calendar-export';
import type { Invoice } from '../../domain/model';

/** Every planned follow-up as a .ics file, where the user chooses; a cancelled dialog says nothing. */
export async function exportIcs(t: TFunction, language: 'fr' | 'en'): Promise<void> {
  const db = database();
  try {
    const tasks = await db.tasks.filter((task) => task.status === 'planned').toArray();
    if (!tasks.length) {
      notifications.show({ color: 'gray', message: t('calendar.export.empty') });
      return;
    }
    const customerIds = [...new Set(tasks.map((task) => task.customerId))];
    const invoiceIds = [...new Set(tasks.flatMap((task) => task.invoiceIds))];
    const [customers, invoices] = await Promise.all([db.customers.bulkGet(customerIds), db.invoices.bulkGet(invoiceIds)]);
    const names = new Map(customers.filter((c) => !!c).map((c) => [c!.id, c!.name]));
    const byId = new Map(invoices.filter((i): i is Invoice => !!i).map((i) => [i.id, i]));
    const text = buildIcs({
      tasks,
      customerName: (id) => names.get(id),
      invoice: (id) => byId.get(id),
      now: Date.now(),
      language,
    });
    const result = await bridge().saveFile({
      title: t('calendar.export.title'),
      suggestedName: 'relances.ics',
      filters: [{ name: t('calendar.export.filter'), extensions: ['ics'] }],
      bytes: new TextEncoder().encode(text),
    });
    if (!result.ok) {
      notifications.show({
        color: 'red',
        autoClose: false,
        message: t('calendar.export.failed', { message: bridgeErrorMessage(t, result.error) }),
      });
      return;
    }
    if (result.data.canceled) return;
    notifications.show({
      color: 'teal',
      message: t('calendar.export.saved', { count: tasks.length, path: result.data.path }),
    });
  } catch (error) {
    notifications.show({
      color: 'red',
      autoClose: false,
      message: t('calendar.export.failed', { message: error instanceof Error ? error.message : String(error) }),
    });
  }
}
