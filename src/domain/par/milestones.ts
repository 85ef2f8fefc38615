import { assertValidCivilDate, daysInMonth, formatIsoDate, type IsoDate } from '../calendar/civil-date';

/**
 * A yearly milestone of a reform target (mốc kế hoạch năm, domain.md §10): reach at least a
 * percentage by the end of the year, or finish the work by the end of a month of that year.
 */
export type Milestone =
  | { readonly kind: 'percent'; readonly percent: number }
  | { readonly kind: 'by_month'; readonly month: number };

export type MonthMilestone = Extract<Milestone, { kind: 'by_month' }>;

export type MilestoneParseResult =
  | { readonly ok: true; readonly milestone: Milestone | null }
  | { readonly ok: false; readonly vi: string; readonly en: string };

const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

// Spreadsheets paste NBSP, narrow NBSP and zero-width spaces; `\s` covers all but the last.
const SPACES = /[\s\u200b]+/g;
// "Tháng 12", "tháng 6", "Thang 12" (typed without a Vietnamese keyboard), "hết tháng 12".
const MONTH = /^(?:het |hết )?(?:tháng|thang) ?(\d{1,2})$/;
// "12/2025", "Tháng 12/2025": the year belongs to the column, so a second year could contradict it.
// A bare "0.2025" is a fraction, not a month, so the dot counts only after "tháng".
const MONTH_WITH_YEAR = /^(?:(?:het |hết )?(?:tháng|thang) ?\d{1,2} ?[/.-] ?|\d{1,2} ?[/-] ?)\d{4}$/;
const UPPER_BOUND = /^(?:≤|<=|=<|<|tối đa|toi da|không quá|khong qua|dưới|duoi)/;
// "> 80%" and "trên 80%" exclude 80% itself; a plan means "at least" and should say so.
const STRICT_LOWER_BOUND = /^(?:>(?!=)|trên |tren )/;
const LOWER_BOUND = /^(?:(?:≥|>=|=>|tối thiểu|toi thieu|ít nhất|it nhat|đạt|dat) ?)*/;
// "từ 30% trở lên" / "30% trở lên" (as the plan's own wording has it) also mean "at least".
const AT_LEAST_PHRASE = /^(?:từ |tu )?(.+?) ?(?:trở lên|tro len)$/;
const RANGE = /\d ?%? ?(?:-|–|—|~|đến|den|to) ?\d/;
const NUMBER = /^(\d{1,6})(?:[.,](\d+))?( ?%)?$/;

const HUNDREDTHS_PER_PERCENT = 100;
const MAX_HUNDREDTHS = 100 * HUNDREDTHS_PER_PERCENT;

function reject(vi: string, en: string): MilestoneParseResult {
  return { ok: false, vi, en };
}

function percentOf(hundredths: number): MilestoneParseResult {
  if (hundredths > MAX_HUNDREDTHS)
    return reject('Tỷ lệ không được vượt quá 100%', 'A percentage cannot exceed 100%');
  return { ok: true, milestone: { kind: 'percent', percent: hundredths / HUNDREDTHS_PER_PERCENT } };
}

/**
 * Reads a milestone cell: blank → null; "80%", "80,5 %", "≥ 80%", "tối thiểu 80%", a spreadsheet
 * fraction "0,8" → 80%; "Tháng 12" → by the end of December. Anything that could mean two things
 * (a range, a bare "80" that may be a count, an upper bound) is refused with the reason.
 */
export function parseMilestone(text: string): MilestoneParseResult {
  const cell = text.normalize('NFC').replace(SPACES, ' ').trim().toLowerCase().replace(/％/g, '%');
  if (cell === '') return { ok: true, milestone: null };

  if (MONTH_WITH_YEAR.test(cell))
    return reject(
      'Chỉ ghi tháng (ví dụ "Tháng 12"); năm là năm của cột',
      'Write the month only (e.g. "Tháng 12"); the year is the column’s',
    );
  const month = MONTH.exec(cell);
  if (month) {
    const m = Number(month[1]);
    if (m < 1 || m > 12) return reject('Tháng phải từ 1 đến 12', 'The month must be 1 to 12');
    return { ok: true, milestone: { kind: 'by_month', month: m } };
  }

  if (UPPER_BOUND.test(cell))
    return reject(
      'Mốc dạng giới hạn trên (≤, tối đa) không được hỗ trợ; mốc là mức tối thiểu cần đạt, ví dụ "80%"',
      'An upper bound (≤, at most) is not a supported milestone; a milestone is the minimum to reach, e.g. "80%"',
    );
  if (STRICT_LOWER_BOUND.test(cell))
    return reject(
      'Mốc "lớn hơn" (>, trên) không rõ có gồm chính mức đó không; ghi "≥ 80%" hoặc "80%"',
      'A "greater than" milestone (>) is unclear about the value itself; write "≥ 80%" or "80%"',
    );
  if (RANGE.test(cell))
    return reject(
      'Mốc là một khoảng (ví dụ 80-90%); chỉ ghi một mức tối thiểu, ví dụ "80%"',
      'The milestone is a range (e.g. 80-90%); write one minimum, e.g. "80%"',
    );

  const phrase = AT_LEAST_PHRASE.exec(cell);
  const value = (phrase?.[1] ?? cell).replace(LOWER_BOUND, '');
  if (/^[-−]/.test(value)) return reject('Tỷ lệ không được âm', 'A percentage cannot be negative');
  const number = NUMBER.exec(value);
  if (!number)
    return reject(
      'Không đọc được mốc; ghi dạng "80%" hoặc "Tháng 12"',
      'Cannot read the milestone; write it as "80%" or "Tháng 12"',
    );
  const whole = Number(number[1]);
  const decimals = number[2] ?? '';
  if (number[3] !== undefined) {
    if (decimals.length > 2)
      return reject(
        'Tỷ lệ chỉ được có tối đa 2 chữ số thập phân',
        'A percentage may have at most 2 decimals',
      );
    return percentOf(whole * HUNDREDTHS_PER_PERCENT + Number(decimals.padEnd(2, '0')));
  }
  // A bare 0..1 is how a spreadsheet stores a cell formatted as a percentage (0,8 shows as 80%).
  // "1.000" is left out: in Vietnamese it reads one thousand.
  const isFraction = whole === 0 || (whole === 1 && /^0{0,2}$/.test(decimals));
  if (!isFraction)
    return reject(
      'Số không có dấu % có thể là số lượng; ghi rõ tỷ lệ, ví dụ "80%"',
      'A number without % could be a count; write the percentage, e.g. "80%"',
    );
  if (decimals.length > 4)
    return reject('Tỷ lệ chỉ được có tối đa 2 chữ số thập phân', 'A percentage may have at most 2 decimals');
  return percentOf(whole * MAX_HUNDREDTHS + Number(decimals.padEnd(4, '0')));
}

/** "80%" / "80,5%" in vi, "80.5%" in en; "Tháng 12" in vi, "by December" in en. */
export function formatMilestone(milestone: Milestone, lang: 'vi' | 'en'): string {
  if (milestone.kind === 'percent') {
    const number = String(milestone.percent);
    return `${lang === 'vi' ? number.replace('.', ',') : number}%`;
  }
  return lang === 'vi'
    ? `Tháng ${milestone.month}`
    : `by ${ENGLISH_MONTHS[milestone.month - 1] ?? `month ${milestone.month}`}`;
}

/** The last day of the milestone's month in `year`: the day the work must be done by. */
export function milestoneDeadline(year: number, milestone: MonthMilestone): IsoDate {
  const date = { y: year, m: milestone.month, d: daysInMonth(year, milestone.month) };
  assertValidCivilDate(date); // a hand-built milestone may carry month 13
  return formatIsoDate(date);
}
