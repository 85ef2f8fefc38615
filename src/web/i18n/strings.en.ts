import { catalogEn } from './catalog.en';
import { dossiersEn } from './dossiers.en';
import { en } from './en';
import { notificationsEn } from './notifications.en';
import { parEn } from './par.en';
import { parTasksEn } from './par-tasks.en';
import { portalEn } from './portal.en';
import { statsEn } from './stats.en';
import type { stringsVi } from './strings.vi';

/** Every English string of the app: the same keys as strings.vi.ts, loaded only when shown. */
export const stringsEn: typeof stringsVi = {
  ...en,
  catalog: catalogEn,
  dossiers: dossiersEn,
  notifications: notificationsEn,
  par: { ...parEn, tasks: parTasksEn },
  stats: statsEn,
  portal: portalEn,
};
