import { Stack, Tabs, Title } from '@mantine/core';
import { IconBuilding, IconCalendar, IconInfoCircle, IconLanguage, IconMail, IconPercentage, IconStairsUp, IconTemplate } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CalendarSettingsPanel } from '../calendar-settings/CalendarSettingsPanel';
import { LettersSettingsPanel } from '../letters/LettersSettingsPanel';
import { RatesPanel } from '../rates/RatesPanel';
import { ScenariosPanel } from '../scenarios/ScenariosPanel';
import { TemplatesPanel } from '../templates/TemplatesPanel';
import { AboutPanel } from './AboutPanel';
import { CompanyProfileForm } from './CompanyProfileForm';
import { PreferencesPanel } from './PreferencesPanel';

const TABS = ['company', 'letters', 'templates', 'rates', 'calendar', 'scenarios', 'preferences', 'about'] as const;
type Tab = (typeof TABS)[number];

export function SettingsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'company';
  return (
    <Stack gap="md">
      <Title order={1}>{t('settings.title')}</Title>
      <Tabs value={tab} onChange={(value) => setParams(value && value !== 'company' ? { tab: value } : {})}>
        <Tabs.List mb="lg">
          <Tabs.Tab value="company" leftSection={<IconBuilding size={16} />}>
            {t('settings.tabs.company')}
          </Tabs.Tab>
          <Tabs.Tab value="letters" leftSection={<IconMail size={16} />}>
            {t('settings.tabs.letters')}
          </Tabs.Tab>
          <Tabs.Tab value="templates" leftSection={<IconTemplate size={16} />}>
            {t('settings.tabs.templates')}
          </Tabs.Tab>
          <Tabs.Tab value="rates" leftSection={<IconPercentage size={16} />}>
            {t('settings.tabs.rates')}
          </Tabs.Tab>
          <Tabs.Tab value="calendar" leftSection={<IconCalendar size={16} />}>
            {t('settings.tabs.calendar')}
          </Tabs.Tab>
          <Tabs.Tab value="scenarios" leftSection={<IconStairsUp size={16} />}>
            {t('settings.tabs.scenarios')}
          </Tabs.Tab>
          <Tabs.Tab value="preferences" leftSection={<IconLanguage size={16} />}>
            {t('settings.tabs.preferences')}
          </Tabs.Tab>
          <Tabs.Tab value="about" leftSection={<IconInfoCircle size={16} />}>
            {t('settings.tabs.about')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="company">
          <CompanyProfileForm />
        </Tabs.Panel>
        <Tabs.Panel value="letters">
          <LettersSettingsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="templates">
          <TemplatesPanel />
        </Tabs.Panel>
        <Tabs.Panel value="rates">
          <RatesPanel />
        </Tabs.Panel>
        <Tabs.Panel value="calendar">
          <CalendarSettingsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="scenarios">
          <ScenariosPanel />
        </Tabs.Panel>
        <Tabs.Panel value="preferences">
          <PreferencesPanel />
        </Tabs.Panel>
        <Tabs.Panel value="about">
          <AboutPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
