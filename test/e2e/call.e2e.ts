/**
 * Two phone calls end to end in Chromium, with the keyboard alone, against the real main-process
 * code (PDF layout, files, e-mail draft, print): the clock set to Tuesday 10/03/2026.
 *
 * 1. Menuiserie Dupont, three late invoices, a call planned today: opened from the Appel list with
 *    Entrée; the number dialled from the facts; a promise of 1 200 € for Friday 20/03 taken, the
 *    notes typed, saved with Ctrl+Entrée. The call is in the log, the task done, the promise's check
 *    on Monday 23/03 (the first business day after the date) in the calendar; the written follow-up
 *    made into an .eml whose text carries the notes.
 * 2. Garage Martin, opened from its customer page: a promise dated in the past and an empty note
 *    are refused in French with nothing stored; then a 3-instalment plan, first refused while its
 *    amounts do not cover what is owed, saved, and its agreement printed (the PDF lists the three
 *    instalments).
 */
import { readFile } from 'node:fs/promises';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Interaction, PaymentPlan, PaymentPromise, Task } from '../../renderer/src/domain/model';
import { SAMPLE_COMPANY } from '../support/sample-company';
import { openApp, type Session } from './harness';
import { readStore as readStoreOf, seed } from './seed';
import { pdfFileText } from '../support/letter-fixtures';

const TODAY = '2026-03-10'; // Tuesday
const stamp = '2026-01-01T00:00:00.000Z';

let s: Session;

const customers = [
  {
    id: 'dupont', reference: '411DUPONT', name: 'Menuiserie Dupont', kind: 'business', siren: '552100554', blocked: null, createdAt: stamp, updatedAt: stamp,
    address: 'Menuiserie Dupont\n12 rue des Lilas\n69003 Lyon',
    contacts: [{ id: 'k1', name: 'Claire Durand', role: 'Comptable', phone: '01 45 67 89 01', email: 'claire.durand@dupont.fr' }],
  },
  {
    id: 'martin', reference: '411MARTIN', name: 'Garage Martin', kind: 'business', createdAt: stamp, updatedAt: stamp,
    blocked: { since: '2026-03-02', reason: 'Trois factures impayées' },
    address: 'Garage Martin\n4 avenue Jean Jaurès\n38000 Grenoble',
    contacts: [{ id: 'k2', name: 'Marc Martin', role: 'Gérant', phone: '+33 4 76 11 22 33', email: 'marc@garage-martin.fr' }],
  },
];
const invoice = (id: string, customerId: string, number: string, cents: number, dueDate: string) => ({
  id, customerId, number, issueDate: '2026-01-05', dueDate, amountCents: cents, sourceOpenCents: cents, openCents: cents,
  hold: null, source: 'import', createdAt: stamp, updatedAt: stamp,
});
const invoices = [
  invoice('d1', 'dupont', 'FA-2026-101', 240_000, '2026-01-20'),
  invoice('d2', 'dupont', 'FA-2026-117', 96_050, '2026-02-05'),
  invoice('d3', 'dupont', 'FA-2026-130', 45_000, '2026-02-25'),
  invoice('m1', 'martin', 'FA-2026-105', 180_000, '2026-02-02'),
  invoice('m2', 'martin', 'FA-2026-122', 70_000, '2026-02-16'),
];
const callTask = {
  id: 'call-1', key: 'manual:call-1', customerId: 'dupont', action: 'call', date: TODAY, originalDate: TODAY, status: 'planned',
  invoiceIds: ['d1', 'd2', 'd3'],
};

/** Text with the French no-break spaces made plain. */
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const readStore = <T,>(store: string) => readStoreOf<T>(s.page, store);
const focusedId = () => s.page.evaluate(() => document.activeElement?.id ?? '');
const focusedText = () => s.page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? '');

/** Presses Tab until the element with this id has the focus (the keyboard user's way there). */
async function tabTo(id: string, max = 30) {
  for (let i = 0; i < max; i++) {
    if ((await focusedId()) === id) return;
    await s.page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id} (focus on #${await focusedId()})`);
}

/** Replaces the text of the focused field. */
async function retype(text: string) {
  await s.page.keyboard.press('Control+A');
  await s.page.keyboard.type(text);
}

const settled = async (name: string) => {
  await s.page.waitForTimeout(400);
  await s.shot(name);
};

/** What a refused save must leave as it was. */
async function snapshot() {
  return {
    interactions: (await readStore<Interaction>('interactions')).length,
    promises: (await readStore<PaymentPromise>('promises')).length,
    plans: (await readStore<PaymentPlan>('plans')).length,
    tasks: JSON.stringify((await readStore<Task>('tasks')).sort((a, b) => a.id.localeCompare(b.id))),
  };
}

beforeAll(async () => {
  s = await openApp();
  await s.page.clock.setFixedTime(new Date(`${TODAY}T09:00:00`));
  await s.page.reload();
  await s.page.goto(`${s.host.url}#/clients`);
  await s.page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
  await seed(s.page, {
    customers,
    invoices,
    tasks: [callTask],
    settings: [
      { key: 'company', value: SAMPLE_COMPANY, updatedAt: stamp },
      {
        key: 'letters',
        value: {
          envelopeOffsetMm: { x: 0, y: 0 }, emailMode: 'eml', signatureName: 'Paul Girard', signatureRole: 'Gérant',
          place: 'Lyon', formalNoticeDeadlineDays: 8, defaultTone: 'cordial',
        },
        updatedAt: stamp,
      },
    ],
  });
  // Rows written behind Dexie's back: a fresh page reads them instead of its cached queries.
  await s.page.reload();
});
afterAll(async () => {
  await s?.close();
});

describe('a call with a promise, with the keyboard alone', () => {
  it("offers to call from today's actions in the calendar", async () => {
    await s.page.goto(`${s.host.url}#/calendrier`);
    await s.page.getByRole('heading', { level: 1, name: 'Calendrier' }).waitFor();
    await s.page.getByTestId('calendar-planning').waitFor({ state: 'detached', timeout: 20_000 });
    const row = s.page.getByTestId('today-row').filter({ hasText: 'Appel · Menuiserie Dupont' });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getByTestId('today-call').getAttribute('href')).toBe('#/appel/dupont?tache=call-1');
    await row.getByTestId('calendar-chip').click();
    const drawer = s.page.getByTestId('task-drawer');
    expect(await drawer.getByTestId('task-do').textContent()).toBe('Appeler');
    expect(await drawer.getByTestId('task-do').getAttribute('href')).toBe('#/appel/dupont?tache=call-1');
    await settled('call-from-calendar');
    await s.page.keyboard.press('Escape');
  });

  it("lists today's call and opens it with Entrée", async () => {
    await s.page.goto(`${s.host.url}#/appel`);
    await s.page.getByRole('heading', { level: 1, name: 'Appel' }).waitFor();
    const rows = s.page.getByTestId('call-list-row');
    await expect.poll(() => rows.count()).toBe(1);
    expect(plain(await rows.first().textContent())).toMatch(/^Menuiserie Dupont3 810,50 €49 joursaucune10\/03\/2026Appeler$/);
    await expect.poll(focusedText).toBe('Appeler');
    await settled('call-list');
    await s.page.keyboard.press('Enter');
    await s.page.getByRole('heading', { level: 1, name: 'Appel : Menuiserie Dupont' }).waitFor();
    expect(s.page.url()).toContain('#/appel/dupont?tache=call-1');
  });

  it('shows the facts, and dials the contact from them', async () => {
    const invoiceRows = s.page.getByTestId('call-invoice');
    await expect.poll(() => invoiceRows.count()).toBe(3);
    await expect.poll(() => invoiceRows.first().textContent()).toMatch(/FA-2026-10120\/01\/202649 j2\s400,00\s€\d+,\d\d\s€/);
    expect(await s.page.getByTestId('call-open-total').textContent()).toMatch(/3\s810,50\s€/);
    // The keyboard starts on the answer of the call; one Shift+Tab back is the contact's number.
    await expect.poll(focusedId).toBe('call-outcome-first');
    await s.page.keyboard.press('Shift+Tab');
    expect(await focusedText()).toContain('01 45 67 89 01');
    await s.page.keyboard.press('Enter');
    await expect.poll(() => s.host.shell.external).toEqual(['tel:0145678901']);
    expect(s.page.url()).toContain('#/appel/dupont?tache=call-1');
    await s.page.keyboard.press('Tab');
    expect(await focusedId()).toBe('call-outcome-first');
    await settled('call-screen-open');
  });

  it('takes a promise and the notes, and saves the call with Ctrl+Entrée', async () => {
    await s.page.keyboard.press('Alt+1');
    await expect.poll(focusedId).toBe('call-promise-date');
    await s.page.keyboard.type('20/03/2026');
    await s.page.keyboard.press('Tab');
    expect(await focusedId()).toBe('call-promise-amount');
    await retype('1 200');
    await expect.poll(() => s.page.getByTestId('call-promise-check').textContent()).toBe(
      'Le paiement sera vérifié le 23/03/2026 (premier jour ouvré après la date promise).',
    );
    await tabTo('call-notes-their');
    await s.page.keyboard.type('Virement de 1 200 € le 20 mars');
    await s.page.keyboard.press('Tab');
    await s.page.keyboard.type('Envoyer le relevé de compte à jour');
    await s.page.keyboard.press('Tab');
    await s.page.keyboard.type('20/03/2026 : 1 200 € ; le solde fin avril');
    await s.page.keyboard.press('Tab');
    expect(await focusedId()).toBe('call-notes-check');
    expect(await s.page.locator('#call-notes-check').inputValue()).toBe('23/03/2026');
    await s.page.keyboard.press('Tab');
    await s.page.keyboard.type('Relance avec pénalités, puis mise en demeure');
    await settled('call-promise-filled');
    await s.page.keyboard.press('Control+Enter');

    const done = s.page.getByTestId('call-done');
    await done.waitFor();
    expect(plain(await done.textContent())).toContain('Promesse : 1 200,00 € pour le 20/03/2026. Vérification le 23/03/2026.');
    await expect.poll(focusedText).toBe('Envoyer le compte rendu');
    await settled('call-promise-saved');

    const calls = (await readStore<Interaction>('interactions')).filter((i) => i.channel === 'call');
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      customerId: 'dupont', outcome: 'promise', who: 'Claire Durand', invoiceIds: ['d1', 'd2', 'd3'],
      callNotes: {
        theirStep: 'Virement de 1 200 € le 20 mars', ourStep: 'Envoyer le relevé de compte à jour',
        dates: '20/03/2026 : 1 200 € ; le solde fin avril', checkOn: '2026-03-23', ifBroken: 'Relance avec pénalités, puis mise en demeure',
      },
    });
    expect(calls[0]!.summary).toContain('Promesse de paiement');
    const [promise] = await readStore<PaymentPromise>('promises');
    expect(promise).toMatchObject({ customerId: 'dupont', promisedDate: '2026-03-20', amountCents: 120_000, checkDate: '2026-03-23', status: 'open' });
    const tasks = await readStore<Task>('tasks');
    expect(tasks.find((t) => t.id === 'call-1')?.status).toBe('done');
    expect(tasks.filter((t) => t.action === 'promise-check' && t.status === 'planned').map((t) => t.date)).toEqual(['2026-03-23']);
    expect(s.errors).toEqual([]);
  });

  it('turns the notes into the written follow-up, an e-mail draft that asks the customer to confirm', async () => {
    await s.page.keyboard.press('Enter'); // "Envoyer le compte rendu" has the focus
    const composer = s.page.getByRole('dialog');
    await expect.poll(() => composer.getByTestId('composer-kind').inputValue()).toBe('Notes de suivi d’appel');
    await expect.poll(() => composer.getByTestId('composer-preview').locator('canvas').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await settled('call-notes-composer');
    await composer.getByTestId('composer-save').press('Enter');
    await composer.getByTestId('composer-saved').waitFor({ timeout: 20_000 });
    await composer.getByRole('button', { name: 'Envoyer par e-mail' }).press('Enter');
    await expect.poll(() => s.host.shell.opened.filter((p) => p.endsWith('.eml')).length, { timeout: 15_000 }).toBe(1);
    const mail = await simpleParser(await readFile(s.host.shell.opened.find((p) => p.endsWith('.eml'))!));
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : '').toContain('claire.durand@dupont.fr');
    expect(mail.subject).toBe('Suite à notre entretien téléphonique du 10 mars 2026');
    const text = plain(mail.text ?? null);
    for (const line of [
      '1. De votre côté : Virement de 1 200 € le 20 mars',
      '2. De notre côté : Envoyer le relevé de compte à jour',
      '3. Dates convenues : 20/03/2026 : 1 200 € ; le solde fin avril',
      '4. Nous ferons le point le 23 mars 2026.',
      '5. Si cet accord n’est pas respecté : Relance avec pénalités, puis mise en demeure',
      'Merci de nous confirmer votre accord',
    ]) {
      expect(text, line).toContain(line);
    }
    expect(mail.attachments).toHaveLength(1);
    await settled('call-notes-emailed');
    await s.page.keyboard.press('Escape');
    // The letter and the e-mail are in the customer's log with the call.
    await expect.poll(async () => (await readStore<Interaction>('interactions')).filter((i) => i.customerId === 'dupont').length).toBe(3);
  });

  it("shows the promise's check on Monday 23/03 in the calendar, and what it checks", async () => {
    await s.page.goto(`${s.host.url}#/calendrier`);
    await s.page.getByRole('heading', { level: 1, name: 'Calendrier' }).waitFor();
    await s.page.getByTestId('calendar-planning').waitFor({ state: 'detached', timeout: 20_000 });
    const day = s.page.locator('[data-testid="calendar-day"][data-date="2026-03-23"]');
    const chip = day.locator('[data-testid="calendar-chip"]', { hasText: 'Promesse à vérifier' });
    await expect.poll(() => chip.count()).toBe(1);
    expect(await chip.textContent()).toContain('Menuiserie Dupont');
    await chip.click();
    const drawer = s.page.getByTestId('task-drawer');
    await expect
      .poll(async () => plain(await drawer.getByTestId('task-checks').textContent()))
      .toBe('À vérifierVérifier le paiement : 1 200,00 € promis pour le 20/03/2026Promesse faite le 10/03/2026, en cours.');
    expect(await drawer.getByTestId('task-call').getAttribute('href')).toBe('#/appel/dupont');
    await settled('call-check-in-calendar');
    expect(s.errors).toEqual([]);
  });
});

describe('a second call: refusals, then a payment plan in three instalments', () => {
  it('opens from the customer page, blocked flag in view', async () => {
    await s.page.goto(`${s.host.url}#/clients/martin`);
    await s.page.getByRole('heading', { level: 1, name: 'Garage Martin' }).waitFor();
    await settled('call-customer-page');
    await s.page.getByTestId('call-customer').press('Enter');
    await s.page.getByRole('heading', { level: 1, name: 'Appel : Garage Martin' }).waitFor();
    expect(s.page.url()).toContain('#/appel/martin');
    expect(await s.page.getByTestId('call-blocked').textContent()).toContain('Compte bloqué depuis le 02/03/2026 : Trois factures impayées.');
    await expect.poll(focusedId).toBe('call-outcome-first');
  });

  it('refuses a promise dated in the past and an empty note, in French, and stores nothing', async () => {
    const before = await snapshot();
    await s.page.keyboard.press('Alt+1');
    await expect.poll(focusedId).toBe('call-promise-date');
    await s.page.keyboard.type('02/03/2026');
    await s.page.keyboard.press('Control+Enter');
    await expect.poll(() => s.page.getByTestId('call-refused').textContent()).toContain('L’appel n’a pas été enregistré');
    await expect
      .poll(() => s.page.getByText('La date promise est déjà passée (02/03/2026) : choisissez aujourd’hui (10/03/2026) ou une date à venir.').count())
      .toBe(1);
    expect(await s.page.getByText(/^L’appel a abouti mais la note est vide/).count()).toBe(1);
    expect(await focusedId()).toBe('call-promise-date');
    await settled('call-refused');
    expect(await snapshot()).toEqual(before);

    // The date corrected, the note still empty: still refused, still nothing stored.
    await retype('27/03/2026');
    await s.page.keyboard.press('Control+Enter');
    await expect.poll(() => s.page.getByText(/La date promise est déjà passée/).count()).toBe(0);
    expect(await s.page.getByText(/^L’appel a abouti mais la note est vide/).count()).toBe(1);
    // The focus moves to the first refused field once the messages are drawn.
    await expect.poll(focusedId).toBe('call-notes-their');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a plan whose instalments do not cover what is owed, then saves three instalments', async () => {
    const before = await snapshot();
    await s.page.keyboard.press('Alt+2');
    const editor = s.page.getByTestId('plan-editor');
    await editor.waitFor();
    await expect.poll(async () => (await editor.getByTestId('plan-instalment-amount').allTextContents()).map(plain)).toEqual(['833,33 €', '833,33 €', '833,34 €']);
    // Amounts typed by hand that leave 33,34 € out.
    await editor.getByTestId('plan-custom').focus();
    await s.page.keyboard.press('Space');
    await editor.getByTestId('plan-amount-3').focus();
    await retype('800');
    await expect.poll(() => editor.getByTestId('plan-amounts-error').textContent()).toMatch(/^Il manque 33,34\s€/);
    await tabTo('call-notes-their', 40);
    await s.page.keyboard.type('Trois virements mensuels, le premier le 17 mars');
    await s.page.keyboard.press('Control+Enter');
    await expect.poll(() => s.page.getByTestId('call-plan-error').textContent()).toBe(
      'L’échéancier n’est pas complet : corrigez-le ou choisissez une autre issue.',
    );
    await settled('call-plan-refused');
    expect(await snapshot()).toEqual(before);

    // Back to the equal split: 3 instalments, the odd cent on the last.
    await editor.getByTestId('plan-amount-3').focus();
    await retype('833,34');
    await expect.poll(() => editor.getByTestId('plan-amounts-error').count()).toBe(0);
    await expect.poll(() => s.page.getByTestId('call-plan-error').count()).toBe(0);
    await settled('call-plan-filled');
    await s.page.keyboard.press('Control+Enter');
    const done = s.page.getByTestId('call-done');
    await done.waitFor();
    expect(plain(await done.getByTestId('call-done-plan').textContent())).toContain('2 500,00 € en 3 échéances mensuelles, du 17/03/2026 au 18/05/2026');
    await settled('call-plan-saved');

    const [plan] = await readStore<PaymentPlan>('plans');
    expect(plan).toMatchObject({ customerId: 'martin', status: 'active', invoiceIds: ['m1', 'm2'] });
    expect(plan!.instalments.map((i) => [i.dueDate, i.amountCents])).toEqual([
      ['2026-03-17', 83_333],
      ['2026-04-17', 83_333],
      ['2026-05-18', 83_334], // 17/05/2026 is a Sunday
    ]);
    const call = (await readStore<Interaction>('interactions')).find((i) => i.customerId === 'martin' && i.channel === 'call');
    expect(call).toMatchObject({ outcome: 'plan', planId: plan!.id });
    expect((await readStore<Task>('tasks')).filter((t) => t.planId === plan!.id).map((t) => t.date).sort()).toEqual([
      '2026-03-18',
      '2026-04-20',
      '2026-05-19',
    ]);
  });

  it('prints the agreement, which lists the three instalments', async () => {
    await s.page.getByTestId('call-print-agreement').press('Enter');
    const composer = s.page.getByRole('dialog');
    await expect.poll(() => composer.getByTestId('composer-kind').inputValue()).toBe('Échéancier de paiement');
    await expect.poll(() => composer.getByTestId('composer-preview').locator('canvas').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await settled('call-agreement-composer');
    await composer.getByTestId('composer-save').press('Enter');
    await composer.getByTestId('composer-saved').waitFor({ timeout: 20_000 });
    await composer.getByRole('button', { name: 'Imprimer' }).press('Enter');
    await expect.poll(() => s.host.printer.printed.length).toBe(1);
    const text = await pdfFileText(s.host.printer.printed[0]!);
    expect(text).toContain('ACCORD D’ÉCHÉANCIER DE PAIEMENT');
    expect(text).toContain('Garage Martin');
    // The table of instalments: each date with its amount, in order.
    expect(text).toMatch(/17\/03\/2026 833,33 € .*17\/04\/2026 833,33 € .*18\/05\/2026 833,34 €/);
    expect(text).toContain('2 500,00 €');
    await settled('call-agreement-printed');
    expect(s.errors).toEqual([]);
  });
});
