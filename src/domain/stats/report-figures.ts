/**
 * The figures of the standard report (domain.md §9; Biểu số 06/VPCP/KSTT) from summed daily
 * counts, under a stated counting policy, and the rates as the reports print them.
 */

import type { Counter, Counts } from './daily-counts';
import type { Channel } from './dossier-facts';

/**
 * The counting policy the form leaves open (printed under every report): whether a received
 * dossier that ended without a result (refused, stopped, withdrawn) counts as resolved, classed
 * against its legal due time when it ended; and whether a dossier waiting for the applicant's
 * supplement counts as in progress.
 */
export interface CountingPolicy {
  readonly endedWithoutResult: 'resolved' | 'separate';
  readonly waitingForSupplement: 'in_progress' | 'excluded';
}

export const DEFAULT_COUNTING_POLICY: CountingPolicy = {
  endedWithoutResult: 'resolved',
  waitingForSupplement: 'in_progress',
};

/** The stocks at one instant: open received dossiers, how many overdue, how many waiting for a supplement. */
export interface Stocks {
  readonly open: number;
  readonly overdue: number;
  readonly supplement: number;
  readonly supplementOverdue: number;
}

export const NO_STOCKS: Stocks = { open: 0, overdue: 0, supplement: 0, supplementOverdue: 0 };

/** What the store answers for one group: flows in the period by channel, stocks before and at the end. */
export interface GroupCounts {
  readonly flowsByChannel: Readonly<Partial<Record<Channel, Counts>>>;
  readonly stocksBefore: Stocks;
  readonly stocksAtEnd: Stocks;
}

/** One row of the standard report. */
export interface ReportFigures {
  /** Từ kỳ trước: in progress at the start of the period. */
  readonly carriedOver: number;
  readonly received: number;
  readonly receivedOnline: number;
  readonly receivedCounter: number;
  readonly receivedPostal: number;
  /** Tổng số nhận giải quyết: carried over + received. */
  readonly toHandle: number;
  readonly resolved: number;
  readonly resolvedEarly: number;
  readonly resolvedOnTime: number;
  readonly resolvedLate: number;
  readonly inProgress: number;
  readonly inProgressInTime: number;
  readonly inProgressOverdue: number;
  /** Received dossiers that ended without a result (counted in `resolved` or not, by policy). */
  readonly endedWithoutResult: number;
  readonly refused: number;
  readonly stopped: number;
  readonly withdrawn: number;
  readonly cancelled: number;
  readonly returned: number;
  readonly returnedElectronic: number;
  readonly apologies: number;
}

const get = (counts: Counts | undefined, counter: Counter) => counts?.[counter] ?? 0;

function sumChannels(flows: GroupCounts['flowsByChannel'], counter: Counter): number {
  return get(flows.counter, counter) + get(flows.online, counter) + get(flows.postal, counter);
}

/** In progress at an instant, and of those overdue, under the policy. */
export function inProgressOf(stocks: Stocks, policy: CountingPolicy): { total: number; overdue: number } {
  const excluded = policy.waitingForSupplement === 'excluded';
  return {
    total: stocks.open - (excluded ? stocks.supplement : 0),
    overdue: stocks.overdue - (excluded ? stocks.supplementOverdue : 0),
  };
}

export function reportFigures(counts: GroupCounts, policy: CountingPolicy): ReportFigures {
  const flow = (counter: Counter) => sumChannels(counts.flowsByChannel, counter);
  const asResolved = policy.endedWithoutResult === 'resolved';
  const endedEarly = flow('ended_early');
  const endedOnTime = flow('ended_on_time');
  const endedLate = flow('ended_late');
  const resolvedEarly = flow('resolved_early') + (asResolved ? endedEarly : 0);
  const resolvedOnTime = flow('resolved_on_time') + (asResolved ? endedOnTime : 0);
  const resolvedLate = flow('resolved_late') + (asResolved ? endedLate : 0);
  const before = inProgressOf(counts.stocksBefore, policy);
  const atEnd = inProgressOf(counts.stocksAtEnd, policy);
  const receivedOnline = get(counts.flowsByChannel.online, 'received');
  const receivedCounter = get(counts.flowsByChannel.counter, 'received');
  const receivedPostal = get(counts.flowsByChannel.postal, 'received');
  const received = receivedOnline + receivedCounter + receivedPostal;
  return {
    carriedOver: before.total,
    received,
    receivedOnline,
    receivedCounter,
    receivedPostal,
    toHandle: before.total + received,
    resolved: resolvedEarly + resolvedOnTime + resolvedLate,
    resolvedEarly,
    resolvedOnTime,
    resolvedLate,
    inProgress: atEnd.total,
    inProgressInTime: atEnd.total - atEnd.overdue,
    inProgressOverdue: atEnd.overdue,
    endedWithoutResult: endedEarly + endedOnTime + endedLate,
    refused: flow('refused'),
    stopped: flow('stopped'),
    withdrawn: flow('withdrawn'),
    cancelled: flow('cancelled'),
    returned: flow('returned'),
    returnedElectronic: flow('returned_electronic'),
    apologies: flow('apologies'),
  };
}

/** The sum of report rows (a total line); rates are computed again from the sums, never averaged. */
export function addFigures(rows: readonly ReportFigures[]): ReportFigures {
  const keys = [
    'carriedOver',
    'received',
    'receivedOnline',
    'receivedCounter',
    'receivedPostal',
    'toHandle',
    'resolved',
    'resolvedEarly',
    'resolvedOnTime',
    'resolvedLate',
    'inProgress',
    'inProgressInTime',
    'inProgressOverdue',
    'endedWithoutResult',
    'refused',
    'stopped',
    'withdrawn',
    'cancelled',
    'returned',
    'returnedElectronic',
    'apologies',
  ] as const satisfies readonly (keyof ReportFigures)[];
  const total = Object.fromEntries(keys.map((k) => [k, rows.reduce((s, r) => s + r[k], 0)]));
  return total as unknown as ReportFigures;
}

/**
 * A share in hundredths of a percent, rounded half up (99,84 % is 9984), exact in integers; null
 * when there is nothing to divide by.
 */
export function shareBasisPoints(numerator: number, denominator: number): number | null {
  if (denominator <= 0) return null;
  // round(n / d × 10,000) half up = floor((2 × 10,000 × n + d) / 2d), exact while n ≤ 2^53 / 20,000.
  return Math.floor((20_000 * numerator + denominator) / (2 * denominator));
}

/** Tỷ lệ đúng hạn: (early + on time) / resolved, in basis points (null when nothing was resolved). */
export function onTimeRate(f: Pick<ReportFigures, 'resolvedEarly' | 'resolvedOnTime' | 'resolved'>) {
  return shareBasisPoints(f.resolvedEarly + f.resolvedOnTime, f.resolved);
}

/** Basis points as the CSV prints them: a dot and two decimals (9984 → "99.84"). */
export function formatBasisPoints(bp: number | null): string {
  if (bp === null) return '';
  return `${Math.floor(bp / 100)}.${String(bp % 100).padStart(2, '0')}`;
}
