/**
 * The columns of the standard report as Biểu số 06/VPCP/KSTT groups them, and the window each
 * figure is counted over: flows in the period, the stock at its start, or the stock at `stocksAt`.
 */
import type { FigureKey } from './stats-search';

/** When a figure is counted: in the period, at its start (carried over), or at the stocks' instant. */
export type FigureWindow = 'period' | 'start' | 'stocks';

export interface ColumnGroup {
  readonly key: 'intake' | 'resolved' | 'inProgress' | 'other';
  readonly window: FigureWindow;
  readonly figures: readonly FigureKey[];
  /** The on-time rate follows the group's figures (it is a share, not a count: no link). */
  readonly withRate?: boolean;
}

export const REPORT_COLUMNS: readonly ColumnGroup[] = [
  {
    key: 'intake',
    window: 'period',
    figures: ['toHandle', 'carriedOver', 'received', 'receivedOnline', 'receivedCounter', 'receivedPostal'],
  },
  {
    key: 'resolved',
    window: 'period',
    figures: ['resolved', 'resolvedEarly', 'resolvedOnTime', 'resolvedLate'],
    withRate: true,
  },
  { key: 'inProgress', window: 'stocks', figures: ['inProgress', 'inProgressInTime', 'inProgressOverdue'] },
  {
    key: 'other',
    window: 'period',
    figures: ['endedWithoutResult', 'refused', 'stopped', 'withdrawn', 'cancelled', 'returned', 'apologies'],
  },
];

/** The window of one figure (carried over is the stock at the period's start). */
export function windowOf(figure: FigureKey): FigureWindow {
  if (figure === 'carriedOver') return 'start';
  if (figure === 'inProgress' || figure === 'inProgressInTime' || figure === 'inProgressOverdue')
    return 'stocks';
  return 'period';
}

/** Every figure a drill-down may ask for, in the report's order. */
export const FIGURES: readonly FigureKey[] = [
  ...REPORT_COLUMNS.flatMap((g) => g.figures),
  'returnedElectronic',
];
