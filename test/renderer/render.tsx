import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { createI18n, type Language } from '../../renderer/src/app/i18n';
import { theme } from '../../renderer/src/app/theme';

/** Renders a component as the app does: Mantine, translations and a router around it. */
export function renderInApp(ui: ReactElement, options: { language?: Language; route?: string } = {}) {
  const i18n = createI18n(options.language ?? 'fr');
  return {
    i18n,
    ...render(
      <I18nextProvider i18n={i18n}>
        <MantineProvider theme={theme}>
          <Notifications />
          <MemoryRouter initialEntries={[options.route ?? '/']}>{ui}</MemoryRouter>
        </MantineProvider>
      </I18nextProvider>,
    ),
  };
}
