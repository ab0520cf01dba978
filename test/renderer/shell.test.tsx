import { afterEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { Layout } from '../../renderer/src/app/Layout';
import { screens } from '../../renderer/src/app/screens';
import { NotBuiltYet } from '../../renderer/src/features/placeholder/NotBuiltYet';
import { PreferencesPanel } from '../../renderer/src/features/settings/PreferencesPanel';
import { setBridgeForTests } from '../../renderer/src/bridge';
import { bridgeDouble } from './bridge-double';
import { renderInApp } from './render';

afterEach(() => {
  setBridgeForTests(null);
  localStorage.clear();
});

describe('app shell', () => {
  it('lists every screen of the product brief in the navigation, in French', () => {
    setBridgeForTests(bridgeDouble().api);
    renderInApp(<Layout>content</Layout>);
    expect(screen.getAllByRole('link')).toHaveLength(screens.length);
    for (const name of ['Tableau de bord', 'Factures', 'Clients', 'Import', 'Appel', 'Calendrier', 'Documents', 'Contentieux', 'Paramètres']) {
      expect(screen.getByRole('link', { name })).toBeInTheDocument();
    }
  });

  it('switches to English, remembers it, and tells main', async () => {
    const { api, calls } = bridgeDouble();
    setBridgeForTests(api);
    const user = userEvent.setup();
    const { i18n } = renderInApp(<Layout>content</Layout>);
    await user.click(screen.getByText('EN'));
    expect(i18n.language).toBe('en');
    expect(screen.getByRole('link', { name: 'Invoices' })).toBeInTheDocument();
    expect(localStorage.getItem('relance.language')).toBe('en');
    expect(calls).toContainEqual({ name: 'setLanguage', request: { language: 'en' } });
  });

  it('says plainly, in both languages, that a screen is not built yet', () => {
    renderInApp(
      <Routes>
        <Route path="/" element={<NotBuiltYet screen="calendar" />} />
      </Routes>,
      { language: 'en' },
    );
    expect(screen.getByText('This screen is not available yet')).toBeInTheDocument();
    expect(screen.getByText(/Upcoming follow-ups by month/)).toBeInTheDocument();
  });
});

describe('formatting follows the interface language', () => {
  it('shows amounts and dates the French way, then the British way', async () => {
    setBridgeForTests(bridgeDouble().api);
    const user = userEvent.setup();
    renderInApp(<PreferencesPanel />);
    const example = screen.getByTestId('format-example');
    expect(example.textContent).toContain('1\u202f234,56\u00a0€');
    expect(example.textContent).toMatch(/\d{2}\/\d{2}\/\d{4}/);
    await user.click(screen.getByText('English'));
    expect(screen.getByTestId('format-example').textContent).toContain('€1,234.56');
    expect(screen.getByTestId('format-example').textContent).toMatch(/^Formatting example/);
  });
});
