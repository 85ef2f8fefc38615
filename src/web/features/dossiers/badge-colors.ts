/**
 * Colours of the dossier badges. Shades are picked so the text Mantine's autoContrast puts on
 * them (white on dark, black on light) reaches WCAG AA.
 */
import type { Completion, DossierState, Urgency } from './types';

/** Overdue red, due soon orange, in time green. */
export const URGENCY_COLORS: Record<Urgency, string> = {
  overdue: 'red.8',
  due_soon: 'orange.5',
  in_time: 'green.6',
  none: 'gray.3',
};

export const STATE_COLORS: Record<DossierState, string> = {
  draft: 'gray.3',
  submitted: 'violet.7',
  received: 'cyan.9',
  needs_supplement: 'yellow.4',
  processing: 'blue.8',
  inter_agency: 'indigo.7',
  paused: 'gray.7',
  resolved: 'teal.9',
  returned: 'green.6',
  refused: 'red.8',
  stopped: 'grape.7',
  withdrawn: 'gray.3',
  cancelled: 'gray.3',
};

/** Trước hạn, đúng hạn, quá hạn. */
export const COMPLETION_COLORS: Record<Completion, string> = {
  early: 'teal.9',
  on_time: 'green.6',
  late: 'red.8',
};
