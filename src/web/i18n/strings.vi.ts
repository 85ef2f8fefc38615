import { catalogVi } from './catalog.vi';
import { dossiersVi } from './dossiers.vi';
import { notificationsVi } from './notifications.vi';
import { parVi } from './par.vi';
import { parTasksVi } from './par-tasks.vi';
import { portalVi } from './portal.vi';
import { statsVi } from './stats.vi';
import { vi } from './vi';

/** Every Vietnamese string of the app, in one chunk the browser loads only when it shows Vietnamese. */
export const stringsVi = {
  ...vi,
  catalog: catalogVi,
  dossiers: dossiersVi,
  notifications: notificationsVi,
  par: { ...parVi, tasks: parTasksVi },
  stats: statsVi,
  portal: portalVi,
};
