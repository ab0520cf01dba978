import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { database } from '../../renderer/src/db/database';
import { confirmRate, deleteRate, loadRates, saveRate } from '../../renderer/src/db/rates';
import { DEFAULT_RATES } from '../../renderer/src/domain/rates/default-rates';
import { RatesPanel } from '../../renderer/src/features/rates/RatesPanel';
import { renderInApp } from './render';

// The machine running the suite is shared and busy: give the panel (four Mantine tables) time.
vi.setConfig({ testTimeout: 20_000 });
configure({ asyncUtilTimeout: 5_000 });

beforeEach(async () => {
  await database().rates.clear();
});

const table = (kind: string) => screen.getByTestId(`rates-table-${kind}`);
const rowOf = (kind: string, from: string) => table(kind).querySelector<HTMLElement>(`[data-testid="rate-row"][data-from="${from}"]`);
/** Visible text with the no-break spaces of French typography made plain. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('stored rates', () => {
  it('seeds an empty table with the shipped rates, once', async () => {
    const first = await loadRates(database());
    expect(first).toHaveLength(DEFAULT_RATES.length);
    expect(await database().rates.count()).toBe(DEFAULT_RATES.length);
    await loadRates(database());
    expect(await database().rates.count()).toBe(DEFAULT_RATES.length);
  });

  it('adds the rows a newer version ships without touching the user’s edits or rows', async () => {
    await loadRates(database());
    // As if the table came from an older version: 2026 H1 legal rates were not shipped yet...
    await database().rates.bulkDelete(['legal-other-2026-01-01', 'legal-individual-2026-01-01']);
    // ...the user typed their own 2026 H1 legal-other row and corrected a shipped row.
    await saveRate(database(), { id: 'user-1', kind: 'legal-other', from: '2026-01-01', basisPoints: 263, source: 'Légifrance', confirmed: true });
    await saveRate(database(), { ...DEFAULT_RATES.find((r) => r.id === 'ecb-2025-06-11')!, source: 'Vérifié', confirmed: true });

    const rows = await loadRates(database());
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get('legal-individual-2026-01-01')?.basisPoints).toBe(667); // added
    expect(byId.has('legal-other-2026-01-01')).toBe(false); // the user's row for that half-year wins
    expect(byId.get('user-1')?.basisPoints).toBe(263);
    expect(byId.get('ecb-2025-06-11')).toMatchObject({ source: 'Vérifié', confirmed: true });
    expect(rows).toHaveLength(DEFAULT_RATES.length);
    expect(await database().rates.count()).toBe(DEFAULT_RATES.length);
  });

  it('refuses to save a row that breaks the table rules, and to delete a shipped row', async () => {
    await loadRates(database());
    const duplicate = await saveRate(database(), { id: 'user-2', kind: 'b2b-default', from: '2026-01-01', basisPoints: 1200, source: 'x', confirmed: true });
    expect(duplicate).toEqual({ ok: false, errors: { from: { code: 'duplicate', params: { date: '01/01/2026' } } } });
    expect(await database().rates.get('user-2')).toBeUndefined();
    expect(await deleteRate(database(), 'b2b-2026-01-01')).toBe(false);
    expect(await database().rates.get('b2b-2026-01-01')).toBeDefined();
    expect(await confirmRate(database(), 'b2b-2026-01-01')).toBe(true);
    expect((await database().rates.get('b2b-2026-01-01'))?.confirmed).toBe(true);
  });
});

describe('Paramètres → Taux', () => {
  it('shows the four tables, seeded, with the French rates and the rows to check', async () => {
    renderInApp(<RatesPanel />);
    await screen.findByTestId('rates-panel');
    expect(await database().rates.count()).toBe(DEFAULT_RATES.length);
    for (const title of ['Taux BCE', 'Taux de pénalité B2B par semestre', 'Taux légal — créancier particulier', 'Taux légal — autres cas']) {
      expect(screen.getByRole('heading', { name: title })).toBeInTheDocument();
    }
    const b2b2026 = rowOf('b2b-default', '2026-01-01')!;
    expect(plain(b2b2026.textContent)).toContain('1er semestre 2026');
    expect(plain(within(b2b2026).getByTestId('rate-value').textContent)).toBe('12,15 %');
    expect(within(b2b2026).getByTestId('rate-unconfirmed')).toHaveTextContent('À vérifier');
    expect(plain(within(rowOf('legal-other', '2025-07-01')!).getByTestId('rate-value').textContent)).toBe('2,76 %');
    expect(within(rowOf('ecb', '2025-06-11')!).getByTestId('rate-unconfirmed')).toBeInTheDocument();
    expect(screen.getAllByTestId('rate-unconfirmed')).toHaveLength(3);
    expect(screen.getByTestId('rates-unconfirmed-notice')).toHaveTextContent('3 taux sont à vérifier');
    expect(screen.getByTestId('rates-intro')).toHaveTextContent('majoré de 10 points');
  });

  it('adds the next half-year to the B2B table, proposed at the ECB rate + 10 points', async () => {
    const user = userEvent.setup();
    renderInApp(<RatesPanel />);
    await user.click(await screen.findByTestId('rates-add-b2b-default'));
    const dialog = await screen.findByRole('dialog', { name: /Ajouter un semestre/ });
    expect(within(dialog).getByLabelText(/Premier jour du semestre/)).toHaveValue('01/07/2026');
    expect(within(dialog).getByLabelText(/^Taux/)).toHaveValue('12,15');
    expect(plain(within(dialog).getByTestId('rate-proposal').textContent)).toContain('le taux BCE de 2,15 %, en vigueur depuis le 11/06/2025, + 10 points');
    await user.clear(within(dialog).getByLabelText(/^Taux/));
    await user.type(within(dialog).getByLabelText(/^Taux/), '12,40 %');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => expect(rowOf('b2b-default', '2026-07-01')).not.toBeNull());
    const row = rowOf('b2b-default', '2026-07-01')!;
    expect(plain(row.textContent)).toContain('2e semestre 2026');
    expect(plain(within(row).getByTestId('rate-value').textContent)).toBe('12,40 %');
    const stored = (await database().rates.where('kind').equals('b2b-default').toArray()).find((r) => r.from === '2026-07-01');
    expect(stored).toMatchObject({ basisPoints: 1240, confirmed: true });
    expect(stored!.id).toMatch(/^user-/);
  });

  it('refuses a half-year that does not start on 1 January or 1 July, with the French message', async () => {
    const user = userEvent.setup();
    renderInApp(<RatesPanel />);
    await user.click(await screen.findByTestId('rates-add-legal-other'));
    const dialog = await screen.findByRole('dialog');
    const from = within(dialog).getByLabelText(/Premier jour du semestre/);
    await user.clear(from);
    await user.type(from, '15/08/2026');
    await user.type(within(dialog).getByLabelText(/^Taux/), '2,5');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    expect(
      await within(dialog).findByText('Un taux semestriel commence le 1er janvier ou le 1er juillet : pour ce semestre, indiquez le 01/07/2026.'),
    ).toBeInTheDocument();
    await user.clear(within(dialog).getByLabelText(/^Taux/));
    await user.type(within(dialog).getByLabelText(/^Taux/), '150');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(dialog).findByText('Le taux doit être compris entre 0 et 100 %.')).toBeInTheDocument();
    expect(await database().rates.count()).toBe(DEFAULT_RATES.length);
  });

  it('confirms a row to check', async () => {
    const user = userEvent.setup();
    renderInApp(<RatesPanel />);
    await screen.findByTestId('rates-panel');
    await user.click(within(rowOf('b2b-default', '2026-01-01')!).getByRole('button', { name: 'Confirmer le taux : 1er semestre 2026' }));
    await waitFor(async () => expect((await database().rates.get('b2b-2026-01-01'))?.confirmed).toBe(true));
    await waitFor(() => expect(within(rowOf('b2b-default', '2026-01-01')!).queryByTestId('rate-unconfirmed')).toBeNull());
    expect(screen.getAllByTestId('rate-unconfirmed')).toHaveLength(2);
  });

  it('edits a shipped row and deletes a row the user added, after asking', async () => {
    await loadRates(database());
    await saveRate(database(), { id: 'user-9', kind: 'legal-other', from: '2026-07-01', basisPoints: 250, source: 'Saisie manuelle', confirmed: true });
    const user = userEvent.setup();
    renderInApp(<RatesPanel />);
    await screen.findByTestId('rates-panel');

    // Shipped rows can be corrected but not deleted.
    expect(within(rowOf('legal-other', '2026-01-01')!).queryByRole('button', { name: /Supprimer/ })).toBeNull();
    await user.click(within(rowOf('legal-other', '2026-01-01')!).getByRole('button', { name: 'Modifier le taux : 1er semestre 2026' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText(/^Taux/)).toHaveValue('2,62');
    await user.clear(within(dialog).getByLabelText(/^Taux/));
    await user.type(within(dialog).getByLabelText(/^Taux/), '2.63');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    await waitFor(async () => expect((await database().rates.get('legal-other-2026-01-01'))?.basisPoints).toBe(263));

    await user.click(within(rowOf('legal-other', '2026-07-01')!).getByRole('button', { name: 'Supprimer le taux : 2e semestre 2026' }));
    const confirm = await screen.findByRole('dialog', { name: 'Supprimer ce taux ?' });
    expect(plain(confirm.textContent)).toContain('Taux légal — autres cas : 2e semestre 2026, 2,50 %.');
    await user.click(within(confirm).getByTestId('rate-delete-confirm'));
    await waitFor(async () => expect(await database().rates.get('user-9')).toBeUndefined());
    await waitFor(() => expect(rowOf('legal-other', '2026-07-01')).toBeNull());
  });

  it('speaks English too', async () => {
    renderInApp(<RatesPanel />, { language: 'en' });
    await screen.findByTestId('rates-panel');
    expect(screen.getByRole('heading', { name: 'B2B penalty rate per half-year' })).toBeInTheDocument();
    expect(within(rowOf('b2b-default', '2026-01-01')!).getByTestId('rate-value')).toHaveTextContent('12.15%');
    expect(rowOf('b2b-default', '2026-01-01')!.textContent).toContain('First half of 2026');
  });
});
