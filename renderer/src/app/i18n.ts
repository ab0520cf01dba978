import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import fr from './locales/fr.json';
import en from './locales/en.json';
import { importCatalogue } from '../domain/import/messages';
import { scheduleCatalogue } from '../domain/schedule/messages';

type Catalogue = { [key: string]: string | Catalogue };

/**
 * Each feature may bring its own catalogue (features/<name>/i18n/fr.json and en.json); they are
 * merged over the shared one at start-up so features can be written side by side.
 */
const featureCatalogues = import.meta.glob<{ default: Catalogue }>('../features/*/i18n/*.json', { eager: true });

function mergeDeep(target: Catalogue, source: Catalogue): Catalogue {
  const out: Catalogue = { ...target };
  for (const [key, value] of Object.entries(source)) {
    const existing = out[key];
    out[key] = typeof value === 'object' && typeof existing === 'object' ? mergeDeep(existing, value) : value;
  }
  return out;
}

export function catalogue(language: 'fr' | 'en'): Catalogue {
  let merged: Catalogue = mergeDeep(mergeDeep(language === 'fr' ? fr : en, importCatalogue(language)), scheduleCatalogue(language));
  for (const [path, module] of Object.entries(featureCatalogues)) {
    if (path.endsWith(`/${language}.json`)) merged = mergeDeep(merged, module.default);
  }
  return merged;
}

export type Language = 'fr' | 'en';
export const LANGUAGES: Language[] = ['fr', 'en'];
const STORAGE_KEY = 'relance.language';

/** French unless the user chose English: our users work in French first. */
export function storedLanguage(storage: Pick<Storage, 'getItem'> = window.localStorage): Language {
  return storage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'fr';
}

export function rememberLanguage(language: Language, storage: Pick<Storage, 'setItem'> = window.localStorage): void {
  storage.setItem(STORAGE_KEY, language);
}

/** One i18next instance per app (or per test), with the two catalogues bundled. */
export function createI18n(language: Language): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'fr',
    supportedLngs: LANGUAGES,
    resources: { fr: { translation: catalogue('fr') }, en: { translation: catalogue('en') } },
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
    initAsync: false,
  });
  instance.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  document.documentElement.lang = language;
  return instance;
}

/** Intl locale for formatting numbers, money and dates in the interface language. */
export const intlLocale = (language: string): 'fr-FR' | 'en-GB' => (language === 'en' ? 'en-GB' : 'fr-FR');
