import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'motcua.lang';

function storedLanguage(): Language {
  const saved = window.localStorage.getItem(STORAGE_KEY);
  return saved === 'en' ? 'en' : 'vi';
}

function applyToDocument(lng: string): void {
  document.documentElement.lang = lng;
}

/** Each language's strings are a chunk of their own: a visitor downloads only the one shown. */
const stringsOf: Record<Language, () => Promise<ResourceKey>> = {
  vi: () => import('./strings.vi').then((m) => m.stringsVi),
  en: () => import('./strings.en').then((m) => m.stringsEn),
};

/** An i18next backend over those chunks: a language is loaded before the UI switches to it. */
const languageChunks: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, _namespace, callback) => {
    const load = stringsOf[language === 'en' ? 'en' : 'vi'];
    load().then(
      (strings) => callback(null, strings),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/** Resolves once the first language's strings are in: the app renders after it. */
export const i18nReady = i18n
  .use(languageChunks)
  .use(initReactI18next)
  .init({
    lng: storedLanguage(),
    // Both catalogues have every key (their types enforce it): no second language to download.
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
applyToDocument(i18n.language);

i18n.on('languageChanged', (lng) => {
  window.localStorage.setItem(STORAGE_KEY, lng);
  applyToDocument(lng);
});

/** The UI language as one of ours (i18next may report a region variant). */
export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'vi';
}

export default i18n;
