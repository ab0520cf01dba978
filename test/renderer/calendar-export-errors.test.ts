/**
 * What the user reads when the .ics export cannot be written: a full disk or a missing folder
 * says what happened and what to do, in French, never a bare error code.
 */
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../renderer/src/app/i18n';
import { exportFailureMessage } from '../../renderer/src/features/calendar/export-ics';

const t = createI18n('fr').t;

describe('a failed .ics export', () => {
  it('on a full disk, asks to free some space', () => {
    const message = exportFailureMessage(t, { code: 'DISK_FULL', message: 'ENOSPC', details: { path: '/home/u/relances.ics' } });
    expect(message).toContain('Le disque est plein : libérez de la place et réessayez.');
  });

  it('in a folder that does not exist, names the folder', () => {
    const message = exportFailureMessage(t, { code: 'FILE_NOT_FOUND', message: 'ENOENT', details: { path: '/home/u/perdu/relances.ics' } });
    expect(message).toContain('/home/u/perdu');
    expect(message).not.toMatch(/FILE_NOT_FOUND|ENOENT/);
  });

  it('through a path where a file stands for a folder, says so', () => {
    const message = exportFailureMessage(t, { code: 'IO_ERROR', message: 'ENOTDIR', details: { path: '/home/u/notes.txt/relances.ics', errno: 'ENOTDIR' } });
    expect(message).toContain('/home/u/notes.txt');
    expect(message).not.toMatch(/IO_ERROR|ENOTDIR/);
  });
});
