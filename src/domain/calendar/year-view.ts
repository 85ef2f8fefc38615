import { type IsoDate, isoToJdn, jdnToIso, type Weekday, weekdayOfJdn } from './civil-date';
import type { HolidayKind } from './holidays';
import { type LunarDate, solarToLunar } from './lunar';
import type { OfficeHours } from './office-hours';
import type { YearAnnouncement, YearCalendarDays } from './year-announcement';

/**
 * How a day counts in the legal working time, in the words a clerk uses: ngày làm việc, nghỉ hằng
 * tuần, nghỉ lễ/tết, nghỉ bù, nghỉ theo thông báo (hoán đổi), làm bù.
 */
export type DayKind =
  | 'working'
  | 'weekend'
  | 'holiday'
  | 'compensatory'
  | 'announced_off'
  | 'working_weekend';

export interface DayView {
  readonly date: IsoDate;
  readonly weekday: Weekday;
  readonly kind: DayKind;
  /** The holiday the day belongs to or compensates for. */
  readonly holiday: HolidayKind | null;
  /** The announcement's note for an announced day, else the legal basis of a day off. */
  readonly note: string;
  readonly lunar: LunarDate;
}

export interface YearViewInput {
  readonly days: YearCalendarDays;
  readonly announcement: YearAnnouncement | null;
  readonly officeHours: OfficeHours;
}

const DAY_OFF_KIND = {
  holiday: 'holiday',
  compensatory: 'compensatory',
  announced: 'announced_off',
} as const;

/** The days from `from` to `to` (inclusive) of the given years, each with how it counts and why. */
export function dayViews(years: readonly YearViewInput[], from: IsoDate, to: IsoDate): readonly DayView[] {
  const off = new Map(years.flatMap((y) => y.days.daysOff.map((d) => [d.date, d] as const)));
  const working = new Map(
    years.flatMap((y) => y.days.extraWorkingDays.map((d) => [d.date, d.note] as const)),
  );
  const announcedNotes = new Map(
    years.flatMap((y) => (y.announcement?.extraDaysOff ?? []).map((d) => [d.date, d.note] as const)),
  );
  const hoursOf = new Map(years.map((y) => [y.days.year, y.officeHours] as const));
  const views: DayView[] = [];
  for (let jdn = isoToJdn(from); jdn <= isoToJdn(to); jdn++) {
    const date = jdnToIso(jdn);
    const weekday = weekdayOfJdn(jdn);
    const hours = hoursOf.get(Number(date.slice(0, 4)));
    const restDay = (hours?.weekly[weekday] ?? []).length === 0;
    const lunar = solarToLunar(date);
    const workingNote = working.get(date);
    const dayOff = off.get(date);
    if (workingNote !== undefined) {
      views.push({ date, weekday, kind: 'working_weekend', holiday: null, note: workingNote, lunar });
    } else if (dayOff) {
      const note =
        dayOff.reason === 'announced' ? (announcedNotes.get(date) ?? dayOff.legalBasis) : dayOff.legalBasis;
      views.push({ date, weekday, kind: DAY_OFF_KIND[dayOff.reason], holiday: dayOff.kind, note, lunar });
    } else {
      views.push({ date, weekday, kind: restDay ? 'weekend' : 'working', holiday: null, note: '', lunar });
    }
  }
  return views;
}

/** Whether time counts on such a day. */
export function countsAsWorkingDay(kind: DayKind): boolean {
  return kind === 'working' || kind === 'working_weekend';
}

export interface DueTimeReasoning {
  /** Days from the clock's start to the due day that did not count, with why. */
  readonly skippedDays: readonly DayView[];
  /** Weekend days in that span that counted because they were announced as working days. */
  readonly workingWeekendDays: readonly DayView[];
}

/**
 * Why a due time lands where it does: the days between the clock start and the due day, split
 * into those skipped and the working weekend days that counted.
 */
export function dueTimeReasoning(views: readonly DayView[]): DueTimeReasoning {
  return {
    skippedDays: views.filter((v) => !countsAsWorkingDay(v.kind)),
    workingWeekendDays: views.filter((v) => v.kind === 'working_weekend'),
  };
}
