/**
 * Paramètres → Scénarios in Chromium: a shorter ladder typed in the editor (a step out of order
 * refused first), given to the customer group "Grands comptes", and the Calendrier following it
 * for that group's customer while the others keep the standard ladder.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBusinessCalendar } from '../../renderer/src/domain/calendar/calendar-rules';
import { addDays, todayIso } from '../../renderer/src/domain/dates';
import type { Scenario, Task } from '../../renderer/src/domain/model';
import { openApp, type Session } from './harness';
import { readStore as readStoreOf, seed } from './seed';

let s: Session;
const today = todayIso(new Date());
const stamp = '2026-01-01T00:00:00.000Z';
const business = createBusinessCalendar({ zone: 'metropole', closings: [] });
const onBusinessDay = (date: string) => (business.isBusinessDay(date) ? date : business.nextBusinessDay(date));

const customer = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id, reference: `411${id.toUpperCase()}`, name, kind: 'business', contacts: [], blocked: null, createdAt: stamp, updatedAt: stamp, ...extra,
});
const due = addDays(today, -6);
const invoice = (id: string, customerId: string, number: string, cents: number) => ({
  id, customerId, number, issueDate: addDays(due, -30), dueDate: due, amountCents: cents,
  sourceOpenCents: cents, openCents: cents, hold: null, source: 'import', createdAt: stamp, updatedAt: stamp,
});

const readStore = <T,>(store: string) => readStoreOf<T>(s.page, store);
const plannedFor = async (customerId: string) =>
  (await readStore<Task>('tasks')).filter((task) => task.status === 'planned' && task.customerId === customerId);

async function openCalendar() {
  await s.page.goto(`${s.host.url}#/calendrier`);
  await s.page.getByRole('heading', { level: 1, name: 'Calendrier' }).waitFor();
  await s.page.getByTestId('calendar-planning').waitFor({ state: 'detached', timeout: 20_000 });
}
const settle = () => s.page.waitForTimeout(400);

beforeAll(async () => {
  s = await openApp();
  await s.page.goto(`${s.host.url}#/clients`);
  await s.page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
  await seed(s.page, {
    customers: [customer('dupont', 'Menuiserie Dupont', { group: 'Grands comptes' }), customer('martin', 'Garage Martin')],
    invoices: [invoice('d1', 'dupont', 'FA-2026-101', 240000), invoice('m1', 'martin', 'FA-2026-105', 180000)],
    settings: [{ key: 'calendar', value: { zone: 'metropole', closings: [] }, updatedAt: stamp }],
  });
  await s.page.reload();
});
afterAll(async () => {
  await s?.close();
});

describe('escalation scenarios', () => {
  it('plans the standard ladder before any scenario is chosen', async () => {
    await openCalendar();
    await expect.poll(async () => (await plannedFor('dupont')).map((t) => t.action)).toEqual(['email-reminder']);
    expect((await plannedFor('martin')).map((t) => t.action)).toEqual(['email-reminder']);
  });

  it('refuses a ladder out of order, then saves a shorter one: J+1 call, J+5 e-mail', async () => {
    await s.page.goto(`${s.host.url}#/parametres?tab=scenarios`);
    await s.page.getByTestId('scenarios-panel').waitFor();
    expect(await s.page.getByTestId('scenario-list').textContent()).toContain('J-3 E-mail de courtoisie · J+3 Relance par e-mail · J+10 Appel téléphonique');
    await s.page.getByRole('button', { name: 'Nouveau scénario' }).click();
    const editor = s.page.getByTestId('scenario-editor');
    await editor.getByLabel('Nom du scénario').fill('Grands comptes — court');
    const step = (n: number) => editor.getByRole('group', { name: `Étape ${n}` });
    await step(1).getByLabel('Action').selectOption({ label: 'Appel téléphonique' });
    await step(1).getByLabel('Délai (jours)').fill('5');
    await editor.getByRole('button', { name: 'Ajouter une étape' }).click();
    await step(2).getByLabel('Compté depuis').selectOption({ label: 'l’échéance' });
    await step(2).getByLabel('Délai (jours)').fill('1');
    // The e-mail at J+1 after the call at J+5: refused, with the sentence next to the step.
    await step(2).getByText('Étape 2 (Relance par e-mail, J+1) : elle doit venir après l’étape 1 (Appel téléphonique, J+5).', { exact: false }).waitFor();
    const save = editor.getByRole('button', { name: 'Enregistrer le scénario' });
    expect(await save.isDisabled()).toBe(true);
    await settle();
    await s.shot('scenarios-editor-refused');

    // Fixed: the call at J+1, the e-mail 4 days after it (J+5).
    await step(1).getByLabel('Délai (jours)').fill('1');
    await step(2).getByLabel('Compté depuis').selectOption({ label: 'l’étape précédente' });
    await step(2).getByLabel('Délai (jours)').fill('4');
    await expect.poll(() => editor.getByTestId('scenario-timeline').textContent()).toBe('J+1 Appel téléphonique · J+5 Relance par e-mail');
    await editor.getByLabel(/Montant minimum/).fill('50,00');
    await settle();
    await s.shot('scenarios-editor-valid');
    await save.click();
    await editor.waitFor({ state: 'detached' });
    await expect.poll(async () => (await readStore<Scenario>('scenarios')).map((x) => x.name)).toEqual(['Grands comptes — court']);
    const [stored] = await readStore<Scenario>('scenarios');
    expect(stored).toMatchObject({ minimumCents: 5000 });
    expect(stored!.steps.map((x) => [x.action, x.offsetDays, x.relativeTo])).toEqual([
      ['call', 1, 'due'],
      ['email-reminder', 4, 'previous'],
    ]);
  });

  it('gives it to the group "Grands comptes", and the calendar follows for that customer only', async () => {
    const [stored] = await readStore<Scenario>('scenarios');
    await s.page.getByLabel('Scénario du groupe « Grands comptes »').selectOption({ label: 'Grands comptes — court' });
    await s.page.getByText('Affectation enregistrée ; le calendrier est à jour.').waitFor();
    await expect
      .poll(() => s.page.getByTestId('scenario-list').getByRole('row', { name: /Grands comptes — court/ }).textContent())
      .toContain('Suivi par : le groupe « Grands comptes »');
    await settle();
    await s.shot('scenarios-assigned');

    await openCalendar();
    await expect.poll(async () => (await plannedFor('dupont')).map((t) => [t.action, t.scenarioId])).toEqual([['call', stored!.id]]);
    const [call] = await plannedFor('dupont');
    expect(call!.date).toBe(onBusinessDay(addDays(due, 1)));
    // The other customer keeps the standard ladder.
    expect((await plannedFor('martin')).map((t) => t.action)).toEqual(['email-reminder']);

    const chip = s.page.getByTestId('today-panel').locator('[data-testid="calendar-chip"][title*="Menuiserie Dupont"]');
    await expect.poll(() => chip.getAttribute('data-kind')).toBe('call');
    expect(await s.page.getByTestId('today-panel').locator('[data-testid="calendar-chip"][title*="Garage Martin"]').getAttribute('data-kind')).toBe('email');
    await settle();
    await s.shot('scenarios-calendar');
  });

  it('lets one customer choose its own scenario on its page', async () => {
    await s.page.goto(`${s.host.url}#/clients/martin`);
    const select = s.page.getByTestId('customer-scenario');
    await select.waitFor();
    expect(await s.page.getByText('Actuellement : Relance standard (fourni), le scénario par défaut').count()).toBe(1);
    await select.selectOption({ label: 'Grands comptes — court' });
    await expect.poll(async () => (await plannedFor('martin')).map((t) => t.action)).toEqual(['call']);
    await settle();
    await s.shot('scenarios-customer-page');
    expect(s.errors).toEqual([]);
  });
});
