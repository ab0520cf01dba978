/**
 * A payment plan from the customer page, end to end in Chromium with the browser clock set by the
 * test: two late invoices (5 207,08 €) spread in 3 monthly instalments mostly with the keyboard,
 * the plan and its history line in the store, its 3 instalment checks in the calendar, the
 * agreement laid out by main, saved and printed (its PDF read back), then the plan renegotiated
 * with the earlier one kept in the history.
 *
 * Today is Tuesday 10/03/2026. Default first date: 17/03/2026 (today + 7 days, a Tuesday). Monthly
 * from there: 17/03, Friday 17/04, and Sunday 17/05 moved to Monday 18/05. Each check is the
 * business day after: 18/03, Monday 20/04 and 19/05.
 */
import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Interaction, PaymentPlan, Task } from '../../renderer/src/domain/model';
import { SAMPLE_COMPANY } from '../support/sample-company';
import { plainSpaces, readPdf } from '../support/letter-fixtures';
import { openApp, SCREENSHOTS, type Session } from './harness';
import { readStore as readStoreOf, seed } from './seed';

const TODAY = '2026-03-10';
const stamp = '2026-01-01T00:00:00.000Z';
const DUE = ['2026-03-17', '2026-04-17', '2026-05-18'];
const CHECKS = ['2026-03-18', '2026-04-20', '2026-05-19'];
const AMOUNTS = [173_569, 173_569, 173_570];

const customer = {
  id: 'dupont', reference: '411DUPONT', name: 'Menuiserie Dupont', kind: 'business', siren: '552100554', blocked: null, createdAt: stamp, updatedAt: stamp,
  address: 'Menuiserie Dupont\n12 rue des Lilas\n69003 Lyon',
  contacts: [{ id: 'k1', name: 'Claire Durand', role: 'Comptable', email: 'claire.durand@dupont.fr' }],
};
const invoice = (id: string, number: string, cents: number, dueDate: string) => ({
  id, customerId: 'dupont', number, issueDate: '2025-12-15', dueDate, amountCents: cents, sourceOpenCents: cents, openCents: cents,
  hold: null, source: 'import', createdAt: stamp, updatedAt: stamp,
});

let s: Session;
const readStore = <T,>(store: string) => readStoreOf<T>(s.page, store);
const plain = (text: string | null) => plainSpaces(text ?? '');
/**
 * Replaces the focused field's text with the keyboard. Cleared with keys rather than Ctrl+A: the
 * field re-renders as the plan is rebuilt, which can drop a selection made a moment before.
 */
async function retype(field: Locator, text: string) {
  await s.page.keyboard.press('End');
  for (let i = 0; i < 3; i += 1) await s.page.keyboard.press('Backspace');
  await expect.poll(() => field.inputValue()).toBe('');
  await s.page.keyboard.type(text);
}

const settledShot = async (name: string) => {
  await s.page.waitForTimeout(400);
  await s.shot(name);
};
const instalmentChecks = async () => (await readStore<Task>('tasks')).filter((t) => t.action === 'instalment-check' && t.status === 'planned');

async function openCustomer() {
  await s.page.goto(`${s.host.url}#/clients/dupont`);
  await s.page.getByRole('heading', { level: 1, name: 'Menuiserie Dupont' }).waitFor();
}

beforeAll(async () => {
  s = await openApp();
  await s.page.clock.setFixedTime(new Date(`${TODAY}T09:00:00`));
  await s.page.goto(`${s.host.url}#/clients`);
  await s.page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
  await seed(s.page, {
    customers: [customer],
    // 3 000,00 + 2 207,08 = 5 207,08 €, both late.
    invoices: [invoice('d1', 'FA-2026-101', 300_000, '2026-01-14'), invoice('d2', 'FA-2026-117', 220_708, '2026-02-13')],
    settings: [
      { key: 'company', value: SAMPLE_COMPANY, updatedAt: stamp },
      {
        key: 'letters',
        value: {
          envelopeOffsetMm: { x: 0, y: 0 }, emailMode: 'eml', signatureName: 'Paul Girard', signatureRole: 'Gérant',
          place: '', formalNoticeDeadlineDays: 8, defaultTone: 'cordial',
        },
        updatedAt: stamp,
      },
    ],
  });
  // Written behind Dexie's back: a reload drops the live queries' cache of the tables (the list of customers).
  await s.page.reload();
  await openCustomer();
});
afterAll(async () => {
  await s?.close();
});

describe('a payment plan from the customer page', () => {
  let planId = '';
  let printedPdf = '';

  it('proposes 3 monthly instalments with the keyboard and states where the odd cent went', async () => {
    const propose = s.page.getByTestId('propose-plan');
    await propose.focus();
    await s.page.keyboard.press('Enter');
    const modal = s.page.getByTestId('propose-plan-modal').getByRole('dialog');
    await modal.getByTestId('plan-editor').waitFor();
    // Both late invoices offered and ticked; penalties owed shown and waived by default.
    expect(await modal.getByTestId('plan-invoice').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.number))).toEqual(['FA-2026-101', 'FA-2026-117']);
    expect(await modal.getByRole('radio', { name: 'Abandonnées' }).isChecked()).toBe(true);

    // Type the count; walk the rhythm with the arrow keys and come back to monthly.
    const count = modal.getByTestId('plan-count');
    await count.focus();
    await retype(count, '4');
    await expect.poll(() => modal.getByTestId('plan-instalment').count()).toBe(4);
    await retype(count, '3');
    await expect.poll(() => modal.getByTestId('plan-instalment').count()).toBe(3);
    expect(await modal.getByTestId('plan-first').inputValue()).toBe(DUE[0]);
    await modal.getByRole('radio', { name: 'Mensuel' }).focus();
    await s.page.keyboard.press('ArrowLeft');
    expect(await modal.getByRole('radio', { name: 'Toutes les 2 semaines' }).isChecked()).toBe(true);
    await s.page.keyboard.press('ArrowRight');
    expect(await modal.getByRole('radio', { name: 'Mensuel' }).isChecked()).toBe(true);

    await expect.poll(async () => plain(await modal.getByTestId('plan-sentence').textContent())).toContain(
      '5 207,08 € en 3 échéances mensuelles, du 17/03/2026 au 18/05/2026. Les 2 premières échéances de 1 735,69 €, la dernière de 1 735,70 €.',
    );
    expect((await modal.getByTestId('plan-instalment-amount').allTextContents()).map(plain)).toEqual(['1 735,69 €', '1 735,69 €', '1 735,70 €']);
    expect(await modal.getByTestId('plan-instalment-date').allTextContents()).toEqual(['17/03/2026', '17/04/2026', '18/05/2026']);
    await settledShot('payment-plans-propose');

    // Typed amounts that do not cover the total: the message, and no saving.
    await modal.getByRole('switch', { name: /^Montants modifiés à la main/ }).check();
    const third = modal.getByTestId('plan-amount-3');
    await third.fill('1728,62');
    await expect.poll(async () => plain(await modal.getByTestId('plan-amounts-error').textContent())).toBe(
      'Il manque 7,08 € : les échéances font 5 200,00 € pour un total de 5 207,08 €.',
    );
    expect(await modal.getByTestId('plan-save').isDisabled()).toBe(true);
    await settledShot('payment-plans-amounts-short');
    await modal.getByRole('switch', { name: /^Montants modifiés à la main/ }).uncheck();

    // Entrée in the count saves.
    await count.focus();
    await s.page.keyboard.press('Enter');
    await modal.getByTestId('plan-saved').waitFor({ timeout: 15_000 });
    expect(plain(await modal.getByTestId('plan-saved').textContent())).toContain('3 contrôles d’échéance ont été ajoutés au calendrier');
    await settledShot('payment-plans-saved');
  });

  it('stores the plan with its line in the history, and puts its 3 checks in the calendar', async () => {
    const plans = await readStore<PaymentPlan>('plans');
    expect(plans).toHaveLength(1);
    const [plan] = plans as [PaymentPlan];
    planId = plan.id;
    expect(plan.status).toBe('active');
    expect(plan.invoiceIds.sort()).toEqual(['d1', 'd2']);
    expect(plan.instalments.map((i) => [i.dueDate, i.amountCents])).toEqual(DUE.map((d, i) => [d, AMOUNTS[i]]));
    expect(plan.penalties?.mode).toBe('waived');
    const line = (await readStore<Interaction>('interactions')).find((i) => i.planId === plan.id);
    expect(plain(line?.summary ?? '')).toMatch(/^Échéancier convenu : 5 207,08 € en 3 échéances mensuelles/);

    await expect.poll(async () => (await instalmentChecks()).map((t) => t.date).sort()).toEqual(CHECKS);

    await s.page.goto(`${s.host.url}#/calendrier`);
    await s.page.getByRole('heading', { level: 1, name: 'Calendrier' }).waitFor();
    await s.page.getByTestId('calendar-planning').waitFor({ state: 'detached', timeout: 20_000 });
    const chip = (date: string) => s.page.locator(`[data-testid="calendar-day"][data-date="${date}"] [data-testid="calendar-chip"]`, { hasText: 'Menuiserie Dupont' });
    await settledShot('payment-plans-calendar-march');
    expect(await s.page.getByTestId('calendar-heading').textContent()).toBe('Mars 2026');
    await expect.poll(() => chip(CHECKS[0]!).count(), { timeout: 10_000 }).toBe(1);
    await s.page.getByTestId('calendar-next').click();
    await expect.poll(() => chip(CHECKS[1]!).count(), { timeout: 10_000 }).toBe(1);
    await s.page.getByTestId('calendar-next').click();
    await expect.poll(() => chip(CHECKS[2]!).count(), { timeout: 10_000 }).toBe(1);
    expect(s.errors).toEqual([]);
  });

  it('shows the plan on the customer page and prints its agreement with the 3 amounts', async () => {
    await openCustomer();
    await s.page.getByRole('tab', { name: 'Plans et promesses (1)' }).click();
    const card = s.page.getByTestId('plan-card');
    await card.waitFor();
    expect(await card.getByTestId('plan-status').textContent()).toBe('En cours');
    expect(await card.getByTestId('plan-card-instalment').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.state))).toEqual([
      'upcoming', 'upcoming', 'upcoming',
    ]);
    await settledShot('payment-plans-tab');

    await card.getByTestId('plan-print').click();
    const composer = s.page.getByTestId('letter-composer').getByRole('dialog');
    await expect.poll(() => composer.getByTestId('composer-preview').locator('canvas').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await settledShot('payment-plans-agreement-preview');
    await composer.getByTestId('composer-save').click();
    await composer.getByTestId('composer-saved').waitFor({ timeout: 20_000 });
    await composer.getByRole('button', { name: 'Imprimer' }).click();
    await expect.poll(() => s.host.printer.printed.length).toBe(1);
    printedPdf = s.host.printer.printed[0]!;
    await copyFile(printedPdf, path.join(SCREENSHOTS, 'payment-plans-agreement.pdf'));

    const pdf = await readPdf(new Uint8Array(await readFile(printedPdf)));
    const text = plainSpaces(pdf.texts.join('\n'));
    for (const mention of ['ACCORD D’ÉCHÉANCIER DE PAIEMENT', 'Menuiserie Dupont', 'FA-2026-101', 'FA-2026-117', '5 207,08 €', '1 735,69 €', '1 735,70 €', '17/03/2026', '17/04/2026', '18/05/2026']) {
      expect(text, mention).toContain(mention);
    }
    expect(text.split('1 735,69 €').length - 1).toBeGreaterThanOrEqual(2);
    await s.page.keyboard.press('Escape');
  });

  it('renegotiates the plan in 4 instalments and shows the earlier one in the history', async () => {
    const card = s.page.getByTestId('plan-card');
    await card.getByTestId('plan-renegotiate').click();
    const modal = s.page.getByTestId('renegotiate-modal').getByRole('dialog');
    await modal.getByTestId('renegotiate-remaining').waitFor();
    expect(plain(await modal.getByTestId('renegotiate-remaining').textContent())).toBe('Reste à échelonner : 5 207,08 €');
    const count = modal.getByTestId('plan-count');
    await count.focus();
    await retype(count, '4');
    await expect.poll(async () => plain(await modal.getByTestId('plan-sentence').textContent())).toContain('5 207,08 € en 4 échéances mensuelles');
    await settledShot('payment-plans-renegotiate');
    await s.page.keyboard.press('Enter');
    await modal.getByTestId('plan-saved').waitFor({ timeout: 15_000 });
    await modal.getByRole('button', { name: 'Fermer' }).click();

    const plans = await readStore<PaymentPlan>('plans');
    const old = plans.find((p) => p.id === planId);
    const next = plans.find((p) => p.id !== planId);
    expect(old?.status).toBe('renegotiated');
    expect(old?.replacedByPlanId).toBe(next?.id);
    expect(next?.instalments.map((i) => i.amountCents)).toEqual([130_177, 130_177, 130_177, 130_177]);
    expect(next?.history?.map((h) => [h.planId, h.totalCents, h.paidCents])).toEqual([[planId, 520_708, 0]]);
    // The old plan's checks leave the calendar, the new plan's 4 come in.
    await expect.poll(async () => (await instalmentChecks()).map((t) => t.planId)).toEqual([next?.id, next?.id, next?.id, next?.id]);

    await expect.poll(() => s.page.getByTestId('plan-card').count()).toBe(2);
    expect(await s.page.getByTestId('plan-status').allTextContents()).toEqual(['En cours', 'Renégocié']);
    expect(plain(await s.page.getByTestId('plan-history-entry').first().textContent())).toBe(
      'Échéancier du 10/03/2026 : 5 207,08 €, dont 0,00 € payés, renégocié le 10/03/2026',
    );
    await settledShot('payment-plans-renegotiated');
    expect(s.errors).toEqual([]);
  });
});
