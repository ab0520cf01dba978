import { SegmentedControl, Stack, Text, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import { useLanguage } from '../../app/use-language';
import { todayIso } from '../../domain/dates';

export function PreferencesPanel() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const format = useFormat();
  const today = todayIso();
  return (
    <Stack gap="lg" maw={520}>
      <Stack gap={6}>
        <Text fw={500} id="pref-language">
          {t('preferences.language')}
        </Text>
        <SegmentedControl
          aria-labelledby="pref-language"
          value={language}
          onChange={(value) => setLanguage(value === 'en' ? 'en' : 'fr')}
          data={[
            { value: 'fr', label: 'Français' },
            { value: 'en', label: 'English' },
          ]}
        />
        <Text size="sm" c="dimmed" data-testid="format-example">
          {t('preferences.formatExample', {
            amount: format.money(123456),
            date: format.date(today),
            longDate: format.longDate(today),
          })}
        </Text>
      </Stack>
      <Stack gap={6}>
        <Text fw={500} id="pref-scheme">
          {t('preferences.colorScheme')}
        </Text>
        <SegmentedControl
          aria-labelledby="pref-scheme"
          value={colorScheme}
          onChange={(value) => setColorScheme(value as MantineColorScheme)}
          data={(['auto', 'light', 'dark'] as const).map((value) => ({
            value,
            label: t(`preferences.colorSchemes.${value}`),
          }))}
        />
      </Stack>
    </Stack>
  );
}
