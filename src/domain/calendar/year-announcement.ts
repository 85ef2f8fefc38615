import { datesBetween, type IsoDate, isoToJdn, jdnToCivil } from './civil-date';
import { CalendarError } from './errors';
import {
  compensatoryDaysOff,
  type DayOff,
  DEFAULT_WEEKEND,
  type HolidayKind,
  type HolidayOptions,
  holidayDayOff,
  publicHolidays,
  sortDaysOff,
} from './holidays';

/**
 * The government's yearly announcement of days off (thông báo lịch nghỉ lễ, tết), which overrides
 * the default rules: the exact span of a holiday (Tết, National Day), extra days off (a bridge
 * day), and working days on a weekend that pay a bridge day back (làm bù).
 */
export interface YearAnnouncement {
  readonly year: number;
  /** 'VN' for the national schedule, or a province code for a local one. */
  readonly jurisdiction: string;
  readonly legalBasis: string;
  /** Replaces the default days of a holiday, and the compensatory days the default would give. */
  readonly holidaySpans: readonly HolidaySpan[];
  readonly extraDaysOff: readonly AnnouncedDay[];
  /** Days worked although they are weekend days or default days off. */
  readonly extraWorkingDays: readonly AnnouncedDay[];
}

export interface HolidaySpan {
  readonly kind: HolidayKind;
  readonly from: IsoDate;
  readonly to: IsoDate;
}

export interface AnnouncedDay {
  readonly date: IsoDate;
  readonly note: string;
}

/** The exceptions a year brings to the weekly office hours: days off, and extra working days. */
export interface YearCalendarDays {
  readonly year: number;
  readonly daysOff: readonly DayOff[];
  readonly extraWorkingDays: readonly AnnouncedDay[];
}

function solarYearOf(date: IsoDate): number {
  return jdnToCivil(isoToJdn(date)).y;
}

/** Throws `invalid_calendar` when the announcement is inconsistent with its year. */
export function validateYearAnnouncement(announcement: YearAnnouncement): void {
  const { year } = announcement;
  const problems: { en: string; vi: string }[] = [];
  const problem = (en: string, vi: string) => problems.push({ en, vi });
  for (const span of announcement.holidaySpans) {
    if (isoToJdn(span.from) > isoToJdn(span.to))
      problem(`span ${span.from}–${span.to} is reversed`, `khoảng ${span.from}–${span.to} bị ngược`);
    if (solarYearOf(span.from) !== year || solarYearOf(span.to) !== year) {
      problem(
        `span ${span.from}–${span.to} is outside ${year}`,
        `khoảng ${span.from}–${span.to} nằm ngoài năm ${year}`,
      );
    }
  }
  const kinds = announcement.holidaySpans.map((s) => s.kind);
  if (new Set(kinds).size !== kinds.length)
    problem('a holiday has more than one span', 'một ngày lễ có nhiều hơn một khoảng nghỉ');
  const spans = [...announcement.holidaySpans].sort((a, b) =>
    a.from < b.from ? -1 : a.from > b.from ? 1 : 0,
  );
  for (let i = 1; i < spans.length; i++) {
    const [before, after] = [spans[i - 1], spans[i]];
    if (before && after && after.from <= before.to) {
      problem(
        `spans ${before.from}–${before.to} and ${after.from}–${after.to} overlap`,
        `khoảng ${before.from}–${before.to} và ${after.from}–${after.to} chồng lên nhau`,
      );
    }
  }
  for (const list of [announcement.extraDaysOff, announcement.extraWorkingDays]) {
    const dates = list.map((d) => d.date);
    const repeated = dates.filter((d, i) => dates.indexOf(d) !== i);
    for (const date of new Set(repeated)) problem(`${date} is listed twice`, `ngày ${date} bị nhập hai lần`);
  }
  const off = new Set(announcement.extraDaysOff.map((d) => d.date));
  for (const day of [...announcement.extraDaysOff, ...announcement.extraWorkingDays]) {
    if (solarYearOf(day.date) !== year)
      problem(`${day.date} is outside ${year}`, `ngày ${day.date} nằm ngoài năm ${year}`);
  }
  for (const day of announcement.extraWorkingDays) {
    if (off.has(day.date))
      problem(
        `${day.date} is both a day off and a working day`,
        `ngày ${day.date} vừa là ngày nghỉ vừa là ngày làm bù`,
      );
  }
  if (problems.length > 0) {
    throw new CalendarError(
      'invalid_calendar',
      problems.map((p) => p.en).join('; '),
      problems.map((p) => p.vi).join('; '),
    );
  }
}

/**
 * A year's days off and extra working days: the default rules, overridden by the announcement
 * (null = no announcement yet). Announced spans and days win over the defaults; announced working
 * days win over everything.
 */
export function yearCalendarDays(
  year: number,
  announcement: YearAnnouncement | null,
  options: HolidayOptions = {},
): YearCalendarDays {
  if (announcement === null) return applyWorkingDays(year, defaultWithSpans(year, [], options, ''), []);
  validateYearAnnouncement(announcement);
  const spanned = defaultWithSpans(year, announcement.holidaySpans, options, announcement.legalBasis);
  const known = new Set(spanned.map((d) => d.date));
  const extra: DayOff[] = announcement.extraDaysOff
    .filter((d) => !known.has(d.date))
    .map((d) => ({ date: d.date, reason: 'announced', kind: null, legalBasis: announcement.legalBasis }));
  return applyWorkingDays(year, [...spanned, ...extra], announcement.extraWorkingDays);
}

function defaultWithSpans(
  year: number,
  spans: readonly HolidaySpan[],
  options: HolidayOptions,
  legalBasis: string,
): readonly DayOff[] {
  const replaced = new Set(spans.map((s) => s.kind));
  const holidays = publicHolidays(year, options).filter((h) => !replaced.has(h.kind));
  const spanDays: DayOff[] = spans.flatMap((span) =>
    datesBetween(span.from, span.to).map((date) => ({
      date,
      reason: 'holiday' as const,
      kind: span.kind,
      legalBasis,
    })),
  );
  const spanDates = new Set(spanDays.map((d) => d.date));
  const kept = holidays.filter((h) => !spanDates.has(h.date));
  const compensatory = compensatoryDaysOff(kept, spanDates, options.weekend ?? DEFAULT_WEEKEND);
  return [...spanDays, ...kept.map(holidayDayOff), ...compensatory];
}

function applyWorkingDays(
  year: number,
  daysOff: readonly DayOff[],
  workingDays: readonly AnnouncedDay[],
): YearCalendarDays {
  const working = new Set(workingDays.map((d) => d.date));
  return {
    year,
    daysOff: sortDaysOff(daysOff.filter((d) => !working.has(d.date))),
    extraWorkingDays: [...workingDays].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
  };
}

/** The announcement for a year in a jurisdiction, falling back to the national one. */
export function announcementFor(
  announcements: readonly YearAnnouncement[],
  year: number,
  jurisdiction = 'VN',
): YearAnnouncement | null {
  return (
    announcements.find((a) => a.year === year && a.jurisdiction === jurisdiction) ??
    announcements.find((a) => a.year === year && a.jurisdiction === 'VN') ??
    null
  );
}
