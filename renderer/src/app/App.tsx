import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import type { i18n as I18n } from 'i18next';
import { useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import { HashRouter, Route, Routes } from 'react-router';
import { NotBuiltYet } from '../features/placeholder/NotBuiltYet';
import { SettingsPage } from '../features/settings/SettingsPage';
import { InvoiceBookPage } from '../features/invoices/InvoiceBookPage';
import { CustomersRoutes } from '../features/customers/CustomersRoutes';
import { ImportPage } from '../features/import/ImportPage';
import { DocumentsPage } from '../features/documents/DocumentsPage';
import { CalendarPage } from '../features/calendar/CalendarPage';
import { CallRoutes } from '../features/call/CallRoutes';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { bridge } from '../bridge';
import type { Language } from './i18n';
import { Layout } from './Layout';
import { MenuCommands } from './MenuCommands';
import { FileDrop } from './FileDrop';
import { screens, type ScreenId } from './screens';
import { theme } from './theme';

function screenElement(id: ScreenId) {
  switch (id) {
    case 'settings':
      return <SettingsPage />;
    case 'invoices':
      return <InvoiceBookPage />;
    case 'customers':
      return <CustomersRoutes />;
    case 'import':
      return <ImportPage />;
    case 'documents':
      return <DocumentsPage />;
    case 'calendar':
      return <CalendarPage />;
    case 'call':
      return <CallRoutes />;
    case 'dashboard':
      return <DashboardPage />;
    default:
      return <NotBuiltYet screen={id} />;
  }
}

/**
 * The providers and routes of the app. A hash router: the packaged app loads a file:// page, where
 * path-based routes would point at files.
 */
export function App({ i18n }: { i18n: I18n }) {
  useEffect(() => {
    // Main builds the menu before the page exists; tell it the language the user chose.
    void bridge().setLanguage({ language: (i18n.language === 'en' ? 'en' : 'fr') as Language });
  }, [i18n]);

  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} defaultColorScheme="auto">
        <ModalsProvider>
          <Notifications position="bottom-right" />
          <HashRouter>
            <MenuCommands />
            <FileDrop />
            <Layout>
              <Routes>
                {screens.map((screen) => (
                  <Route
                    key={screen.id}
                    path={screen.path === '/' ? '/' : `${screen.path}/*`}
                    element={screenElement(screen.id)}
                  />
                ))}
                <Route path="*" element={<DashboardPage />} />
              </Routes>
            </Layout>
          </HashRouter>
        </ModalsProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
