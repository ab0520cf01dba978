import { useTranslation } from 'react-i18next';
import { bridge } from '../bridge';
import { rememberLanguage, type Language } from './i18n';

/** The interface language: switching it also tells main, so the application menu follows. */
export function useLanguage(): { language: Language; setLanguage(language: Language): void } {
  const { i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'fr';
  return {
    language,
    setLanguage(next) {
      rememberLanguage(next);
      void i18n.changeLanguage(next);
      void bridge().setLanguage({ language: next });
    },
  };
}
