/**
 * Never miss a follow-up, end to end in Chromium with the browser clock set by the test: a real
 * FEC imported through the wizard, today's actions in the Calendrier (the Today list and the count
 * in the navigation), one moved by drag and drop, an invoice put on hold from the book (its action
 * leaves the calendar) and the clock moved past the hold's end (the action comes back), the .ics
 * export read back with ical.js, and a failed export explained in French.
 *
 * The fixture is the 2022 FEC (0000000001FEC20220831.txt, closing 31/08/2022); the import derives
 * due dates at 30 days net. Today is Tuesday 27/09/2022. The actions due that day, worked out by
 * hand from the file and the default scenario (J-3 courtesy e-mail, J+3 e-mail reminder, …):
 * - LE VERGER DE RETAYON: FA 220301 of 24/05/2022, due 23/06; J+3 = Sunday 26/06 → Monday 27/06,
 *   never done: late since 27/06 (catch-up: nothing is skipped);
 * - PROSOL GESTION: FA 220376…220383 of 11/08/2022, due Saturday 10/09; J+3 = Tuesday 13/09: late;
 * - LAURENT PRIMEURS (FA 220396), SAS MOURLHON (FA 220395), P MONTARNAL TRANSPORT PMT (FA 220394):
 *   invoices of 31/08/2022, due Friday 30/09; J-3 = Tuesday 27/09: today.
 * SAS MOURLHON has no other open invoice: holding FA 220395 leaves it nothing to chase.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ICAL from 'ical.js';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Task } from '../../renderer/src/domain/model';
import { openApp, type Session } from './harness';
import { readStore as readStoreOf } from './seed';

const FIXTURE = path.resolve('../shared/fixtures/fec/0000000001FEC20220831.txt');
const TODAY = '2022-09-27';
const MOVED_TO = '2022-09-29'; // Thursday
const HOLD_UNTIL = '2022-10-03'; // Monday: chasing resumes that day
const AFTER_HOLD = '2022-10-04';

const DUE_TODAY = [
  { customer: 'LE VERGER DE RETAYON', title: 'Relance par e-mail', date: '2022-06-27', late: 'en retard depuis le 27/06/2022' },
  { customer: 'PROSOL GESTION', title: 'Relance par e-mail', date: '2022-09-13', late: 'en retard depuis le 13/09/2022' },
  { customer: 'LAURENT PRIMEURS', title: 'E-mail de courtoisie', date: TODAY, late: null },
  { customer: 'P MONTARNAL TRANSPORT PMT', title: 'E-mail de courtoisie', date: TODAY, late: null },
  { customer: 'SAS MOURLHON', title: 'E-mail de courtoisie', date: TODAY, late: null },
];

let s: Session;
const names = new Map<string, string>();

const setToday = async (day: string) => {
  await s.page.clock.setFixedTime(new Date(`${day}T09:00:00`));
  await s.page.reload();
};

const readStore = <T,>(store: string) => readStoreOf<T>(s.page, store);
const planned = async () => (await readStore<Task>('tasks')).filter((task) => task.status === 'planned');
const plannedFor = async (customer: string) => (await planned()).filter((task) => names.get(task.customerId) === customer);

const grid = () => s.page.getByTestId('calendar-grid');
const cell = (date: string) => grid().locator(`[data-testid="calendar-day"][data-date="${date}"]`);
const chipsOf = (where: Locator, customer: string) => where.locator('[data-testid="calendar-chip"]', { hasText: customer });
const todayRows = () => s.page.getByTestId('today-row');
const badge = () => s.page.getByTestId('calendar-badge');
const notice = () => s.page.locator('.mantine-Notification-root');

/** HTML5 drag and drop as Chromium fires it, one DataTransfer throughout (see calendar.e2e.ts). */
async function drag(from: Locator, to: Locator) {
  const dataTransfer = await s.page.evaluateHandle(() => new DataTransfer());
  await from.dispatchEvent('dragstart', { dataTransfer });
  await to.dispatchEvent('dragenter', { dataTransfer });
  await to.dispatchEvent('dragover', { dataTransfer });
  await to.dispatchEvent('drop', { dataTransfer });
  await from.dispatchEvent('dragend', { dataTransfer });
}

async function openCalendar() {
  await s.page.goto(`${s.host.url}#/calendrier`);
  await s.page.getByRole('heading', { level: 1, name: 'Calendrier' }).waitFor();
  await s.page.getByTestId('calendar-planning').waitFor({ state: 'detached', timeout: 20_000 });
}

const settledShot = async (name: string) => {
  await s.page.waitForTimeout(400);
  await s.shot(name);
};

describe.skipIf(!existsSync(FIXTURE))('never miss a follow-up: from the import to the calendar and back', () => {
  beforeAll(async () => {
    s = await openApp();
    await setToday(TODAY);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('imports the 2022 FEC through the wizard, on 27/09/2022', async () => {
    await s.page.goto(`${s.host.url}#/import`);
    s.host.dialogs.answerNextOpen(FIXTURE);
    await s.page.getByRole('button', { name: 'Choisir un fichier…' }).click();
    await s.page.getByTestId('import-next').click();
    await s.page.getByTestId('import-next').click();
    await s.page.getByTestId('import-check').click();
    await s.page.getByTestId('plan-summary').waitFor();
    await s.page.getByTestId('import-run').click();
    await expect.poll(() => s.page.getByTestId('import-done').textContent(), { timeout: 30_000 }).toContain('400 factures ajoutées');
    for (const c of await readStore<{ id: string; name: string }>('customers')) names.set(c.id, c.name);
    expect(names.size).toBe(17);
  });

  it("shows today's actions: the late ones with their original day, and the count in the navigation", async () => {
    // Order of the list: late first (oldest first), then today's by customer name.
    await openCalendar();
    await expect.poll(() => s.page.getByTestId('calendar-heading').textContent()).toBe('Septembre 2022');
    await expect.poll(() => badge().textContent()).toBe(String(DUE_TODAY.length));
    await expect.poll(() => todayRows().count()).toBe(DUE_TODAY.length);
    expect(await s.page.getByTestId('today-count').textContent()).toBe('5 actions à faire, dont 2 en retard');
    const rows = await todayRows().allTextContents();
    DUE_TODAY.forEach((due, i) => {
      expect(rows[i]).toContain(due.customer);
      expect(rows[i]).toContain(due.title);
      if (due.late) expect(rows[i]).toContain(due.late);
      else expect(rows[i]).not.toContain('en retard');
    });
    // The same actions in the database, on the days worked out by hand.
    const due = (await planned()).filter((task) => task.date <= TODAY);
    expect(due.map((task) => [names.get(task.customerId), task.date]).sort()).toEqual(DUE_TODAY.map((d) => [d.customer, d.date]).sort());
    // Today's cell holds the three courtesy e-mails.
    await expect.poll(() => cell(TODAY).getAttribute('data-today')).toBe('');
    for (const d of DUE_TODAY.filter((x) => x.date === TODAY)) await expect.poll(() => chipsOf(cell(TODAY), d.customer).count()).toBe(1);
    await settledShot('follow-up-today');
    expect(s.errors).toEqual([]);
  });

  it('reschedules an action by drag and drop: it leaves today, and stays moved after a reload', async () => {
    const [task] = await plannedFor('SAS MOURLHON');
    expect(task?.date).toBe(TODAY);
    await drag(chipsOf(cell(TODAY), 'SAS MOURLHON'), cell(MOVED_TO));
    await expect.poll(async () => (await plannedFor('SAS MOURLHON')).map((t) => t.date)).toEqual([MOVED_TO]);
    await expect.poll(() => chipsOf(cell(MOVED_TO), 'SAS MOURLHON').count()).toBe(1);
    expect(await chipsOf(cell(TODAY), 'SAS MOURLHON').count()).toBe(0);
    await expect.poll(() => s.page.getByTestId('move-notice').allTextContents()).toEqual([
      'E-mail de courtoisie – SAS MOURLHON reportée au 29/09/2022.',
    ]);
    await expect.poll(() => badge().textContent()).toBe('4');
    await expect.poll(() => todayRows().count()).toBe(4);
    expect(await s.page.getByTestId('today-panel').textContent()).not.toContain('SAS MOURLHON');
    await settledShot('follow-up-moved');

    // Planning again (a new opening of the screen) keeps the user's day.
    await s.page.reload();
    await openCalendar();
    await expect.poll(() => chipsOf(cell(MOVED_TO), 'SAS MOURLHON').count()).toBe(1);
    expect((await plannedFor('SAS MOURLHON')).map((t) => t.date)).toEqual([MOVED_TO]);
  });

  it("puts the customer's invoice on hold from the book: its action leaves the calendar", async () => {
    await s.page.goto(`${s.host.url}#/factures`);
    await s.page.getByTestId('book-search').fill('FA 220395');
    await expect.poll(() => s.page.getByTestId('book-row').count()).toBe(1);
    await s.page.getByRole('checkbox', { name: 'Sélectionner la facture FA 220395' }).check();
    await s.page.getByRole('button', { name: 'Mettre en pause…' }).click();
    await s.page.getByLabel('Raison').fill('Le client conteste la livraison du 31/08');
    await s.page.getByLabel('Fin de la pause (les relances reprennent ce jour-là)').fill('03/10/2022');
    await settledShot('follow-up-hold-modal');
    await s.page.getByRole('button', { name: 'Mettre en pause', exact: true }).click();
    await expect.poll(() => s.page.getByTestId('book-row').first().locator('[data-status]').getAttribute('data-status')).toBe('on-hold');
    const invoice = (await readStore<{ number: string; hold: { reason: string; until: string | null } | null }>('invoices')).find(
      (i) => i.number.replace(/\s+/g, ' ') === 'FA 220395',
    );
    expect(invoice?.hold).toMatchObject({ reason: 'Le client conteste la livraison du 31/08', until: HOLD_UNTIL });

    await openCalendar();
    // Nothing to do for SAS MOURLHON while the hold lasts: no chip on the moved day, none in the month.
    await expect.poll(() => chipsOf(grid(), 'SAS MOURLHON').count()).toBe(0);
    await expect.poll(async () => (await plannedFor('SAS MOURLHON')).filter((t) => t.date < HOLD_UNTIL).length).toBe(0);
    for (const d of DUE_TODAY.filter((x) => x.customer !== 'SAS MOURLHON' && x.date === TODAY)) {
      expect(await chipsOf(cell(TODAY), d.customer).count()).toBe(1);
    }
    await expect.poll(() => badge().textContent()).toBe('4');
    await settledShot('follow-up-on-hold');
  });

  it('brings the action back once the hold has ended (clock moved past its end date)', async () => {
    await setToday(AFTER_HOLD);
    await openCalendar();
    await expect.poll(() => s.page.getByTestId('calendar-heading').textContent()).toBe('Octobre 2022');
    // Chasing resumed on the hold's end date: the action is back, late by one day, in today's list.
    await expect.poll(async () => (await plannedFor('SAS MOURLHON')).length).toBe(1);
    const [back] = await plannedFor('SAS MOURLHON');
    expect(back!.date).toBe(HOLD_UNTIL);
    await expect.poll(() => chipsOf(cell(HOLD_UNTIL), 'SAS MOURLHON').count()).toBe(1);
    const row = todayRows().filter({ hasText: 'SAS MOURLHON' });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('en retard depuis le 03/10/2022');
    const due = (await planned()).filter((task) => task.date <= AFTER_HOLD);
    await expect.poll(() => badge().textContent()).toBe(String(due.length));
    await settledShot('follow-up-after-hold');
    expect(s.errors).toEqual([]);
  });

  it('exports the planned follow-ups as an .ics file that ical.js reads back', async () => {
    const file = path.join(s.dataDir, 'relances.ics');
    s.host.dialogs.answerNextSave(file);
    await s.page.getByTestId('calendar-export').click();
    await expect.poll(() => existsSync(file), { timeout: 10_000 }).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(await readFile(file, 'utf8')));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const tasks = await planned();
    expect(events).toHaveLength(tasks.length);
    expect(new Set(events.map((e) => e.uid)).size).toBe(tasks.length);
    for (const task of tasks) {
      const event = events.find((e) => e.startDate.toString() === task.date && e.summary.endsWith(`– ${names.get(task.customerId)}`));
      expect(event, `${task.action} ${names.get(task.customerId)} ${task.date}`).toBeDefined();
      expect(event!.startDate.isDate).toBe(true); // an all-day event
    }
    const mourlhon = events.find((e) => e.summary.includes('SAS MOURLHON'))!;
    expect(mourlhon.startDate.toString()).toBe(HOLD_UNTIL);
    expect(mourlhon.description).toContain('FA  220395 : 438,88 € (échue le 30/09/2022)');
    const verger = events.find((e) => e.summary.includes('LE VERGER DE RETAYON'))!;
    expect(verger.description).toContain('FA  220301');
    expect(verger.description).toContain('FA  220302');
    await expect.poll(() => s.page.getByText(`${tasks.length} relances exportées dans ${file}.`).count()).toBe(1);
  });

  it('explains a failed export in French, and keeps working', async () => {
    await s.page.reload();
    await openCalendar();
    // The folder chosen is in fact a file.
    const notAFolder = path.join(s.dataDir, 'notes.txt');
    await writeFile(notAFolder, 'pas un dossier');
    s.host.dialogs.answerNextSave(path.join(notAFolder, 'relances.ics'));
    await s.page.getByTestId('calendar-export').click();
    await expect.poll(() => notice().filter({ hasText: 'Export impossible' }).textContent()).toBe(
      `Export impossibleImpossible d’enregistrer dans « ${notAFolder} » : c’est un fichier, pas un dossier. ` +
        'Rien n’a été enregistré : choisissez un autre emplacement et réessayez.',
    );
    await settledShot('follow-up-export-failed');

    // The name chosen is an existing folder.
    await s.page.reload();
    await openCalendar();
    s.host.dialogs.answerNextSave(s.dataDir);
    await s.page.getByTestId('calendar-export').click();
    await expect.poll(() => notice().filter({ hasText: 'Export impossible' }).textContent()).toContain(
      `« ${s.dataDir} » est un dossier : donnez un nom au fichier de l’export`,
    );

    // Still working: the calendar answers, and an export to a good place succeeds.
    await expect.poll(() => todayRows().count()).toBeGreaterThan(0);
    const good = path.join(s.dataDir, 'exports', 'relances-2.ics');
    s.host.dialogs.answerNextSave(good);
    await s.page.getByTestId('calendar-export').click();
    await expect.poll(() => existsSync(good), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => s.page.getByText(/relances exportées dans/).count()).toBe(1);
    expect(s.errors).toEqual([]);
  });
});
