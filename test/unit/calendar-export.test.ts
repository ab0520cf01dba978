import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildIcs, taskTitle, taskUid } from '../../renderer/src/domain/calendar-export';
import type { Task } from '../../renderer/src/domain/model';

const task = (over: Partial<Task>): Task => ({
  id: 't1', key: 'dupont|s2|d1', customerId: 'dupont', action: 'letter-1', date: '2026-12-14', originalDate: '2026-12-12',
  status: 'planned', invoiceIds: ['d1', 'd2'], drivingInvoiceId: 'd1', ...over,
});
const customers: Record<string, string> = { dupont: 'Menuiserie Dupont', zoe: 'Zoé Lefèvre' };
const invoices: Record<string, { number: string; openCents: number; dueDate: string }> = {
  d1: { number: 'FA-2026-101', openCents: 240000, dueDate: '2026-10-01' },
  d2: { number: 'FA-2026-117', openCents: 96050, dueDate: '2026-11-02' },
};
const NOW = Date.UTC(2026, 11, 1, 9, 30, 0);

function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  return component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('buildIcs', () => {
  const tasks = [
    task({}),
    task({ id: 't2', key: 'zoe|call|z1', customerId: 'zoe', action: 'call', date: '2026-12-31', originalDate: '2026-12-31', invoiceIds: [] }),
    task({ id: 't3', key: 'zoe|x|z1', customerId: 'zoe', action: 'custom', label: 'Vérifier le chèque', date: '2026-12-02', originalDate: '2026-12-02' }),
    task({ id: 't4', key: 'done', status: 'done' }),
    task({ id: 't5', key: 'obsolete', status: 'obsolete' }),
  ];
  const text = buildIcs({ tasks, customerName: (id) => customers[id], invoice: (id) => invoices[id], now: NOW });
  const events = parse(text);

  it('writes one all-day event per planned task, by date', () => {
    expect(events.map((e) => e.summary)).toEqual([
      'Vérifier le chèque – Zoé Lefèvre',
      'Relance 1 – Menuiserie Dupont',
      'Appel – Zoé Lefèvre',
    ]);
    const dupont = events[1]!;
    expect(dupont.startDate.isDate).toBe(true);
    expect(dupont.startDate.toString()).toBe('2026-12-14');
    expect(dupont.endDate.toString()).toBe('2026-12-15');
    // New Year's Eve: the end is the next day of the next year.
    expect(events[2]!.endDate.toString()).toBe('2027-01-01');
  });

  it('gives stable UIDs from the task key, and a DTSTAMP', () => {
    expect(events.map((e) => e.uid)).toEqual([taskUid(tasks[2]!), taskUid(tasks[0]!), taskUid(tasks[1]!)]);
    expect(new Set(events.map((e) => e.uid)).size).toBe(3);
    expect(taskUid(tasks[0]!)).toBe('dupont=7cs2=7cd1@relance.local');
    const again = parse(buildIcs({ tasks, customerName: (id) => customers[id], invoice: (id) => invoices[id], now: NOW + 1000 }));
    expect(again.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    const stamp = events[0]!.component.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.toJSDate().getTime()).toBe(NOW);
  });

  it('lists the invoices with their amounts, and keeps UTF-8 text (é, €)', () => {
    const description = events[1]!.description;
    expect(description).toContain('Factures concernées :');
    expect(description).toContain('FA-2026-101 : 2 400,00 € (échue le 01/10/2026)');
    expect(description).toContain('FA-2026-117 : 960,50 €');
    expect(description).toContain('Date prévue par le scénario : 12/12/2026');
    const bytes = new TextEncoder().encode(text);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(text);
  });

  it('writes an empty calendar when nothing is planned', () => {
    const empty = buildIcs({ tasks: [], customerName: () => undefined, invoice: () => undefined, now: NOW });
    expect(empty).toContain('BEGIN:VCALENDAR');
    expect(parse(empty)).toHaveLength(0);
  });

  it('names a custom task by its label, else by its action', () => {
    expect(taskTitle({ action: 'custom', label: '  ' })).toBe('Tâche');
    expect(taskTitle({ action: 'formal-notice' }, 'en')).toBe('Formal notice');
  });
});
