/**
 * A customer blocked for new orders carries its red flag in the calendar's lists too (the day's
 * actions and the agenda), as everywhere else the customer appears.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../renderer/src/db/database';
import type { Customer, Task } from '../../renderer/src/domain/model';
import { AgendaList } from '../../renderer/src/features/calendar/AgendaList';
import { TodayPanel } from '../../renderer/src/features/calendar/TodayPanel';
import type { DayNames } from '../../renderer/src/features/calendar/use-calendar';
import { renderInApp } from './render';

const stamp = '2026-01-01T00:00:00.000Z';
const TODAY = '2026-03-10';
const customer = (id: string, name: string, blocked: Customer['blocked'] = null): Customer => ({
  id, reference: id, name, kind: 'business', contacts: [], blocked, createdAt: stamp, updatedAt: stamp,
});
const task = (id: string, customerId: string): Task => ({
  id, key: `k:${id}`, customerId, action: 'letter-1', date: TODAY, originalDate: TODAY, status: 'planned', invoiceIds: [],
});
const names = new Map([['martin', 'Garage Martin'], ['dupont', 'Menuiserie Dupont']]);
const tasks = [task('t1', 'martin'), task('t2', 'dupont')];

beforeEach(async () => {
  await database().customers.clear();
  await database().customers.bulkAdd([
    customer('martin', 'Garage Martin', { since: '2026-03-02', reason: 'Trois factures impayées' }),
    customer('dupont', 'Menuiserie Dupont'),
  ]);
});

const rowOf = (testId: string, name: string) => screen.getAllByTestId(testId).find((row) => row.textContent?.includes(name))!;

describe('blocked customers in the calendar', () => {
  it('are flagged in the day’s list', async () => {
    renderInApp(<TodayPanel tasks={tasks} today={TODAY} names={names} language="fr" onOpenTask={() => undefined} onShowAll={() => undefined} />);
    await waitFor(() => expect(within(rowOf('today-row', 'Garage Martin')).getByTestId('blocked-badge')).toHaveTextContent('Bloqué'));
    expect(within(rowOf('today-row', 'Menuiserie Dupont')).queryByTestId('blocked-badge')).toBeNull();
  });

  it('are flagged in the agenda', async () => {
    renderInApp(
      <AgendaList
        late={[]}
        days={[TODAY]}
        byDate={new Map([[TODAY, tasks]])}
        off={new Map()}
        today={TODAY}
        names={names}
        dayNames={{ language: 'fr', day: () => 'mardi 10 mars' } as unknown as DayNames}
        onOpenTask={() => undefined}
      />,
    );
    await waitFor(() => expect(within(rowOf('agenda-row', 'Garage Martin')).getByTestId('blocked-badge')).toBeInTheDocument());
    expect(screen.getByTestId('blocked-badge')).toHaveAttribute('aria-label', expect.stringContaining('Trois factures impayées'));
    expect(within(rowOf('agenda-row', 'Menuiserie Dupont')).queryByTestId('blocked-badge')).toBeNull();
  });
});
