import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setBridgeForTests } from '../../renderer/src/bridge';
import { database } from '../../renderer/src/db/database';
import type { Customer, DocumentRecord, Interaction } from '../../renderer/src/domain/model';
import { CustomersRoutes } from '../../renderer/src/features/customers/CustomersRoutes';
import { bridgeDouble } from './bridge-double';
import { renderInApp } from './render';

const db = () => database();
const stamp = '2026-01-01T00:00:00.000Z';
/** A local-time instant, so the expected French text does not depend on the machine's time zone. */
const local = (dateTime: string) => new Date(dateTime).toISOString();

const customer: Customer = {
  id: 'c1', reference: '411DUP', name: 'Menuiserie Dupont', kind: 'business', contacts: [], blocked: null, createdAt: stamp, updatedAt: stamp,
};
const interaction = (extra: Partial<Interaction> & Pick<Interaction, 'id' | 'at' | 'channel' | 'summary'>): Interaction => ({
  customerId: 'c1', invoiceIds: [], documentIds: [], corrections: [], ...extra,
});
const letter: DocumentRecord = {
  id: 'doc1', customerId: 'c1', kind: 'reminder-1', title: 'Relance 1 · FA-2026-101', path: '/docs/2026/Relance 1 FA-2026-101.pdf', sha256: 'abc',
  createdAt: local('2026-03-02T09:15:00'),
};

let bridge: ReturnType<typeof bridgeDouble>;

function renderPage() {
  return renderInApp(
    <Routes>
      <Route path="/clients/*" element={<CustomersRoutes />} />
    </Routes>,
    { route: '/clients/c1' },
  );
}

beforeEach(async () => {
  await Promise.all([db().customers.clear(), db().invoices.clear(), db().payments.clear(), db().interactions.clear(), db().documents.clear()]);
  await db().customers.add(customer);
  bridge = bridgeDouble();
  setBridgeForTests(bridge.api);
});
afterEach(() => setBridgeForTests(null));

describe('customer timeline', () => {
  it('says in French that nothing was recorded yet', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('tab', { name: 'Historique (0)' }));
    expect(await screen.findByTestId('timeline-empty')).toHaveTextContent(
      'Aucun échange enregistré : les courriers, e-mails et appels s’inscrivent ici.',
    );
  });

  it('lists the exchanges newest first, with labels, outcome, correction and documents that open', async () => {
    await db().documents.add(letter);
    await db().interactions.bulkAdd([
      interaction({ id: 'i1', at: local('2026-03-02T09:15:00'), channel: 'letter', summary: 'Relance 1 enregistrée (FA-2026-101).', documentIds: ['doc1', 'gone'] }),
      interaction({
        id: 'i2', at: local('2026-03-10T14:05:00'), channel: 'call', summary: 'Appel à Mme Durand : paiement promis pour le 20/03.', outcome: 'Promesse de paiement',
        corrections: [{ at: local('2026-03-11T08:30:00'), previousSummary: 'Appel à Mme Durand : paiement promis pour le 15/03.' }],
      }),
      interaction({ id: 'i3', at: local('2026-03-05T11:00:00'), channel: 'registered-letter', summary: 'Mise en demeure reçue par le client.' }),
    ]);
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('tab', { name: 'Historique (3)' }));

    const entries = await screen.findAllByTestId('timeline-entry');
    expect(entries.map((e) => e.dataset.id)).toEqual(['i2', 'i3', 'i1']);
    expect(entries.map((e) => within(e).getByTestId('timeline-channel').textContent)).toEqual(['Appel', 'Recommandé', 'Courrier']);
    expect(within(entries[0]!).getByTestId('timeline-at')).toHaveTextContent('10/03/2026 14:05');
    expect(within(entries[0]!).getByTestId('timeline-summary')).toHaveTextContent('paiement promis pour le 20/03.');
    expect(within(entries[0]!).getByTestId('timeline-outcome')).toHaveTextContent('Résultat : Promesse de paiement');

    // The correction: its date is shown, the previous text is kept one click away.
    const correction = within(entries[0]!).getByTestId('timeline-correction');
    expect(correction).toHaveTextContent('corrigé le 11/03/2026 08:30');
    expect(correction).toHaveTextContent('Avant le 11/03/2026 08:30 : Appel à Mme Durand : paiement promis pour le 15/03.');
    expect(within(entries[1]!).queryByTestId('timeline-correction')).toBeNull();
    expect(within(entries[1]!).queryByTestId('timeline-outcome')).toBeNull();

    // A document still recorded is a button that opens the file; one deleted since is left out.
    expect(within(entries[2]!).getAllByRole('button')).toHaveLength(1);
    await user.click(within(entries[2]!).getByRole('button', { name: 'Relance 1 · FA-2026-101' }));
    await waitFor(() => expect(bridge.calls.find((c) => c.name === 'openPath')?.request).toEqual({ path: '/docs/2026/Relance 1 FA-2026-101.pdf' }));
  });

  it('shows an exchange recorded while the tab is open', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('tab', { name: 'Historique (0)' }));
    await screen.findByTestId('timeline-empty');
    await db().interactions.add(interaction({ id: 'n1', at: local('2026-03-12T16:40:00'), channel: 'note', summary: 'Client injoignable.' }));
    expect(await screen.findByRole('tab', { name: 'Historique (1)' })).toBeInTheDocument();
    expect(within(await screen.findByTestId('timeline-entry')).getByTestId('timeline-channel')).toHaveTextContent('Note');
  });
});
