import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { today } from '../../renderer/src/app/clock';
import { setBridgeForTests, type RelanceApi } from '../../renderer/src/bridge';
import { database } from '../../renderer/src/db/database';
import { recordDocument, recordRegisteredLetter, undoRegisteredLetter } from '../../renderer/src/db/documents';
import { LETTERS_KEY } from '../../renderer/src/db/letter-settings';
import { addDays, formatDate } from '../../renderer/src/domain/dates';
import type { Customer, DocumentRecord } from '../../renderer/src/domain/model';
import { DocumentsPage } from '../../renderer/src/features/documents/DocumentsPage';
import { bridgeDouble } from './bridge-double';
import { renderInApp } from './render';

// Several user steps per test on a machine shared with other work: more than the default 5 s.
vi.setConfig({ testTimeout: 20_000 });

const db = () => database();
const stamp = '2026-01-01T00:00:00.000Z';
const sha = (c: string) => c.repeat(64);
/** A local-time timestamp, so the calendar day shown is the one written whatever the time zone. */
const at = (day: string) => new Date(`${day}T10:00:00`).toISOString();

const customers: Customer[] = [
  {
    id: 'dupont', reference: '411DUPONT', name: 'Menuiserie Dupont', kind: 'business', blocked: null, createdAt: stamp, updatedAt: stamp,
    contacts: [
      { id: 'k1', name: 'Mme Durand', email: 'durand@dupont.fr' },
      { id: 'k2', name: 'Compta', email: 'compta@dupont.fr' },
    ],
  },
  { id: 'martin', reference: '411MARTIN', name: 'Garage Martin', kind: 'business', contacts: [{ id: 'k3', name: 'M. Martin', phone: '0102030405' }], blocked: null, createdAt: stamp, updatedAt: stamp },
];

const doc = (id: string, extra: Partial<DocumentRecord>): DocumentRecord => ({
  id, customerId: 'dupont', kind: 'reminder-1', path: `/docs/2026/${id}.pdf`, fileName: `${id}.pdf`, sha256: sha('a'), pages: 1,
  size: 1000, language: 'fr', channel: 'letter', invoiceIds: ['i1'], createdAt: at('2026-02-10'), ...extra,
});

const documents: DocumentRecord[] = [
  doc('relance', { title: 'Relance 1 · FA-2026-101', createdAt: at('2026-02-10'), sha256: sha('1') }),
  doc('mise', { kind: 'formal-notice', title: 'Mise en demeure · FA-2026-101', channel: 'registered-letter', pages: 2, createdAt: at('2026-03-02'), sha256: sha('2') }),
  doc('releve', { kind: 'statement', customerId: 'martin', title: 'Relevé de compte au 31/03/2026', createdAt: at('2026-03-31'), sha256: sha('3') }),
];

const rows = () => screen.queryAllByTestId('document-row');
const rowOf = (id: string) => rows().find((r) => r.dataset.id === id)!;
const shownIds = () => rows().map((r) => r.dataset.id);

function renderPage(route = '/documents') {
  return renderInApp(
    <Routes>
      <Route path="/documents" element={<DocumentsPage />} />
    </Routes>,
    { route },
  );
}

let bridge: ReturnType<typeof bridgeDouble>;
/** checkFiles answering that every file is there as written. */
const allFound: RelanceApi['checkFiles'] = async ({ files }) => ({ ok: true, data: { status: files.map(() => 'ok' as const) } });

// jsdom lays nothing out: give the table's scrolling body a size so the virtualiser shows rows.
const sizes = ['clientHeight', 'clientWidth'] as const;
beforeAll(() => {
  for (const name of sizes) {
    Object.defineProperty(HTMLElement.prototype, name, {
      configurable: true,
      get(this: HTMLElement) {
        return this.dataset.testid === 'documents-scroll' ? (name === 'clientHeight' ? 600 : 1000) : 0;
      },
    });
  }
});
afterAll(() => sizes.forEach((name) => delete (HTMLElement.prototype as unknown as Record<string, unknown>)[name]));

beforeEach(async () => {
  await Promise.all([db().customers.clear(), db().documents.clear(), db().interactions.clear(), db().settings.clear()]);
  await db().customers.bulkAdd(customers);
  await db().documents.bulkAdd(documents);
  bridge = bridgeDouble({
    checkFiles: async ({ files }) => ({ ok: true, data: { status: files.map((f) => (f.path.endsWith('releve.pdf') ? 'missing' : 'ok')) } }),
    printPdf: async () => ({ ok: true, data: { mode: 'viewer' } }),
    composeEmail: async () => ({
      ok: true,
      data: { path: '/docs/2026/411DUPONT Menuiserie Dupont/relance.eml', sha256: sha('e'), size: 4000, pages: 0 },
    }),
  });
  setBridgeForTests(bridge.api);
});
afterEach(() => {
  setBridgeForTests(null);
  // Notifications live in a module-level store: start each test with none on screen or queued.
  notifications.clean();
  notifications.cleanQueue();
});

describe('documents list', () => {
  it('lists every document newest first with its customer, kind, pages and registered status', async () => {
    renderPage();
    await waitFor(() => expect(shownIds()).toEqual(['releve', 'mise', 'relance']));
    const mise = rowOf('mise');
    expect(within(mise).getByText('02/03/2026')).toBeInTheDocument();
    expect(within(mise).getByRole('link', { name: 'Menuiserie Dupont' })).toHaveAttribute('href', '/clients/dupont');
    expect(within(mise).getByText('Mise en demeure')).toBeInTheDocument();
    expect(within(mise).getByText('2')).toBeInTheDocument();
    expect(within(mise).getByTestId('registered-badge')).toHaveTextContent('À envoyer');
    expect(within(rowOf('relance')).queryByTestId('registered-badge')).toBeNull();
    expect(screen.getByTestId('documents-count')).toHaveTextContent('3 documents');
  });

  it('filters by text, kind, customer and dates, and clears the filters', async () => {
    const user = userEvent.setup();
    renderPage();
    await waitFor(() => expect(rows()).toHaveLength(3));

    await user.type(screen.getByLabelText('Rechercher'), 'releve');
    await waitFor(() => expect(shownIds()).toEqual(['releve']));
    expect(screen.getByTestId('documents-count')).toHaveTextContent('1 document affiché sur 3');
    await user.clear(screen.getByLabelText('Rechercher'));

    await user.click(screen.getByPlaceholderText('Tous les types'));
    await user.click(await screen.findByRole('option', { name: 'Mise en demeure', hidden: true }));
    await waitFor(() => expect(shownIds()).toEqual(['mise']));
    await user.click(await screen.findByRole('option', { name: 'Relance 1', hidden: true }));
    await waitFor(() => expect(shownIds()).toEqual(['mise', 'relance']));
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
    await waitFor(() => expect(rows()).toHaveLength(3));

    await user.click(screen.getByPlaceholderText('Tous les clients'));
    await user.click(await screen.findByRole('option', { name: 'Garage Martin (411MARTIN)', hidden: true }));
    await waitFor(() => expect(shownIds()).toEqual(['releve']));
    await user.click(screen.getByRole('button', { name: 'Effacer les filtres' }));

    fireEvent.change(screen.getByLabelText('Du'), { target: { value: '2026-03-01' } });
    await waitFor(() => expect(shownIds()).toEqual(['releve', 'mise']));
    fireEvent.change(screen.getByLabelText('Au'), { target: { value: '2026-03-30' } });
    await waitFor(() => expect(shownIds()).toEqual(['mise']));
    fireEvent.change(screen.getByLabelText('Du'), { target: { value: '2026-04-01' } });
    await waitFor(() => expect(rows()).toHaveLength(0));
    expect(screen.getByText('Aucun document ne correspond à ces filtres.')).toBeInTheDocument();
  });

  it('opens filtered on one customer from ?client=', async () => {
    renderPage('/documents?client=martin');
    await waitFor(() => expect(shownIds()).toEqual(['releve']));
  });

  it('explains where documents come from when there are none', async () => {
    await db().documents.clear();
    renderPage();
    expect(await screen.findByTestId('documents-empty')).toHaveTextContent('depuis la fiche d\'un client');
    expect(screen.getByRole('link', { name: 'Aller aux clients' })).toHaveAttribute('href', '/clients');
  });
});

describe('files and row actions', () => {
  it('checks the files once and flags a missing one, whose open and print are disabled', async () => {
    renderPage();
    await waitFor(() => expect(rowOf('releve').dataset.file).toBe('missing'));
    const checks = bridge.calls.filter((c) => c.name === 'checkFiles');
    expect(checks).toHaveLength(1);
    expect((checks[0]!.request as { files: unknown[] }).files).toHaveLength(3);
    const releve = rowOf('releve');
    expect(within(releve).getByText('Fichier introuvable')).toBeInTheDocument();
    expect(within(releve).getByRole('button', { name: 'Ouvrir « Relevé de compte au 31/03/2026 »' })).toBeDisabled();
    expect(within(releve).getByRole('button', { name: 'Imprimer « Relevé de compte au 31/03/2026 »' })).toBeDisabled();
    expect(within(rowOf('mise')).getByRole('button', { name: 'Ouvrir « Mise en demeure · FA-2026-101 »' })).toBeEnabled();
  });

  it('says when the files could not be checked', async () => {
    setBridgeForTests(
      bridgeDouble({ checkFiles: async () => ({ ok: false, error: { code: 'UNAVAILABLE', message: 'Not built yet' } }) }).api,
    );
    renderPage();
    expect(await screen.findByTestId('files-check-error')).toHaveTextContent("L'état des fichiers n'a pas pu être vérifié.");
  });

  it('opens, prints (telling where to print when the viewer opened) and shows in the folder', async () => {
    const user = userEvent.setup();
    renderPage();
    await waitFor(() => expect(rowOf('mise').dataset.file).toBe('ok'));
    await user.click(within(rowOf('mise')).getByRole('button', { name: 'Ouvrir « Mise en demeure · FA-2026-101 »' }));
    expect(bridge.calls.find((c) => c.name === 'openPath')?.request).toEqual({ path: '/docs/2026/mise.pdf' });
    await user.click(within(rowOf('mise')).getByRole('button', { name: 'Imprimer « Mise en demeure · FA-2026-101 »' }));
    expect(bridge.calls.find((c) => c.name === 'printPdf')?.request).toEqual({ path: '/docs/2026/mise.pdf' });
    expect(await screen.findByText('Le PDF est ouvert dans votre lecteur : imprimez-le depuis celui-ci (Ctrl+P).')).toBeInTheDocument();
    await user.click(within(rowOf('mise')).getByRole('button', { name: 'Autres actions pour « Mise en demeure · FA-2026-101 »' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Afficher dans le dossier' }));
    expect(bridge.calls.find((c) => c.name === 'revealPath')?.request).toEqual({ path: '/docs/2026/mise.pdf' });
  });

  it('opens the focused document with Enter', async () => {
    renderPage();
    await waitFor(() => expect(rows()).toHaveLength(3));
    rowOf('relance').focus();
    fireEvent.keyDown(rowOf('relance'), { key: 'Enter' });
    await waitFor(() => expect(bridge.calls.find((c) => c.name === 'openPath')?.request).toEqual({ path: '/docs/2026/relance.pdf' }));
  });

  it('flags a file an action found gone', async () => {
    setBridgeForTests(
      bridgeDouble({
        checkFiles: allFound,
        openPath: async () => ({ ok: false, error: { code: 'FILE_NOT_FOUND', message: 'ENOENT' } }),
      }).api,
    );
    const user = userEvent.setup();
    renderPage();
    await waitFor(() => expect(rowOf('relance').dataset.file).toBe('ok'));
    await user.click(within(rowOf('relance')).getByRole('button', { name: 'Ouvrir « Relance 1 · FA-2026-101 »' }));
    expect(await screen.findByText(/Ce fichier est introuvable/)).toBeInTheDocument();
    await waitFor(() => expect(rowOf('relance').dataset.file).toBe('missing'));
  });
});

describe('sending a document again by e-mail', () => {
  it('writes an .eml draft with the PDF attached, records it with a history line, and opens it', async () => {
    const user = userEvent.setup();
    renderPage();
    await waitFor(() => expect(rowOf('relance').dataset.file).toBe('ok'));
    await user.click(within(rowOf('relance')).getByRole('button', { name: 'Autres actions pour « Relance 1 · FA-2026-101 »' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Renvoyer par e-mail' }, { timeout: 3000 }));
    expect(await screen.findByText(/Brouillon ouvert dans votre messagerie/)).toBeInTheDocument();

    const compose = bridge.calls.find((c) => c.name === 'composeEmail')?.request as Record<string, unknown>;
    expect(compose).toMatchObject({
      to: ['durand@dupont.fr'],
      cc: ['compta@dupont.fr'],
      subject: 'Relance 1 · FA-2026-101',
      attachments: ['/docs/2026/relance.pdf'],
      folder: [today().slice(0, 4), '411DUPONT Menuiserie Dupont'],
      fileName: 'relance.eml',
    });
    expect(compose.text).toContain('Veuillez trouver ci-joint le document suivant : Relance 1 · FA-2026-101.');
    const opened = bridge.calls.filter((c) => c.name === 'openPath').map((c) => c.request);
    expect(opened).toEqual([{ path: '/docs/2026/411DUPONT Menuiserie Dupont/relance.eml' }]);

    const email = (await db().documents.toArray()).find((d) => d.kind === 'email');
    expect(email).toMatchObject({ customerId: 'dupont', channel: 'email', emailOf: 'relance', sha256: sha('e'), invoiceIds: ['i1'], title: 'E-mail : Relance 1 · FA-2026-101' });
    const [interaction] = await db().interactions.toArray();
    expect(interaction).toMatchObject({ customerId: 'dupont', channel: 'email', documentIds: [email!.id], invoiceIds: ['i1'] });
    expect(interaction!.summary).toContain('durand@dupont.fr, compta@dupont.fr');
    // The new draft shows in the list.
    await waitFor(() => expect(rows()).toHaveLength(4));
  });

  it('records nothing when main could not write the draft', async () => {
    setBridgeForTests(
      bridgeDouble({
        checkFiles: allFound,
        composeEmail: async () => ({ ok: false, error: { code: 'DISK_FULL', message: 'ENOSPC' } }),
      }).api,
    );
    const user = userEvent.setup();
    renderPage();
    await waitFor(() => expect(rows()).toHaveLength(3));
    await user.click(within(rowOf('relance')).getByRole('button', { name: 'Autres actions pour « Relance 1 · FA-2026-101 »' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Renvoyer par e-mail' }, { timeout: 3000 }));
    expect(await screen.findByText(/Le disque est plein/)).toBeInTheDocument();
    expect(await db().documents.count()).toBe(3);
    expect(await db().interactions.count()).toBe(0);
  });

  it('opens a mailto: link in mailto mode, and shows the PDF to attach', async () => {
    await db().settings.put({ key: LETTERS_KEY, value: { emailMode: 'mailto' }, updatedAt: stamp });
    const user = userEvent.setup();
    renderPage();
    await waitFor(() => expect(rows()).toHaveLength(3));
    await user.click(within(rowOf('mise')).getByRole('button', { name: 'Autres actions pour « Mise en demeure · FA-2026-101 »' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Renvoyer par e-mail' }, { timeout: 3000 }));
    expect(await screen.findByText(/Le lien mailto: ne peut pas joindre de fichier/)).toBeInTheDocument();
    const url = (bridge.calls.find((c) => c.name === 'openExternal')?.request as { url: string }).url;
    expect(url.startsWith('mailto:durand@dupont.fr?cc=compta@dupont.fr&subject=')).toBe(true);
    expect(bridge.calls.find((c) => c.name === 'revealPath')?.request).toEqual({ path: '/docs/2026/mise.pdf' });
    expect(bridge.calls.some((c) => c.name === 'composeEmail')).toBe(false);
    expect(await db().interactions.count()).toBe(1);
  });

  it('refuses plainly when the customer has no e-mail address', async () => {
    await db().documents.update('releve', { sha256: sha('4') });
    setBridgeForTests(bridgeDouble({ checkFiles: allFound }).api);
    const user = userEvent.setup();
    renderPage();
    await waitFor(() => expect(rowOf('releve').dataset.file).toBe('ok'));
    await user.click(within(rowOf('releve')).getByRole('button', { name: 'Autres actions pour « Relevé de compte au 31/03/2026 »' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Renvoyer par e-mail' }, { timeout: 3000 }));
    expect(await screen.findByText(/Garage Martin n'a aucun contact avec une adresse e-mail/)).toBeInTheDocument();
    expect(await db().documents.count()).toBe(3);
  });
});

describe('registered letter tracking', () => {
  const openTracking = async (user: ReturnType<typeof userEvent.setup>) => {
    await waitFor(() => expect(rows()).toHaveLength(3));
    await user.click(within(rowOf('mise')).getByRole('button', { name: 'Suivi recommandé de « Mise en demeure · FA-2026-101 »' }));
    return screen.findByRole('dialog', { name: 'Suivi du recommandé' });
  };

  it('explains wrong entries in French and saves nothing', async () => {
    const user = userEvent.setup();
    renderPage();
    const dialog = await openTracking(user);
    await user.type(within(dialog).getByLabelText('N° de suivi'), 'Dupont 12');
    fireEvent.change(within(dialog).getByLabelText('Envoyée le'), { target: { value: addDays(today(), 2) } });
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer le suivi' }));
    expect(await within(dialog).findByText(/Ce numéro de suivi n'a pas le format de La Poste/)).toBeInTheDocument();
    expect(within(dialog).getByText('Cette date est dans le futur.')).toBeInTheDocument();
    expect(within(dialog).getByTestId('registered-form-error')).toHaveTextContent("Le suivi n'a pas été enregistré");

    await user.clear(within(dialog).getByLabelText('N° de suivi'));
    await user.type(within(dialog).getByLabelText('N° de suivi'), '1A 123 456 7890 1');
    fireEvent.change(within(dialog).getByLabelText('Envoyée le'), { target: { value: '2026-03-02' } });
    await user.click(within(dialog).getByRole('radio', { name: 'Reçu, signé par le destinataire' }));
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer le suivi' }));
    expect(await within(dialog).findByText("Indiquez la date portée sur l'accusé de réception.")).toBeInTheDocument();
    fireEvent.change(within(dialog).getByLabelText('Reçue le (date de l\'AR)'), { target: { value: '2026-03-01' } });
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer le suivi' }));
    expect(await within(dialog).findByText('La date de réception ne peut pas précéder la date d\'envoi.')).toBeInTheDocument();

    expect((await db().documents.get('mise'))?.registered).toBeUndefined();
    expect(await db().interactions.count()).toBe(0);
  });

  it('records the sending, then the receipt, each with a history line, and undoes the last', async () => {
    const user = userEvent.setup();
    renderPage();
    let dialog = await openTracking(user);
    await user.type(within(dialog).getByLabelText('N° de suivi'), '1a 123 456 7890 1');
    fireEvent.change(within(dialog).getByLabelText('Envoyée le'), { target: { value: '2026-03-02' } });
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer le suivi' }));
    await waitFor(() => expect(within(rowOf('mise')).getByTestId('registered-badge')).toHaveTextContent('Envoyée le 02/03/2026'));
    expect((await db().documents.get('mise'))?.registered).toEqual({ trackingNumber: '1A12345678901', sentOn: '2026-03-02' });
    const sent = await db().interactions.toArray();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      customerId: 'dupont', channel: 'registered-letter', documentIds: ['mise'], invoiceIds: ['i1'],
      summary: 'Lettre recommandée « Mise en demeure · FA-2026-101 » envoyée le 02/03/2026 (n° 1A 123 456 7890 1).',
    });

    dialog = await openTracking(user);
    expect(within(dialog).getByLabelText('N° de suivi')).toHaveValue('1A 123 456 7890 1');
    await user.click(within(dialog).getByRole('radio', { name: 'Reçu, signé par le destinataire' }));
    fireEvent.change(within(dialog).getByLabelText('Reçue le (date de l\'AR)'), { target: { value: '2026-03-04' } });
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer le suivi' }));
    await waitFor(() => expect(within(rowOf('mise')).getByTestId('registered-badge')).toHaveTextContent('Reçue le 04/03/2026'));
    const lines = (await db().interactions.toArray()).map((i) => i.summary);
    expect(lines).toContain('Lettre recommandée « Mise en demeure · FA-2026-101 » reçue le 04/03/2026 (accusé de réception).');

    const notice = await screen.findByText('Suivi du recommandé enregistré.');
    await user.click(within(notice.parentElement!).getByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(within(rowOf('mise')).getByTestId('registered-badge')).toHaveTextContent('Envoyée le 02/03/2026'));
    expect(await db().interactions.count()).toBe(1);
  });

  it('records an unclaimed letter', async () => {
    await db().documents.update('mise', { registered: { sentOn: '2026-03-02' } });
    const user = userEvent.setup();
    renderPage();
    const dialog = await openTracking(user);
    await user.click(within(dialog).getByRole('radio', { name: 'Pli avisé et non réclamé' }));
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer le suivi' }));
    await waitFor(() => expect(within(rowOf('mise')).getByTestId('registered-badge')).toHaveTextContent('Non réclamée'));
    const [line] = await db().interactions.toArray();
    expect(line!.summary).toContain('pli avisé et non réclamé');
  });

  it('can turn an ordinary letter into a registered one from the row menu', async () => {
    const user = userEvent.setup();
    renderPage();
    await waitFor(() => expect(rows()).toHaveLength(3));
    await user.click(within(rowOf('relance')).getByRole('button', { name: 'Autres actions pour « Relance 1 · FA-2026-101 »' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Suivi recommandé' }));
    const dialog = await screen.findByRole('dialog', { name: 'Suivi du recommandé' });
    fireEvent.change(within(dialog).getByLabelText('Envoyée le'), { target: { value: today() } });
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer le suivi' }));
    await waitFor(() => expect(within(rowOf('relance')).getByTestId('registered-badge')).toHaveTextContent(`Envoyée le ${formatDate(today())}`));
  });
});

describe('recordDocument', () => {
  it('writes the document and its history line together', async () => {
    const { document, interactionId } = await recordDocument(db(), {
      customerId: 'dupont', kind: 'formal-notice', title: 'Mise en demeure', path: '/docs/x.pdf', sha256: sha('f'), size: 12, pages: 2,
      fileName: 'x.pdf', invoiceIds: ['i1', 'i2'], channel: 'registered-letter', batchId: 'b1',
      interaction: { channel: 'registered-letter', summary: 'Mise en demeure générée' },
    });
    expect(await db().documents.get(document.id)).toMatchObject({ kind: 'formal-notice', batchId: 'b1', pages: 2, channel: 'registered-letter' });
    expect(await db().interactions.get(interactionId!)).toMatchObject({ documentIds: [document.id], invoiceIds: ['i1', 'i2'], corrections: [] });
  });

  it('writes neither when one of the two fails', async () => {
    await expect(
      recordDocument(db(), {
        customerId: 'dupont', kind: 'courtesy', title: 'x', path: '/docs/y.pdf', sha256: sha('f'), size: 1, pages: 1, fileName: 'y.pdf',
        invoiceIds: [], channel: 'letter',
        // An interaction that IndexedDB cannot store (a function) makes the transaction fail.
        interaction: { channel: 'letter', summary: (() => 'x') as unknown as string },
      }),
    ).rejects.toThrow();
    expect(await db().documents.count()).toBe(3);
  });
});

describe('recordRegisteredLetter', () => {
  it('validates before writing, and an undo puts an ordinary letter back as it was', async () => {
    expect(await recordRegisteredLetter(db(), 'relance', { trackingNumber: 'abc' }, { today: '2026-03-20' })).toEqual({
      ok: false,
      errors: { trackingNumber: 'tracking-format' },
    });
    const result = await recordRegisteredLetter(db(), 'relance', { sentOn: '2026-03-12' }, { today: '2026-03-20' });
    if (!result.ok || !result.change) throw new Error('expected a change');
    expect((await db().documents.get('relance'))?.registered).toEqual({ sentOn: '2026-03-12' });
    expect(await db().interactions.count()).toBe(1);
    // Saving the same again changes nothing and logs nothing.
    expect(await recordRegisteredLetter(db(), 'relance', { sentOn: '2026-03-12' }, { today: '2026-03-20' })).toEqual({ ok: true, change: null });

    expect(await undoRegisteredLetter(db(), result.change)).toBe(true);
    const restored = await db().documents.get('relance');
    expect(restored && 'registered' in restored).toBe(false);
    expect(await db().interactions.count()).toBe(0);
  });

  it('refuses an undo once the tracking changed again', async () => {
    const first = await recordRegisteredLetter(db(), 'mise', { sentOn: '2026-03-12' }, { today: '2026-03-20' });
    await recordRegisteredLetter(db(), 'mise', { sentOn: '2026-03-12', receivedOn: '2026-03-14' }, { today: '2026-03-20' });
    if (!first.ok || !first.change) throw new Error('expected a change');
    expect(await undoRegisteredLetter(db(), first.change)).toBe(false);
    expect((await db().documents.get('mise'))?.registered).toEqual({ sentOn: '2026-03-12', receivedOn: '2026-03-14' });
    expect(await db().interactions.count()).toBe(2);
  });
});
