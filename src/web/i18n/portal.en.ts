import type { PortalStrings } from './portal.vi';

/** English strings of the public home: the same keys as portal.vi.ts (the type enforces it). */
export const portalEn: PortalStrings = {
  title: 'Public service portal',
  intro:
    'Find an administrative procedure and the papers it needs, follow your dossier, see the working calendar and when a result is due.',
  workplace: 'Go to my workplace',
  transparency: 'Published results of dossier handling',
  staffSignIn: 'Staff sign-in',
  search: {
    form: 'Find an administrative procedure',
    label: 'Find an administrative procedure',
    placeholder: 'E.g. birth registration, building permit…',
    submit: 'Search',
  },
  lookup: {
    title: 'Follow a dossier',
    submit: 'Look up',
  },
  calendar: {
    title: 'Working calendar',
    month: '{{month}} has {{count}} working days.',
    noDaysOff: 'No public holidays or days off in lieu this month.',
    next: 'Next days off',
    open: 'The whole year’s working calendar',
  },
};
