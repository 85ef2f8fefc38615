import {
  addDays,
  datesBetween,
  type IsoDate,
  isoToJdn,
  jdnToIso,
  type Weekday,
  weekdayOfJdn,
} from './civil-date';
import { lunarToSolar, tetDate } from './lunar';

/**
 * Public holidays by law (ngày nghỉ lễ, tết) and the compensatory days off (nghỉ bù) they bring.
 * Each rule is data: which day, the legal source, and when the source is in force, so that a year's
 * calendar is generated from the rules in force on each day.
 */
export type HolidayKind =
  | 'new_year' // Tết Dương lịch
  | 'tet' // Tết Âm lịch (Tết Nguyên đán)
  | 'hung_kings' // Giỗ Tổ Hùng Vương
  | 'reunification_day' // Ngày Chiến thắng 30/4
  | 'labour_day' // Ngày Quốc tế lao động 1/5
  | 'national_day' // Quốc khánh 2/9
  | 'culture_day'; // Ngày Văn hóa Việt Nam 24/11

export type HolidayDate =
  | { readonly calendar: 'solar'; readonly month: number; readonly day: number }
  | { readonly calendar: 'lunar'; readonly month: number; readonly day: number }
  /** The Tết span, `HolidayOptions.tetSpan` days around lunar 1/1. */
  | { readonly calendar: 'tet_span' }
  /** The day next to 2/9, before or after per `HolidayOptions.nationalDayAdjacent`. */
  | { readonly calendar: 'national_day_adjacent' };

export interface HolidayRule {
  readonly id: string;
  readonly kind: HolidayKind;
  readonly date: HolidayDate;
  readonly legalBasis: string;
  readonly effectiveFrom: IsoDate;
  /** Last day in force, or null while in force. */
  readonly effectiveTo: IsoDate | null;
}

const LABOUR_CODE_2012 = 'Bộ luật Lao động số 10/2012/QH13, Điều 115 khoản 1';
const LABOUR_CODE_2012_FROM = '2013-05-01';
const LABOUR_CODE_2012_TO = '2020-12-31';
const LABOUR_CODE_2019 = 'Bộ luật Lao động số 45/2019/QH14, Điều 112 khoản 1';
const LABOUR_CODE_2019_FROM = '2021-01-01';
/** Vietnamese Culture Day 24/11 (Ngày Văn hóa Việt Nam) as a day off (domain.md §5). */
const CULTURE_DAY_BASIS = 'Nghị quyết số 28/2026/QH16 (cần đối chiếu điều khoản)';
const CULTURE_DAY_FROM = '2026-07-01';

export const COMPENSATORY_DAY_BASIS =
  'Bộ luật Lao động số 45/2019/QH14, Điều 111 khoản 3 (Bộ luật Lao động 2012, Điều 115 khoản 3)';
export const YEARLY_DECISION_BASIS =
  'Bộ luật Lao động số 45/2019/QH14, Điều 112 khoản 3: Thủ tướng Chính phủ quyết định cụ thể ngày nghỉ hằng năm';

const NEW_YEAR: HolidayDate = { calendar: 'solar', month: 1, day: 1 };
const TET: HolidayDate = { calendar: 'tet_span' };
const HUNG_KINGS: HolidayDate = { calendar: 'lunar', month: 3, day: 10 };
const REUNIFICATION: HolidayDate = { calendar: 'solar', month: 4, day: 30 };
const LABOUR: HolidayDate = { calendar: 'solar', month: 5, day: 1 };
const NATIONAL: HolidayDate = { calendar: 'solar', month: 9, day: 2 };

function lc2012(id: string, kind: HolidayKind, date: HolidayDate, point: string): HolidayRule {
  const legalBasis = `${LABOUR_CODE_2012} điểm ${point}`;
  return {
    id,
    kind,
    date,
    legalBasis,
    effectiveFrom: LABOUR_CODE_2012_FROM,
    effectiveTo: LABOUR_CODE_2012_TO,
  };
}

function lc2019(id: string, kind: HolidayKind, date: HolidayDate, point: string): HolidayRule {
  const legalBasis = `${LABOUR_CODE_2019} điểm ${point}`;
  return { id, kind, date, legalBasis, effectiveFrom: LABOUR_CODE_2019_FROM, effectiveTo: null };
}

/** Every holiday rule we know, oldest first. */
export const HOLIDAY_RULES: readonly HolidayRule[] = [
  lc2012('lc2012-new-year', 'new_year', NEW_YEAR, 'a'),
  lc2012('lc2012-tet', 'tet', TET, 'b'),
  lc2012('lc2012-reunification', 'reunification_day', REUNIFICATION, 'c'),
  lc2012('lc2012-labour', 'labour_day', LABOUR, 'd'),
  lc2012('lc2012-national', 'national_day', NATIONAL, 'đ'),
  lc2012('lc2012-hung-kings', 'hung_kings', HUNG_KINGS, 'e'),
  lc2019('lc2019-new-year', 'new_year', NEW_YEAR, 'a'),
  lc2019('lc2019-tet', 'tet', TET, 'b'),
  lc2019('lc2019-reunification', 'reunification_day', REUNIFICATION, 'c'),
  lc2019('lc2019-labour', 'labour_day', LABOUR, 'd'),
  lc2019('lc2019-national', 'national_day', NATIONAL, 'đ'),
  lc2019('lc2019-national-adjacent', 'national_day', { calendar: 'national_day_adjacent' }, 'đ'),
  lc2019('lc2019-hung-kings', 'hung_kings', HUNG_KINGS, 'e'),
  {
    id: 'culture-day',
    kind: 'culture_day',
    date: { calendar: 'solar', month: 11, day: 24 },
    legalBasis: CULTURE_DAY_BASIS,
    effectiveFrom: CULTURE_DAY_FROM,
    effectiveTo: null,
  },
];

export interface HolidayOptions {
  /** Tết days relative to lunar 1/1; default New Year's Eve (−1) to day 4 (+3), five days. */
  readonly tetSpan?: { readonly fromOffset: number; readonly toOffset: number };
  /** The National Day's second day; default 'before' (1/9), announced yearly (art. 112.3). */
  readonly nationalDayAdjacent?: 'before' | 'after';
  /** Weekly rest days; default Saturday and Sunday (40-hour week, Decision 188/1999/QĐ-TTg). */
  readonly weekend?: readonly Weekday[];
}

/** Giao thừa (lunar New Year's Eve) through mùng 4. */
export const DEFAULT_TET_SPAN = { fromOffset: -1, toOffset: 3 } as const;
export const DEFAULT_WEEKEND: readonly Weekday[] = [6, 0];

export interface Holiday {
  readonly date: IsoDate;
  readonly kind: HolidayKind;
  readonly ruleId: string;
  readonly legalBasis: string;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function datesOfRule(rule: HolidayRule, year: number, options: HolidayOptions): readonly IsoDate[] {
  const date = rule.date;
  switch (date.calendar) {
    case 'solar':
      return [`${year}-${pad2(date.month)}-${pad2(date.day)}`];
    case 'lunar':
      return [lunarToSolar({ year, month: date.month, day: date.day, leap: false })];
    case 'tet_span': {
      const span = options.tetSpan ?? DEFAULT_TET_SPAN;
      const tet = tetDate(year);
      return datesBetween(addDays(tet, span.fromOffset), addDays(tet, span.toOffset));
    }
    case 'national_day_adjacent':
      return [options.nationalDayAdjacent === 'after' ? `${year}-09-03` : `${year}-09-01`];
  }
}

function inForce(rule: HolidayRule, date: IsoDate): boolean {
  return date >= rule.effectiveFrom && (rule.effectiveTo === null || date <= rule.effectiveTo);
}

/** The public holidays of a solar year by the rules in force on each day, sorted by date. */
export function publicHolidays(year: number, options: HolidayOptions = {}): readonly Holiday[] {
  const holidays: Holiday[] = [];
  for (const rule of HOLIDAY_RULES) {
    for (const date of datesOfRule(rule, year, options)) {
      if (inForce(rule, date))
        holidays.push({ date, kind: rule.kind, ruleId: rule.id, legalBasis: rule.legalBasis });
    }
  }
  return holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export type DayOffReason = 'holiday' | 'compensatory' | 'announced';

/** One day off in a year's calendar, with why, for explaining a due time to a clerk. */
export interface DayOff {
  readonly date: IsoDate;
  readonly reason: DayOffReason;
  /** The holiday this day belongs to or compensates for; null for other announced days. */
  readonly kind: HolidayKind | null;
  readonly legalBasis: string;
}

/**
 * Compensatory days off: a holiday on a weekly rest day moves to the next working day not already
 * off (Labour Code 2019, art. 111.3). `alreadyOff` are the other days off of the year.
 */
export function compensatoryDaysOff(
  holidays: readonly Holiday[],
  alreadyOff: ReadonlySet<IsoDate>,
  weekend: readonly Weekday[] = DEFAULT_WEEKEND,
): readonly DayOff[] {
  const taken = new Set(alreadyOff);
  for (const h of holidays) taken.add(h.date);
  const out: DayOff[] = [];
  for (const h of holidays) {
    const jdn = isoToJdn(h.date);
    if (!weekend.includes(weekdayOfJdn(jdn))) continue;
    let candidate = jdn + 1;
    while (weekend.includes(weekdayOfJdn(candidate)) || taken.has(jdnToIso(candidate))) candidate++;
    const date = jdnToIso(candidate);
    taken.add(date);
    out.push({ date, reason: 'compensatory', kind: h.kind, legalBasis: COMPENSATORY_DAY_BASIS });
  }
  return out;
}

/** The default days off of a year: holidays by law plus their compensatory days, sorted. */
export function defaultDaysOff(year: number, options: HolidayOptions = {}): readonly DayOff[] {
  const holidays = publicHolidays(year, options);
  const compensatory = compensatoryDaysOff(holidays, new Set(), options.weekend ?? DEFAULT_WEEKEND);
  return sortDaysOff([...holidays.map(holidayDayOff), ...compensatory]);
}

export function holidayDayOff(h: Holiday): DayOff {
  return { date: h.date, reason: 'holiday', kind: h.kind, legalBasis: h.legalBasis };
}

export function sortDaysOff(days: readonly DayOff[]): readonly DayOff[] {
  return [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
