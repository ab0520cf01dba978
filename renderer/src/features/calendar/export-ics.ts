import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import type { BridgeError } from '../../../../electron/contract';
import { bridge } from '../../bridge';
import { bridgeErrorMessage } from '../../bridge/messages';
import { database } from '../../db/database';
import { buildIcs } from '../../domain/calendar-export';
import type { Invoice } from '../../domain/model';

/** The folder part of a path chosen in the save dialog (either separator). */
const folderOf = (file: string) => {
  const cut = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return cut > 0 ? file.slice(0, cut) : file;
};

const NO_RIGHT = new Set(['EACCES', 'EPERM', 'EROFS']);

/**
 * Why the .ics could not be written where the user chose, in words that say what to do: the
 * generic file-error sentences ("Ce fichier est introuvable", "n'a pas pu être lu ou écrit") fit
 * a file being opened, not an export whose folder is missing or is a file.
 */
export function exportFailureMessage(t: TFunction, error: BridgeError): string {
  const file = typeof error.details?.path === 'string' ? error.details.path : '';
  const errno = error.details?.errno;
  if (file) {
    const folder = folderOf(file);
    if (error.code === 'FILE_NOT_FOUND') return t('calendar.export.folderMissing', { folder });
    // EEXIST: the folder to create is an existing file; ENOTDIR: a file stands in the path.
    if (error.code === 'IO_ERROR' && (errno === 'ENOTDIR' || errno === 'EEXIST')) return t('calendar.export.notAFolder', { folder });
    if (error.code === 'IO_ERROR' && errno === 'EISDIR') return t('calendar.export.isAFolder', { path: file });
    if (error.code === 'IO_ERROR' && typeof errno === 'string' && NO_RIGHT.has(errno)) return t('calendar.export.noRight', { folder });
  }
  return t('calendar.export.failed', { message: bridgeErrorMessage(t, error) });
}

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
        title: t('calendar.export.failedTitle'),
        message: exportFailureMessage(t, result.error),
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
      title: t('calendar.export.failedTitle'),
      message: t('calendar.export.failed', { message: error instanceof Error ? error.message : String(error) }),
    });
  }
}
