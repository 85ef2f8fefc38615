import type { CSSProperties } from 'react';
import type { DayKind } from '../../api/types';

/**
 * The colour of each kind of day. Backgrounds are light and the text stays dark (gray.9 / gray.8:
 * at least 5:1 on every background, WCAG AA); colour is never the only signal — each cell's
 * accessible name says what the day is, and days off are also bold.
 */
export const DAY_STYLES: Record<DayKind, CSSProperties> = {
  working: { background: 'var(--mantine-color-white)' },
  weekend: { background: 'var(--mantine-color-gray-2)' },
  holiday: { background: 'var(--mantine-color-red-2)' },
  compensatory: { background: 'var(--mantine-color-orange-2)' },
  announced_off: { background: 'var(--mantine-color-grape-2)' },
  working_weekend: {
    background: 'var(--mantine-color-green-1)',
    boxShadow: 'inset 0 0 0 1px var(--mantine-color-green-9)',
  },
};

/** The order of the legend. */
export const LEGEND_KINDS: readonly DayKind[] = [
  'working',
  'weekend',
  'holiday',
  'compensatory',
  'announced_off',
  'working_weekend',
];

export const TODAY_STYLE: CSSProperties = {
  outline: '2px solid var(--mantine-color-blue-8)',
  outlineOffset: -2,
};
