/**
 * The customer's history: a line written today can be corrected (the previous text is kept, shown
 * under "corrigé le"), an older one cannot; a blank, unchanged or next-day correction is refused in
 * French with nothing written. Outcome codes are shown in words, with who answered and how long
 * the call lasted. Today is Monday 30/11/2026, 15:00 local time.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setBridgeForTests } from '../../renderer/src/bridge';
import { database } from '../../renderer/src/db/database';
import type { Interaction } from '../../renderer/src/domain/model';
import { TimelinePanel } from '../../renderer/src/features/customers/TimelinePanel';
import { bridgeDouble } from './bridge-double';
import { renderInApp } from './render';

const db = () => database();
/** A local-time instant, so the test does not depend on the machine's time zone. */
const local = (dateTime: string) => new Date(dateTime).toISOString();
const interaction = (extra: Partial<Interaction> & Pick<Interaction, 'id' | 'at' | 'channel' | 'summary'>): Interaction => ({
  customerId: 'c1', invoiceIds: [], documentIds: [], corrections: [], ...extra,
});

const CALL_SUMMARY = 'Promesse de paiement : 1 200,00 € pour le 15/12/2026\nProchaine étape du client : virement';
const todayCall = interaction({
  id: 'today', at: local('2026-11-30T09:15:00'), channel: 'call', summary: CALL_SUMMARY, outcome: 'promise', who: 'Mme Durand', durationSeconds: 245,
});
const yesterdayNote = interaction({
  id: 'yesterday', at: local('2026-11-29T17:40:00'), channel: 'note', outcome: 'promise-broken',
  summary: 'Promesse non tenue : aucun paiement reçu au 27/11/2026 pour 500,00 € promis le 26/11/2026. Le scénario de relance reprend.',
});
const oldFreeText = interaction({ id: 'old', at: local('2026-03-10T14:05:00'), channel: 'call', summary: 'Appel à M. Martin.', outcome: 'Rappeler lundi' });

const entry = (id: string) => screen.getAllByTestId('timeline-entry').find((e) => e.dataset.id === id)!;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-30T15:00:00'));
  await Promise.all([db().interactions.clear(), db().documents.clear()]);
  await db().interactions.bulkAdd([todayCall, yesterdayNote, oldFreeText]);
  setBridgeForTests(bridgeDouble().api);
});
afterEach(() => {
  setBridgeForTests(null);
  vi.useRealTimers();
});

async function openCorrection(user: ReturnType<typeof userEvent.setup>) {
  renderInApp(<TimelinePanel customerId="c1" />);
  await screen.findAllByTestId('timeline-entry');
  await user.click(within(entry('today')).getByRole('button', { name: 'Corriger l’échange du 30/11/2026 09:15' }));
  return screen.findByRole('textbox', { name: 'Résumé corrigé' });
}

describe('history lines', () => {
  it('offers "Corriger" on today’s line only, and shows outcomes in words with who and how long', async () => {
    renderInApp(<TimelinePanel customerId="c1" />);
    await screen.findAllByTestId('timeline-entry');
    expect(within(entry('today')).getByTestId('timeline-correct')).toHaveTextContent('Corriger');
    expect(within(entry('yesterday')).queryByTestId('timeline-correct')).toBeNull();
    expect(within(entry('old')).queryByTestId('timeline-correct')).toBeNull();

    expect(within(entry('today')).getByTestId('timeline-outcome')).toHaveTextContent('Résultat : Promesse de paiement');
    expect(within(entry('today')).getByTestId('timeline-who')).toHaveTextContent('avec Mme Durand');
    expect(within(entry('today')).getByTestId('timeline-duration')).toHaveTextContent('durée 4 min 05 s');
    expect(within(entry('yesterday')).getByTestId('timeline-outcome')).toHaveTextContent('Résultat : Promesse non tenue');
    expect(within(entry('yesterday')).queryByTestId('timeline-duration')).toBeNull();
    // An outcome typed as free text before the codes is shown as it was.
    expect(within(entry('old')).getByTestId('timeline-outcome')).toHaveTextContent('Résultat : Rappeler lundi');
  });

  it('says the outcomes in English too', async () => {
    renderInApp(<TimelinePanel customerId="c1" />, { language: 'en' });
    await screen.findAllByTestId('timeline-entry');
    expect(within(entry('today')).getByTestId('timeline-outcome')).toHaveTextContent('Outcome: Promise to pay');
    expect(within(entry('yesterday')).getByTestId('timeline-outcome')).toHaveTextContent('Outcome: Promise broken');
    expect(within(entry('today')).getByTestId('timeline-correct')).toHaveTextContent('Correct');
  });

  it('corrects today’s line and keeps the previous text', async () => {
    const user = userEvent.setup();
    const field = await openCorrection(user);
    expect(field).toHaveValue(CALL_SUMMARY);
    await user.clear(field);
    await user.type(field, 'Promesse de paiement : 1 200,00 € pour le 16/12/2026');
    await user.click(screen.getByRole('button', { name: 'Enregistrer la correction' }));

    await waitFor(() => expect(within(entry('today')).getByTestId('timeline-summary')).toHaveTextContent('pour le 16/12/2026'));
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Résumé corrigé' })).toBeNull());
    const correction = within(entry('today')).getByTestId('timeline-correction');
    expect(correction).toHaveTextContent('corrigé le 30/11/2026 15:00');
    expect(correction).toHaveTextContent('Avant le 30/11/2026 15:00 : Promesse de paiement : 1 200,00 € pour le 15/12/2026');

    const stored = await db().interactions.get('today');
    expect(stored?.summary).toBe('Promesse de paiement : 1 200,00 € pour le 16/12/2026');
    expect(stored?.corrections).toEqual([{ at: local('2026-11-30T15:00:00'), previousSummary: CALL_SUMMARY }]);
    // What the call recorded besides the summary is untouched.
    expect(stored).toMatchObject({ outcome: 'promise', who: 'Mme Durand', durationSeconds: 245 });
  });

  it('refuses an empty text in French and writes nothing', async () => {
    const user = userEvent.setup();
    const field = await openCorrection(user);
    await user.clear(field);
    await user.type(field, '   ');
    await user.click(screen.getByRole('button', { name: 'Enregistrer la correction' }));
    expect(await screen.findByText('Le résumé ne peut pas être vide : écrivez ce qui a été dit ou convenu.')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(await db().interactions.get('today')).toEqual(todayCall);
    expect(within(entry('today')).queryByTestId('timeline-correction')).toBeNull();
  });

  it('refuses an unchanged text, and a correction saved after midnight', async () => {
    const user = userEvent.setup();
    const field = await openCorrection(user);
    await user.click(screen.getByRole('button', { name: 'Enregistrer la correction' }));
    expect(await screen.findByText('Le résumé n’a pas changé : il n’y a rien à corriger.')).toBeInTheDocument();

    await user.type(field, ' (confirmé par e-mail)');
    vi.setSystemTime(new Date('2026-12-01T00:05:00'));
    await user.click(screen.getByRole('button', { name: 'Enregistrer la correction' }));
    expect(
      await screen.findByText('Cet échange date du 30/11/2026 : il ne peut être corrigé que le jour même. Ajoutez plutôt une note au journal.'),
    ).toBeInTheDocument();
    expect(await db().interactions.get('today')).toEqual(todayCall);
  });
});

describe('a line added by hand', () => {
  it('records a visit with whom and what was said, dated now, and refuses a blank text', async () => {
    const user = userEvent.setup();
    renderInApp(<TimelinePanel customerId="c1" />);
    await screen.findAllByTestId('timeline-entry');
    await user.click(screen.getByRole('button', { name: 'Ajouter au journal' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ajouter une ligne à l’historique' });
    await user.click(within(dialog).getByRole('button', { name: 'Ajouter' }));
    expect(await within(dialog).findByText('Le résumé ne peut pas être vide : écrivez ce qui a été dit ou convenu.')).toBeInTheDocument();
    expect(await db().interactions.count()).toBe(3);

    await user.click(within(dialog).getByText('Visite'));
    await user.type(within(dialog).getByLabelText('Avec qui (facultatif)'), 'M. Martin');
    await user.type(within(dialog).getByLabelText('Ce qui a été dit ou convenu'), 'Passé au dépôt : chèque de 300 € remis vendredi.');
    await user.click(within(dialog).getByRole('button', { name: 'Ajouter' }));
    await waitFor(async () => expect(await db().interactions.count()).toBe(4));
    const added = (await db().interactions.toArray()).find((i) => i.channel === 'visit');
    expect(added).toMatchObject({ customerId: 'c1', who: 'M. Martin', summary: 'Passé au dépôt : chèque de 300 € remis vendredi.', at: local('2026-11-30T15:00:00') });
    await waitFor(() => expect(screen.getAllByTestId('timeline-entry')[0]).toHaveAttribute('data-channel', 'visit'));
    expect(within(screen.getAllByTestId('timeline-entry')[0]!).getByTestId('timeline-correct')).toBeInTheDocument();
  });
});
