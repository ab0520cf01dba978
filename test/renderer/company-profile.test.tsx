import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Dexie } from 'dexie';
import { database, DATABASE_NAME } from '../../renderer/src/db/database';
import { setBridgeForTests } from '../../renderer/src/bridge';
import { CompanyProfileForm } from '../../renderer/src/features/settings/CompanyProfileForm';
import {
  COMPANY_KEY,
  COMPANY_LOGO_KEY,
  loadCompanyProfile,
  saveCompanyProfile,
} from '../../renderer/src/features/settings/company-store';
import { EMPTY_COMPANY_PROFILE } from '../../renderer/src/domain/company-profile';
import { makePng } from '../support/images';
import { bridgeDouble } from './bridge-double';
import { renderInApp } from './render';

const validDraft = {
  ...EMPTY_COMPANY_PROFILE,
  name: 'Menuiserie Dupont',
  legalForm: 'SARL',
  siren: '732829320',
  addressLine1: '12 rue des Lilas',
  postalCode: '69003',
  city: 'Lyon',
};

beforeEach(async () => {
  await database().settings.clear();
});
afterEach(() => setBridgeForTests(null));

describe('company store', () => {
  it('stores nothing when the profile is invalid', async () => {
    const result = await saveCompanyProfile(database(), { ...validDraft, siren: '732829321' }, null);
    expect(result.ok).toBe(false);
    expect(await database().settings.get(COMPANY_KEY)).toBeUndefined();
  });

  it('refuses a damaged logo and keeps the previous profile and logo', async () => {
    const logo = { bytes: makePng(10, 10), mimeType: 'image/png' as const, width: 10, height: 10, fileName: 'a.png' };
    await saveCompanyProfile(database(), validDraft, logo);
    const damaged = { ...logo, bytes: logo.bytes.subarray(0, 40) };
    await expect(saveCompanyProfile(database(), { ...validDraft, name: 'Autre nom' }, damaged)).rejects.toThrow();
    expect((await loadCompanyProfile(database())).name).toBe('Menuiserie Dupont');
    const stored = await database().settings.get(COMPANY_LOGO_KEY);
    expect((stored?.value as { bytes: Uint8Array }).bytes.length).toBe(logo.bytes.length);
  });

  it('gives the empty profile, French by default, before anything is saved', async () => {
    expect(await loadCompanyProfile(database())).toEqual(EMPTY_COMPANY_PROFILE);
  });
});

describe('company profile form', () => {
  it('shows French messages for a wrong SIREN and IBAN and does not save', async () => {
    setBridgeForTests(bridgeDouble().api);
    const user = userEvent.setup();
    renderInApp(<CompanyProfileForm />);
    await user.type(await screen.findByLabelText(/Raison sociale/), 'Dupont');
    await user.type(screen.getByLabelText(/^SIREN/), '123456789');
    await user.type(screen.getByLabelText(/^IBAN/), 'FR7630006000011234567890188');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText(/Ce SIREN n'existe pas/)).toBeInTheDocument();
    expect(screen.getByText(/Cet IBAN est invalide/)).toBeInTheDocument();
    expect(screen.getByText(/Indiquez le BIC/)).toBeInTheDocument();
    expect(screen.getByTestId('form-error')).toHaveTextContent("Le profil n'a pas été enregistré");
    expect(await database().settings.get(COMPANY_KEY)).toBeUndefined();
  });

  it('saves a valid profile to the database', async () => {
    setBridgeForTests(bridgeDouble().api);
    await database().settings.put({
      key: COMPANY_KEY,
      value: { ...validDraft, paymentTermsDays: 30, paymentTermsRule: 'net' },
      updatedAt: '2026-11-29T00:00:00Z',
    });
    const user = userEvent.setup();
    renderInApp(<CompanyProfileForm />);
    const name = await screen.findByLabelText(/Raison sociale/);
    await waitFor(() => expect(name).toHaveValue('Menuiserie Dupont'));
    expect(screen.getByLabelText(/^SIREN/)).toHaveValue('732 829 320');
    await user.clear(name);
    await user.type(name, 'Menuiserie Dupont & Fils');
    await user.type(screen.getByLabelText(/^E-mail/), 'compta@dupont.fr');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(async () =>
      expect((await loadCompanyProfile(database())).name).toBe('Menuiserie Dupont & Fils'),
    );
    expect((await loadCompanyProfile(database())).email).toBe('compta@dupont.fr');
  });

  it('explains an oversized logo refused by main', async () => {
    const { api, calls } = bridgeDouble({
      openFile: async () => ({
        ok: false,
        error: { code: 'FILE_TOO_LARGE', message: 'big', details: { size: 2 * 1024 * 1024, maxBytes: 512 * 1024 } },
      }),
    });
    setBridgeForTests(api);
    const user = userEvent.setup();
    renderInApp(<CompanyProfileForm />);
    await user.click(await screen.findByRole('button', { name: 'Choisir un logo…' }));
    expect(await screen.findByTestId('logo-error')).toHaveTextContent(
      'Ce fichier fait 2048 Ko : le logo doit faire 512 Ko au plus.',
    );
    expect(calls[0]).toMatchObject({ name: 'openFile', request: { maxBytes: 512 * 1024 } });
  });

  it('shows a chosen logo and keeps it until saved', async () => {
    const png = makePng(30, 10);
    setBridgeForTests(
      bridgeDouble({
        openFile: async () => ({ ok: true, data: { canceled: false, path: '/x/logo.png', name: 'logo.png', size: png.length, bytes: png } }),
      }).api,
    );
    const user = userEvent.setup();
    renderInApp(<CompanyProfileForm />);
    await user.click(await screen.findByRole('button', { name: 'Choisir un logo…' }));
    const logoBox = (await screen.findByTestId('logo-preview')).closest('div')!;
    expect(within(logoBox.parentElement!).queryByText(/Aucun logo/)).toBeNull();
    expect(screen.getByText('Modifications non enregistrées')).toBeInTheDocument();
    expect(await database().settings.get(COMPANY_LOGO_KEY)).toBeUndefined();
  });
});

// Keep the shared test database from leaking between files.
afterEach(async () => {
  database().close();
  await Dexie.delete(DATABASE_NAME);
  await database().open();
});
