import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from './use-language';

/** FR / EN in the header: always one click away, announced to screen readers in both languages. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <SegmentedControl
      size="xs"
      value={language}
      onChange={(value) => setLanguage(value === 'en' ? 'en' : 'fr')}
      aria-label={t('preferences.language')}
      data={[
        { value: 'fr', label: 'FR' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}
