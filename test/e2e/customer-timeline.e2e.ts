import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../renderer/src/domain/dates';
import type { Interaction } from '../../renderer/src/domain/model';
import { openApp, type Session } from './harness';
import { readStore, seed } from './seed';

let s: Session;
const today = todayIso(new Date());
const stamp = '2026-01-01T00:00:00.000Z';
/** A local-time timestamp `days` ago at `time`, as the app writes them. */
const at = (days: number, time: string) => new Date(`${addDays(today, -days)}T${time}:00`).toISOString();
const interaction = (id: string, days: number, time: string, channel: string, summary: string, extra: Record<string, unknown> = {}) => ({
  id, customerId: 'dupont', at: at(days, time), channel, summary, invoiceIds: [], documentIds: [], corrections: [], ...extra,
});

beforeAll(async () => {
  s = await openApp();
  await s.page.goto(`${s.host.url}#/clients`);
  await s.page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
  await seed(s.page, {
    customers: [{ id: 'dupont', reference: '411DUPONT', name: 'Menuiserie Dupont', kind: 'business', contacts: [], blocked: null, createdAt: stamp, updatedAt: stamp }],
    documents: [
      { id: 'doc1', customerId: 'dupont', kind: 'reminder-1', title: 'Relance 1 · FA-2026-101', path: '/nowhere/Relance 1 FA-2026-101.pdf', sha256: 'x', createdAt: at(12, '09:15') },
    ],
    interactions: [
      interaction('i1', 12, '09:15', 'letter', 'Relance 1 enregistrée (FA-2026-101).', { documentIds: ['doc1'] }),
      interaction('i2', 5, '11:00', 'registered-letter', 'Mise en demeure reçue par le client (AR signé).'),
      interaction('i3', 2, '14:05', 'call', 'Appel à Mme Durand : paiement promis pour le 20.', {
        outcome: 'Promesse de paiement',
        corrections: [{ at: at(1, '08:30'), previousSummary: 'Appel à Mme Durand : paiement promis pour le 15.' }],
      }),
    ],
  });
  await s.page.goto(`${s.host.url}#/clients/dupont`);
});
afterAll(async () => {
  await s?.close();
});

describe('customer timeline', () => {
  it('shows the exchanges newest first, the correction on demand', async () => {
    const tab = s.page.getByRole('tab', { name: 'Historique (3)' });
    await tab.waitFor();
    await tab.click();
    const entries = s.page.getByTestId('timeline-entry');
    await expect.poll(() => entries.count()).toBe(3);
    expect(await entries.getByTestId('timeline-channel').allTextContents()).toEqual(['Appel', 'Recommandé', 'Courrier']);
    expect(await entries.nth(2).getByRole('button', { name: 'Relance 1 · FA-2026-101' }).count()).toBe(1);
    const correction = entries.first().getByTestId('timeline-correction');
    await correction.getByText(/^corrigé le /).click();
    await expect.poll(() => correction.getByText(/paiement promis pour le 15\./).isVisible()).toBe(true);
    await s.page.waitForTimeout(300);
    await s.shot('customer-timeline');
    expect(s.errors).toEqual([]);
  });

  it('corrects a line written today, keeping the previous text; older lines cannot be corrected', async () => {
    const SUMMARY = 'Promesse de paiement : 500,00 € pour vendredi\nProchaine étape du client : virement';
    await seed(s.page, {
      interactions: [
        {
          ...interaction('i4', 0, '00:00', 'call', SUMMARY, { outcome: 'promise', who: 'Mme Durand', durationSeconds: 185 }),
          // Written a moment ago, on the user's day.
          at: new Date().toISOString(),
        },
      ],
    });
    await s.page.reload();
    await s.page.getByRole('tab', { name: 'Historique (4)' }).click();
    const entries = s.page.getByTestId('timeline-entry');
    await expect.poll(() => entries.count()).toBe(4);
    const today = entries.first();
    expect(await today.getAttribute('data-id')).toBe('i4');
    expect(await today.getByTestId('timeline-outcome').textContent()).toBe('Résultat : Promesse de paiement');
    expect(await today.getByTestId('timeline-who').textContent()).toBe('avec Mme Durand');
    expect(await today.getByTestId('timeline-duration').textContent()).toBe('durée 3 min 05 s');
    // Only today's line has the button.
    expect(await s.page.getByTestId('timeline-correct').count()).toBe(1);
    expect(await entries.nth(1).getByTestId('timeline-correct').count()).toBe(0);

    await today.getByTestId('timeline-correct').click();
    const field = s.page.getByRole('textbox', { name: 'Résumé corrigé' });
    expect(await field.inputValue()).toBe(SUMMARY);
    await field.fill('  ');
    await s.page.getByRole('button', { name: 'Enregistrer la correction' }).click();
    await expect.poll(() => s.page.getByText('Le résumé ne peut pas être vide : écrivez ce qui a été dit ou convenu.').count()).toBe(1);
    await s.page.waitForTimeout(300);
    await s.shot('timeline-correction-refused');
    expect((await readStore<Interaction>(s.page, 'interactions')).find((i) => i.id === 'i4')?.corrections).toEqual([]);

    await field.fill('Promesse de paiement : 500,00 € pour lundi\nProchaine étape du client : virement');
    await s.page.getByRole('button', { name: 'Enregistrer la correction' }).click();
    await expect.poll(() => field.count()).toBe(0);
    await expect.poll(() => today.getByTestId('timeline-summary').textContent()).toContain('pour lundi');
    const correction = today.getByTestId('timeline-correction');
    await correction.getByText(/^corrigé le /).click();
    await expect.poll(() => correction.getByText(/pour vendredi/).isVisible()).toBe(true);
    const stored = (await readStore<Interaction>(s.page, 'interactions')).find((i) => i.id === 'i4');
    expect(stored?.summary).toBe('Promesse de paiement : 500,00 € pour lundi\nProchaine étape du client : virement');
    expect(stored?.corrections.map((c) => c.previousSummary)).toEqual([SUMMARY]);
    await s.page.waitForTimeout(300);
    await s.shot('timeline-corrected');
    expect(s.errors).toEqual([]);
  });
});
