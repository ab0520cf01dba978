/**
 * Paramètres → Calendrier: the holiday zone and the company's closing periods, the days on which
 * no follow-up is ever planned.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../renderer/src/domain/dates';
import { openApp, type Session } from './harness';

let s: Session;
const year = Number(todayIso(new Date()).slice(0, 4));

beforeAll(async () => {
  s = await openApp();
  await s.page.goto(`${s.host.url}#/parametres?tab=calendar`);
  await s.page.getByTestId('holiday-list').waitFor();
});
afterAll(async () => {
  await s?.close();
});

describe('calendar settings', () => {
  it('lists the 11 public holidays of metropolitan France, and 13 for Alsace-Moselle', async () => {
    const rows = s.page.getByTestId('holiday-list').locator('tr');
    expect(await rows.count()).toBe(11);
    expect(await s.page.getByTestId('holiday-list').textContent()).toContain('Lundi de Pâques');
    await s.page.getByRole('combobox', { name: 'Jours fériés' }).click();
    await s.page.getByRole('option', { name: /Alsace-Moselle/ }).click();
    await expect.poll(() => rows.count()).toBe(13);
    expect(await s.page.getByTestId('holiday-list').textContent()).toContain('Vendredi saint');
  });

  it('refuses a closure that ends before it starts, with a French message, and keeps a valid one', async () => {
    await s.page.getByLabel('Du', { exact: true }).fill(`${year}-08-20`);
    await s.page.getByLabel('Au', { exact: true }).fill(`${year}-08-01`);
    await s.page.getByTestId('add-closing').click();
    await s.page.getByText('La fermeture finit avant de commencer.').waitFor();
    await s.page.getByLabel('Au', { exact: true }).fill(`${year}-08-31`);
    await s.page.getByLabel('Libellé (facultatif)').fill('Congés d’été');
    await s.page.getByTestId('add-closing').click();
    await s.page.getByTestId('closings').waitFor();
    expect(await s.page.getByTestId('closings').textContent()).toContain(`du 20/08/${year} au 31/08/${year} · Congés d’été`);
    await s.page.waitForTimeout(300);
    await s.shot('settings-calendar');
  });

  it('keeps the zone and the closure after a restart', async () => {
    await s.page.reload();
    await s.page.getByTestId('closings').waitFor();
    expect(await s.page.getByTestId('holiday-list').locator('tr').count()).toBe(13);
    expect(s.errors).toEqual([]);
  });
});
