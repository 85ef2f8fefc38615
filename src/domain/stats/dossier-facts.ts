/**
 * What statistics need to know of one dossier (domain.md §9), folded from its events alone: when
 * it was received, when and how it left "in progress", and the spans during which it was open and
 * overdue or waiting for a supplement. The projector stores these facts per dossier and turns them
 * into daily counts (`contributionsOf`); the rebuild folds the same events the same way, so live
 * and rebuilt figures agree by construction.
 */
import { type CompletionClass, classifyCompletion } from '../calendar/deadlines';
import type { Instant } from '../calendar/working-calendar';

/** One dossier event as statistics read it. */
export interface StatsEvent {
  readonly seq: number;
  readonly type: string;
  readonly at: Instant;
  /** The dossier columns the event changed (the event's `after`). */
  readonly after: Readonly<Record<string, unknown>>;
  /** The legal due time after the event while the legal clock runs; null when it stands or ended. */
  readonly legalDueAt: Instant | null;
}

export type Channel = 'counter' | 'online' | 'postal';
/** How a received dossier left "in progress": with a result, or without one. */
export type Closing = 'resolved' | 'refused' | 'stopped' | 'withdrawn' | 'cancelled';
/** Final states without a result; `refused` also covers refusals at intake (never received). */
export type EndWithoutResult = Exclude<Closing, 'resolved'>;

/** A half-open time span [from, to); `to` null while it lasts. */
export interface Span {
  readonly from: Instant;
  readonly to: Instant | null;
}

export interface DossierFacts {
  readonly unitId: string;
  readonly procedureId: string;
  readonly procedureVersionId: string;
  readonly channel: Channel;
  /** Tiếp nhận: when the desk accepted it (null: never received). */
  readonly receivedAt: Instant | null;
  /** When a received dossier left "in progress" (a result, or an end without one). */
  readonly closedAt: Instant | null;
  readonly closing: Closing | null;
  /**
   * Against the legal due time: of the result when resolved; of the end when a received dossier
   * ended without a result (for the counting policy that counts those as resolved).
   */
  readonly completion: CompletionClass | null;
  /** When it reached a final state without a result, whether received or not. */
  readonly endedAt: Instant | null;
  readonly ended: EndWithoutResult | null;
  readonly returnedAt: Instant | null;
  readonly electronicResult: boolean;
  /** Phiếu xin lỗi (Mẫu 04). */
  readonly apologyAt: Instant | null;
  /** While received, open and past its legal due time (or stopped while past it). */
  readonly overdueSpans: readonly Span[];
  /** While received and sent back to the applicant for a supplement during processing. */
  readonly supplementSpans: readonly Span[];
  /** The legal due time while the clock runs; null when it stands or ended. */
  readonly runningDueAt: Instant | null;
  /** Whether it was overdue when its clock last stopped (it keeps that status while stopped). */
  readonly stoppedOverdue: boolean;
  readonly state: string;
  readonly lastSeq: number;
}

const FINAL_WITHOUT_RESULT: ReadonlySet<string> = new Set(['refused', 'stopped', 'withdrawn', 'cancelled']);

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const instant = (value: unknown): Instant | null => (typeof value === 'string' ? Date.parse(value) : null);

/** The status (overdue or not) of an open, received dossier just before `at`. */
function overdueJustBefore(facts: DossierFacts, at: Instant): boolean {
  return facts.runningDueAt === null ? facts.stoppedOverdue : at - 1 > facts.runningDueAt;
}

function openSpanAt(spans: readonly Span[], at: Instant, open: boolean): readonly Span[] {
  const last = spans[spans.length - 1];
  const isOpen = last !== undefined && last.to === null;
  if (open && !isOpen) return [...spans, { from: at, to: null }];
  if (!open && isOpen && last) {
    if (last.from >= at) return spans.slice(0, -1);
    return [...spans.slice(0, -1), { from: last.from, to: at }];
  }
  return spans;
}

/**
 * Brings the overdue spans up to `at`: a running clock whose due time passed before `at` opened an
 * overdue span at the first instant after the due time (`progressStatus`: overdue after it).
 */
function overdueUpTo(facts: DossierFacts, at: Instant): readonly Span[] {
  const { runningDueAt } = facts;
  if (!isOpen(facts) || runningDueAt === null) return facts.overdueSpans;
  const from = runningDueAt + 1;
  if (from >= at) return facts.overdueSpans;
  return openSpanAt(facts.overdueSpans, from, true);
}

function isOpen(facts: DossierFacts): boolean {
  return facts.receivedAt !== null && facts.closedAt === null;
}

/** The facts after the first event (whose `after` is the whole record). */
export function startFacts(first: StatsEvent): DossierFacts {
  const empty: DossierFacts = {
    unitId: text(first.after.competentUnitId) ?? '',
    procedureId: text(first.after.procedureId) ?? '',
    procedureVersionId: text(first.after.procedureVersionId) ?? '',
    channel: (text(first.after.channel) ?? 'counter') as Channel,
    receivedAt: null,
    closedAt: null,
    closing: null,
    completion: null,
    endedAt: null,
    ended: null,
    returnedAt: null,
    electronicResult: false,
    apologyAt: null,
    overdueSpans: [],
    supplementSpans: [],
    runningDueAt: null,
    stoppedOverdue: false,
    state: 'draft',
    lastSeq: 0,
  };
  return applyEvent(empty, first);
}

/** The facts after one more event, in order. */
export function applyEvent(before: DossierFacts, event: StatsEvent): DossierFacts {
  const { after, at } = event;
  const overdueSpans = overdueUpTo(before, at);
  const wasOverdue = isOpen(before) && overdueJustBefore(before, at);
  const state = text(after.state) ?? before.state;
  let facts: DossierFacts = {
    ...before,
    overdueSpans,
    unitId: text(after.competentUnitId) ?? before.unitId,
    procedureId: text(after.procedureId) ?? before.procedureId,
    procedureVersionId: text(after.procedureVersionId) ?? before.procedureVersionId,
    channel: (text(after.channel) ?? before.channel) as Channel,
    state,
    lastSeq: event.seq,
  };
  const receivedAt = instant(after.receivedAt);
  if (facts.receivedAt === null && receivedAt !== null) facts = { ...facts, receivedAt };
  if (before.apologyAt === null && after.apology && typeof after.apology === 'object') {
    facts = { ...facts, apologyAt: instant((after.apology as Record<string, unknown>).at) ?? at };
  }
  const returnedAt = instant(after.returnedAt);
  if (returnedAt !== null) {
    facts = { ...facts, returnedAt, electronicResult: text(after.delivery) === 'electronic' };
  }
  const wasOpen = isOpen(before);
  // How it leaves "in progress": a result, or a final state without one.
  if (wasOpen && state === 'resolved') {
    const completion = text(after.completion) as CompletionClass | null;
    facts = { ...facts, closedAt: instant(after.resolvedAt) ?? at, closing: 'resolved', completion };
  } else if (
    FINAL_WITHOUT_RESULT.has(state) &&
    before.ended === null &&
    !FINAL_WITHOUT_RESULT.has(before.state)
  ) {
    facts = { ...facts, endedAt: at, ended: state as EndWithoutResult };
    if (wasOpen) {
      const completion =
        before.runningDueAt !== null
          ? classifyCompletion(before.runningDueAt, at)
          : before.stoppedOverdue
            ? 'late'
            : 'on_time';
      facts = { ...facts, closedAt: at, closing: state as EndWithoutResult, completion };
    }
  }
  const open = isOpen(facts);
  // The legal clock after the event: running with its due time, or standing still, when the
  // dossier keeps the status it had (overdue or in time) until the clock runs again.
  const runningDueAt = open ? event.legalDueAt : null;
  const stoppedOverdue = open && runningDueAt === null && wasOverdue;
  facts = { ...facts, runningDueAt, stoppedOverdue };
  // Overdue spans: closed when the dossier closes or its clock restarts in time; kept while stopped overdue.
  const overdueNow = open && (runningDueAt === null ? facts.stoppedOverdue : at > runningDueAt);
  facts = { ...facts, overdueSpans: openSpanAt(facts.overdueSpans, at, overdueNow) };
  // After receipt a supplement is only asked during processing (at intake it comes before receipt).
  const waiting = open && state === 'needs_supplement';
  facts = { ...facts, supplementSpans: openSpanAt(facts.supplementSpans, at, waiting) };
  return facts;
}

/** The facts of a dossier from all its events, in order (null for none). */
export function factsOf(events: readonly StatsEvent[]): DossierFacts | null {
  const [first, ...rest] = events;
  if (!first) return null;
  return rest.reduce(applyEvent, startFacts(first));
}

/** The overdue spans as they stand at `at` (a running clock's due time may have passed since). */
export function overdueSpansAt(facts: DossierFacts, at: Instant): readonly Span[] {
  return overdueUpTo(facts, at);
}
