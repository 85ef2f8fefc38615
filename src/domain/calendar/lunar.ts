import { lunationNear, newMoonJd, sunLongitude } from './astronomy';
import { type CivilDate, civilToJdn, type IsoDate, isoToJdn, jdnToIso } from './civil-date';
import { CalendarError } from './errors';

/**
 * The Vietnamese lunisolar calendar (âm lịch), computed by the standard astronomical rules:
 * 1. a month begins on the local day of a new moon (ngày Sóc);
 * 2. month 11 is the month containing the winter solstice (Đông chí, Sun at 270°);
 * 3. when 13 months lie between two months 11, the first of them without a major solar term
 *    (trung khí, Sun at a multiple of 30°) is the leap month (tháng nhuận), numbered after the one
 *    before it;
 * 4. "local" is UTC+7 from lunar year 1968 and UTC+8 before: Vietnam kept the Chinese (UTC+8)
 *    calendar until North Vietnam moved to UTC+7 in 1967 (domain.md §5), which is why Tết 1968 was
 *    29 January in Vietnam and 30 January in China.
 */
export interface LunarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly leap: boolean;
}

/** First lunar year computed on UTC+7 (North Vietnam's 1967 calendar reform). */
export const UTC7_FROM_LUNAR_YEAR = 1968;
const UTC7_HOURS = 7;
const UTC8_HOURS = 8;
const WINTER_SOLSTICE_LONGITUDE = 270;
const MAJOR_TERM_DEGREES = 30;
const MONTHS_IN_COMMON_YEAR = 12;
const MONTH_11 = 11;

/** Time zone (hours east of UTC) in which the given lunar year's calendar is computed. */
export function lunarTimeZoneHours(lunarYear: number): number {
  return lunarYear >= UTC7_FROM_LUNAR_YEAR ? UTC7_HOURS : UTC8_HOURS;
}

interface LunarMonth {
  readonly startJdn: number;
  readonly year: number;
  readonly month: number;
  readonly leap: boolean;
}

/**
 * One "suì": the months from month 11 of year y − 1 up to (not including) month 11 of year y,
 * i.e. months 11 and 12 of lunar year y − 1 followed by months 1–10 of lunar year y.
 */
interface Sui {
  readonly months: readonly LunarMonth[];
  readonly endJdn: number;
}

function localDayOf(jdUt: number, tzHours: number): number {
  return Math.floor(jdUt + 0.5 + tzHours / 24);
}

function localMidnightJd(jdn: number, tzHours: number): number {
  return jdn - 0.5 - tzHours / 24;
}

function newMoonDay(k: number, tzHours: number): number {
  return localDayOf(newMoonJd(k), tzHours);
}

/** Local day on which the Sun reaches 270° in December of `year`. */
function winterSolsticeDay(year: number, tzHours: number): number {
  const searchFrom = civilToJdn({ y: year, m: 12, d: 15 });
  for (let jdn = searchFrom; jdn < searchFrom + 15; jdn++) {
    if (sunLongitude(localMidnightJd(jdn + 1, tzHours)) >= WINTER_SOLSTICE_LONGITUDE) return jdn;
  }
  throw new CalendarError('invalid_date', `winter solstice of ${year} not found`);
}

/** Lunation number of month 11 of `year`: the last new moon on or before the solstice day. */
function month11Lunation(year: number, tzHours: number): number {
  const solstice = winterSolsticeDay(year, tzHours);
  let k = lunationNear(solstice);
  while (newMoonDay(k + 1, tzHours) <= solstice) k++;
  while (newMoonDay(k, tzHours) > solstice) k--;
  return k;
}

function majorTermSector(jdn: number, tzHours: number): number {
  return Math.floor(sunLongitude(localMidnightJd(jdn, tzHours)) / MAJOR_TERM_DEGREES);
}

function computeSui(year: number): Sui {
  const tz = lunarTimeZoneHours(year);
  const firstK = month11Lunation(year - 1, tz);
  const lunations = month11Lunation(year, tz) - firstK;
  const starts: number[] = [];
  for (let i = 0; i <= lunations; i++) starts.push(newMoonDay(firstK + i, tz));
  let leapIndex = -1;
  if (lunations > MONTHS_IN_COMMON_YEAR) {
    for (let i = 1; i < lunations; i++) {
      if (majorTermSector(starts[i] ?? 0, tz) === majorTermSector(starts[i + 1] ?? 0, tz)) {
        leapIndex = i;
        break;
      }
    }
  }
  const months: LunarMonth[] = [];
  for (let i = 0; i < lunations; i++) {
    const ordinal = leapIndex >= 0 && i >= leapIndex ? i - 1 : i;
    const month = ((MONTH_11 - 1 + ordinal) % MONTHS_IN_COMMON_YEAR) + 1;
    months.push({
      startJdn: starts[i] ?? 0,
      month,
      leap: i === leapIndex,
      year: month >= MONTH_11 ? year - 1 : year,
    });
  }
  // Where the time zone changes (1967 → 1968) the next suì's month 11 decides where this one ends.
  const nextTz = lunarTimeZoneHours(year + 1);
  const endJdn = nextTz === tz ? (starts[lunations] ?? 0) : newMoonDay(month11Lunation(year, nextTz), nextTz);
  return { months, endJdn };
}

// Memoised: the calendar of a year never changes, and conversions are asked for in bulk.
const suiCache = new Map<number, Sui>();

function suiOf(year: number): Sui {
  const cached = suiCache.get(year);
  if (cached) return cached;
  const sui = computeSui(year);
  suiCache.set(year, sui);
  return sui;
}

function monthStart(sui: Sui): number {
  return sui.months[0]?.startJdn ?? sui.endJdn;
}

function monthEnd(sui: Sui, index: number): number {
  return sui.months[index + 1]?.startJdn ?? sui.endJdn;
}

/** Converts a solar (Gregorian) date to the Vietnamese lunar date. */
export function solarToLunar(date: IsoDate | CivilDate): LunarDate {
  const jdn = isoToJdn(date);
  const solarYear = typeof date === 'string' ? Number(date.slice(0, 4)) : date.y;
  const next = suiOf(solarYear + 1);
  const sui = jdn >= monthStart(next) ? next : suiOf(solarYear);
  for (let i = sui.months.length - 1; i >= 0; i--) {
    const month = sui.months[i];
    if (month && month.startJdn <= jdn) {
      return { year: month.year, month: month.month, day: jdn - month.startJdn + 1, leap: month.leap };
    }
  }
  throw new CalendarError('invalid_date', `no lunar date for ${jdnToIso(jdn)}`);
}

function findMonth(year: number, month: number, leap: boolean): { sui: Sui; index: number } {
  if (!Number.isInteger(month) || month < 1 || month > MONTHS_IN_COMMON_YEAR) {
    throw new CalendarError('lunar_date_not_found', `no lunar month ${month}`);
  }
  const sui = suiOf(month >= MONTH_11 ? year + 1 : year);
  const index = sui.months.findIndex((m) => m.year === year && m.month === month && m.leap === leap);
  if (index < 0) {
    throw new CalendarError(
      'lunar_date_not_found',
      `lunar year ${year} has no ${leap ? 'leap ' : ''}month ${month}`,
    );
  }
  return { sui, index };
}

/** Number of days (29 or 30) of a lunar month. */
export function lunarMonthLength(year: number, month: number, leap = false): number {
  const { sui, index } = findMonth(year, month, leap);
  return monthEnd(sui, index) - (sui.months[index]?.startJdn ?? 0);
}

/** Converts a Vietnamese lunar date to the solar date 'YYYY-MM-DD'; throws if it does not exist. */
export function lunarToSolar(lunar: LunarDate): IsoDate {
  const { sui, index } = findMonth(lunar.year, lunar.month, lunar.leap);
  const start = sui.months[index]?.startJdn ?? 0;
  const length = monthEnd(sui, index) - start;
  if (!Number.isInteger(lunar.day) || lunar.day < 1 || lunar.day > length) {
    throw new CalendarError(
      'lunar_date_not_found',
      `lunar month ${lunar.month}${lunar.leap ? ' (leap)' : ''} of ${lunar.year} has ${length} days`,
    );
  }
  return jdnToIso(start + lunar.day - 1);
}

/** The leap month (tháng nhuận) of a lunar year, or null in a common year. */
export function leapMonthOf(year: number): number | null {
  const candidates = [...suiOf(year).months, ...suiOf(year + 1).months];
  return candidates.find((m) => m.leap && m.year === year)?.month ?? null;
}

/** Solar date of Tết Nguyên đán (1st day of the 1st lunar month) of a lunar year. */
export function tetDate(year: number): IsoDate {
  return lunarToSolar({ year, month: 1, day: 1, leap: false });
}
