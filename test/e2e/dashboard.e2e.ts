/**
 * The dashboard end to end, the browser clock set by the test to Monday 30/11/2026, 09:00.
 *
 * Seeded: Menuiserie Dupont (blocked) promised 1 200 € for Friday 20/11, checked Monday 23/11, and
 * paid nothing; Boulangerie Martin's plan of 3 × 400 € (agreed 15/09) had its first instalment
 * paid on 09/10 and the second, due Tuesday 10/11, never (checked on the next business day: 11/11
 * is a holiday, so Thursday 12/11). Garage de Lyon promised 350 € for 02/12 (checked 03/12).
 * Neither the promise nor the plan is marked broken in the data: the planning run at start-up must
 * find them so, log it once in each customer's history, and the dashboard show both alerts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Interaction, PaymentPlan, PaymentPromise } from '../../renderer/src/domain/model';
import { openApp, type Session } from './harness';
import { readStore, seed } from './seed';

const TODAY = '2026-11-30';
const stamp = '2026-01-01T00:00:00.000Z';

let s: Session;

const customer = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id, reference: `411${id.toUpperCase()}`, name, kind: 'business', contacts: [{ id: `${id}-k`, name: 'Comptabilité', phone: '04 78 12 34 56' }], blocked: null, createdAt: stamp, updatedAt: stamp, ...extra,
});
const invoice = (id: string, customerId: string, dueDate: string, amountCents: number, openCents = amountCents) => ({
  id, customerId, number: `FA-2026-${id}`, issueDate: '2026-07-01', dueDate, amountCents, sourceOpenCents: openCents, openCents, hold: null, source: 'manual', createdAt: stamp, updatedAt: stamp,
});

const DATA = {
  customers: [
    customer('dupont', 'Menuiserie Dupont', { blocked: { since: '2026-11-02', reason: 'Impayés répétés' } }),
    customer('martin', 'Boulangerie Martin'),
    customer('lyon', 'Garage de Lyon'),
  ],
  invoices: [
    invoice('101', 'dupont', '2026-10-15', 120_000), // 46 days late
    invoice('102', 'dupont', '2026-12-15', 10_000), // not due
    invoice('201', 'martin', '2026-08-01', 120_000, 80_000), // 121 days late, 400 € paid
    invoice('301', 'lyon', '2026-11-20', 35_000), // 10 days late
  ],
  payments: [
    {
      id: 'pay-martin', customerId: 'martin', kind: 'payment', source: 'manual', date: '2026-10-09', amountCents: 40_000, reference: 'VIR 0910',
      allocations: [{ invoiceId: '201', cents: 40_000, pendingCents: 40_000 }], unallocatedCents: 0, createdAt: '2026-10-09T10:00:00.000Z',
    },
  ],
  promises: [
    { id: 'promise-dupont', customerId: 'dupont', invoiceIds: ['101'], promisedDate: '2026-11-20', amountCents: 120_000, status: 'open', madeOn: '2026-11-10', checkDate: '2026-11-23' },
    { id: 'promise-lyon', customerId: 'lyon', invoiceIds: ['301'], promisedDate: '2026-12-02', amountCents: 35_000, status: 'open', madeOn: '2026-11-27', checkDate: '2026-12-03' },
  ],
  plans: [
    {
      id: 'plan-martin', customerId: 'martin', invoiceIds: ['201'], status: 'active', createdAt: '2026-09-15T10:00:00.000Z', frequency: 'monthly',
      instalments: [
        { id: 'e1', dueDate: '2026-10-10', amountCents: 40_000, paidCents: 0 },
        { id: 'e2', dueDate: '2026-11-10', amountCents: 40_000, paidCents: 0 },
        { id: 'e3', dueDate: '2026-12-10', amountCents: 40_000, paidCents: 0 },
      ],
    },
  ],
  documents: [
    { id: 'doc-dupont', customerId: 'dupont', kind: 'reminder-1', title: 'Relance 1 · FA-2026-101', path: '/nowhere/Relance 1.pdf', sha256: 'x', createdAt: '2026-10-20T09:00:00.000Z' },
  ],
};

const alerts = () => s.page.getByTestId('dashboard-alert');
const alertOf = (kind: 'promise' | 'plan') => s.page.locator(`[data-testid="dashboard-alert"][data-kind="${kind}"]`);
const text = async (locator: ReturnType<typeof alerts>) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ');

async function openDashboard() {
  await s.page.goto(`${s.host.url}#/`);
  await s.page.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor();
}

/** The customer's history lines with the given outcome code, as the Historique tab lists them. */
async function historyLines(customerId: string, outcome: string) {
  await s.page.goto(`${s.host.url}#/clients/${customerId}`);
  await s.page.getByRole('tab', { name: /^Historique/ }).click();
  await s.page.getByTestId('timeline').waitFor();
  return s.page.locator(`[data-testid="timeline-entry"][data-outcome="${outcome}"]`);
}

const settledShot = async (name: string) => {
  await s.page.waitForTimeout(400);
  await s.shot(name);
};

beforeAll(async () => {
  s = await openApp();
  await s.page.clock.setFixedTime(new Date(`${TODAY}T09:00:00`));
  await s.page.reload();
});
afterAll(async () => {
  await s?.close();
});

describe('dashboard', () => {
  it('welcomes a new user with the way to the import', async () => {
    await openDashboard();
    const welcome = s.page.getByTestId('dashboard-empty');
    await welcome.waitFor();
    expect(await welcome.textContent()).toContain('Commencez par importer votre export comptable (FEC ou CSV)');
    await welcome.getByRole('link', { name: 'Importer un fichier' }).click();
    await expect.poll(() => s.page.url()).toContain('#/import');
    await openDashboard();
    await settledShot('dashboard-empty');
  });

  it('finds the promise and the plan broken at start-up and shows both alerts', async () => {
    await seed(s.page, DATA);
    await s.page.reload();
    await openDashboard();
    await expect.poll(() => alerts().count(), { timeout: 20_000 }).toBe(2);

    // Decided by the planning run, in the data.
    const promise = (await readStore<PaymentPromise>(s.page, 'promises')).find((p) => p.id === 'promise-dupont');
    expect(promise).toMatchObject({ status: 'broken', resolvedOn: '2026-11-23', paidCents: 0 });
    const plan = (await readStore<PaymentPlan>(s.page, 'plans'))[0];
    expect(plan).toMatchObject({ status: 'broken', brokenOn: TODAY });
    expect(plan?.instalments.map((i) => i.paidCents)).toEqual([40_000, 0, 0]);

    // The day's desktop notification says it first.
    await expect
      .poll(() => s.host.notifier.shown.at(-1)?.body ?? '', { timeout: 15_000 })
      .toMatch(/^2 engagements non tenus \(promesses ou échéances\), voir le tableau de bord\. /);

    // Oldest first: the promise broke on 23/11, the plan today.
    expect(await alerts().evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.kind))).toEqual(['promise', 'plan']);
    const promiseText = await text(alertOf('promise'));
    expect(promiseText).toContain('Promesse non tenue');
    expect(promiseText).toContain('Menuiserie Dupont');
    expect(promiseText).toContain('Bloqué');
    expect(promiseText).toContain('1 200,00 € promis pour le 20/11/2026 : aucun paiement reçu.');
    expect(promiseText).toContain('Depuis le 23/11/2026 (7 jours). La promesse n’est plus attendue : le scénario de relance a repris.');
    const planText = await text(alertOf('plan'));
    expect(planText).toContain('Échéancier rompu');
    expect(planText).toContain('Boulangerie Martin');
    expect(planText).toContain('Échéance 2/3 de 400,00 € du 10/11/2026 non payée (400,00 € manquants).');
    expect(planText).toContain('Depuis aujourd’hui. L’échéancier ne suspend plus les relances : le scénario de relance a repris.');
    expect(await alertOf('promise').getByRole('link', { name: 'Appeler Menuiserie Dupont' }).getAttribute('href')).toBe('#/appel/dupont');

    // The rest of the page: the promise to check, the figures.
    expect(((await s.page.getByTestId('promise-due').allTextContents()).join('|')).replace(/\s+/g, ' ')).toContain('Garage de Lyon350,00 € promis pour le 02/12/2026vérification le 03/12/2026');
    await expect.poll(async () => ((await s.page.getByTestId('figure-overdue').textContent()) ?? '').replace(/\s+/g, ' ')).toBe('2 350,00 €');
    expect(await s.page.getByTestId('top-debtor').locator('a').allTextContents()).toEqual(['Menuiserie Dupont', 'Boulangerie Martin', 'Garage de Lyon']);
    await settledShot('dashboard-alerts');
    expect(s.errors).toEqual([]);
  });

  it('"Vu" dismisses one alert, for good: still gone after a reload', async () => {
    await alertOf('promise').getByRole('button', { name: 'Vu : retirer l’alerte « Promesse non tenue » de Menuiserie Dupont' }).click();
    await expect.poll(() => alerts().count()).toBe(1);
    await expect.poll(() => s.page.getByTestId('seen-notice').textContent()).toBe(
      'Alerte « Promesse non tenue » de Menuiserie Dupont retirée. Elle reste dans l’historique du client.',
    );
    await settledShot('dashboard-seen');
    await s.page.reload();
    await openDashboard();
    await expect.poll(() => s.page.getByTestId('dashboard-figures').count(), { timeout: 20_000 }).toBe(1);
    expect(await alerts().evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.kind))).toEqual(['plan']);
    const promise = (await readStore<PaymentPromise>(s.page, 'promises')).find((p) => p.id === 'promise-dupont');
    expect(promise?.status).toBe('broken');
    expect(promise?.flagClearedAt).toBe(new Date(`${TODAY}T09:00:00`).toISOString());
  });

  it('logs each broken agreement exactly once in the history, even after another start', async () => {
    for (let start = 0; start < 2; start++) {
      const broken = await historyLines('dupont', 'promise-broken');
      await expect.poll(() => broken.count()).toBe(1);
      expect((await broken.getByTestId('timeline-summary').textContent())?.replace(/\s+/g, ' ')).toBe(
        'Promesse non tenue : aucun paiement reçu au 23/11/2026 pour 1 200,00 € promis le 20/11/2026. Le scénario de relance reprend.',
      );
      expect(await broken.getByTestId('timeline-outcome').textContent()).toBe('Résultat : Promesse non tenue');
      if (start === 0) await settledShot('dashboard-history-promise');
      const missed = await historyLines('martin', 'instalment-missed');
      await expect.poll(() => missed.count()).toBe(1);
      expect(await missed.getByTestId('timeline-summary').textContent()).toContain('Échéance 2/3 du 10/11/2026 non payée');
      await s.page.reload();
      await openDashboard();
      await expect.poll(() => alerts().count(), { timeout: 20_000 }).toBe(1);
    }
    const lines = (await readStore<Interaction>(s.page, 'interactions')).filter((i) => i.outcome === 'promise-broken' || i.outcome === 'instalment-missed');
    expect(lines.map((i) => i.outcome).sort()).toEqual(['instalment-missed', 'promise-broken']);
    expect(s.errors).toEqual([]);
  });

  it('shows the blocked flag next to the customer in the documents list too', async () => {
    await s.page.goto(`${s.host.url}#/documents`);
    const row = s.page.getByTestId('document-row').filter({ hasText: 'Menuiserie Dupont' });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getByTestId('blocked-badge').textContent()).toBe('Bloqué');
    await settledShot('documents-blocked');
  });
});
