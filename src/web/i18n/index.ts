import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogEn } from './catalog.en';
import { catalogVi } from './catalog.vi';
import { dossiersEn } from './dossiers.en';
import { dossiersVi } from './dossiers.vi';
import { en } from './en';
import { notificationsEn } from './notifications.en';
import { notificationsVi } from './notifications.vi';
import { parEn } from './par.en';
import { parVi } from './par.vi';
import { parTasksEn } from './par-tasks.en';
import { parTasksVi } from './par-tasks.vi';
import { statsEn } from './stats.en';
import { statsVi } from './stats.vi';
import { vi } from './vi';

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

void i18n.use(initReactI18next).init({
  resources: {
    vi: {
      translation: {
        ...vi,
        catalog: catalogVi,
        dossiers: dossiersVi,
        notifications: notificationsVi,
        par: { ...parVi, tasks: parTasksVi },
        stats: statsVi,
      },
    },
    en: {
      translation: {
        ...en,
        catalog: catalogEn,
        dossiers: dossiersEn,
        notifications: notificationsEn,
        par: { ...parEn, tasks: parTasksEn },
        stats: statsEn,
      },
    },
  },
  lng: storedLanguage(),
  fallbackLng: 'vi',
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
