import { addDays, daysInMonth, type IsoDate, isoToJdn } from '../calendar/civil-date';
import { type Instant, localMidnight } from '../calendar/working-calendar';

/**
 * Periodic reform reports (báo cáo định kỳ công tác cải cách hành chính): quarterly, 6-month,
 * 9-month and yearly rounds, their dates and names, the sections each unit writes, and whether a
 * unit's report came in late (domain.md §10; issue "Administrative-reform management", part 3).
 *
 * Periods are calendar periods, as the dossier statistics count them (domain/stats/periods.ts): a
 * "6-month" report runs from January to June, a "9-month" one from January to September. (Decree
 * 09/2019/NĐ-CP lets a reporting regime close its figures on the 14th of the last month; the
 * figures here are those of the whole calendar period, up to today while it runs.)
 */

export const REPORT_PERIODS = ['Q1', 'Q2', 'Q3', 'Q4', 'H1', 'M9', 'Y'] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

export interface PeriodDates {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** The first and the last month of each period. */
const MONTHS: Readonly<Record<ReportPeriod, readonly [number, number]>> = {
  Q1: [1, 3],
  Q2: [4, 6],
  Q3: [7, 9],
  Q4: [10, 12],
  H1: [1, 6],
  M9: [1, 9],
  Y: [1, 12],
};

const pad = (n: number) => String(n).padStart(2, '0');

/** The first and last day of a period of a year (both included). */
export function periodDates(year: number, period: ReportPeriod): PeriodDates {
  const [first, last] = MONTHS[period];
  return {
    from: `${year}-${pad(first)}-01`,
    to: `${year}-${pad(last)}-${pad(daysInMonth(year, last))}`,
  };
}

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'] as const;

/**
 * The period as reports name it: 'Quý I năm 2026', '6 tháng đầu năm 2026', '9 tháng năm 2026',
 * 'Năm 2026'; in English 'Q1 2026', 'First half of 2026', 'First nine months of 2026', 'Year 2026'.
 */
export function periodLabel(year: number, period: ReportPeriod, lang: 'vi' | 'en'): string {
  if (period === 'H1') return lang === 'vi' ? `6 tháng đầu năm ${year}` : `First half of ${year}`;
  if (period === 'M9') return lang === 'vi' ? `9 tháng năm ${year}` : `First nine months of ${year}`;
  if (period === 'Y') return lang === 'vi' ? `Năm ${year}` : `Year ${year}`;
  const quarter = Number(period.slice(1));
  return lang === 'vi' ? `Quý ${ROMAN_QUARTERS[quarter - 1]} năm ${year}` : `Q${quarter} ${year}`;
}

/** The label inside a sentence: 'quý I năm 2026', '6 tháng đầu năm 2026', 'năm 2026'. */
export function periodInSentence(year: number, period: ReportPeriod): string {
  const label = periodLabel(year, period, 'vi');
  return `${label.charAt(0).toLocaleLowerCase('vi')}${label.slice(1)}`;
}

/** The instant a unit's report falls due: the end of its due date in the province (UTC+7). */
export function submissionDeadline(dueDate: IsoDate): Instant {
  return localMidnight(isoToJdn(addDays(dueDate, 1)));
}

/**
 * Where a unit's report stands: sent by the end of the due date (on time) or after it (late);
 * not sent while the due date lasts (pending) or after it has passed (overdue — missing).
 */
export const SUBMISSION_STATUSES = ['on_time', 'late', 'pending', 'overdue'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export function submissionStatus(
  dueDate: IsoDate,
  submittedAt: Instant | null,
  now: Instant,
): SubmissionStatus {
  const deadline = submissionDeadline(dueDate);
  if (submittedAt !== null) return submittedAt < deadline ? 'on_time' : 'late';
  return now < deadline ? 'pending' : 'overdue';
}

/** Late or missing: what the leaders' board lists. */
export const isLateOrMissing = (status: SubmissionStatus) => status === 'late' || status === 'overdue';

export type DueDateProblem = 'before_period' | 'too_late';

/** How long after its period a round may fall due: a yearly report closes early the next year. */
export const MAX_DAYS_DUE_AFTER_PERIOD = 180;

/** A round's due date lies on or after its period's first day, and within half a year of its end. */
export function dueDateProblem(year: number, period: ReportPeriod, dueDate: IsoDate): DueDateProblem | null {
  const dates = periodDates(year, period);
  if (dueDate < dates.from) return 'before_period';
  if (dueDate > addDays(dates.to, MAX_DAYS_DUE_AFTER_PERIOD)) return 'too_late';
  return null;
}

/**
 * The sections of every unit's report, in the order reports print them: the reform areas of the
 * programme (PAR_AREAS of contracts/par.ts, in its order), then difficulties and proposals —
 * the outline of the provinces' CCHC reports (seed 003 reports on these areas in turn).
 */
export const REPORT_SECTION_CODES = [
  'direction',
  'institutions',
  'procedures',
  'organisation',
  'civil_service',
  'public_finance',
  'digital_government',
  'difficulties',
  'proposals',
] as const;
export type ReportSectionCode = (typeof REPORT_SECTION_CODES)[number];

export interface ReportSection {
  readonly code: ReportSectionCode;
  /** Its numeral in the report: I, II, … */
  readonly numeral: string;
  readonly titleVi: string;
  readonly titleEn: string;
}

export const REPORT_SECTIONS: readonly ReportSection[] = [
  {
    code: 'direction',
    numeral: 'I',
    titleVi: 'Công tác chỉ đạo, điều hành',
    titleEn: 'Direction and steering',
  },
  { code: 'institutions', numeral: 'II', titleVi: 'Cải cách thể chế', titleEn: 'Institutional reform' },
  {
    code: 'procedures',
    numeral: 'III',
    titleVi: 'Cải cách thủ tục hành chính',
    titleEn: 'Administrative procedure reform',
  },
  {
    code: 'organisation',
    numeral: 'IV',
    titleVi: 'Cải cách tổ chức bộ máy hành chính nhà nước',
    titleEn: 'Reform of the state administrative apparatus',
  },
  {
    code: 'civil_service',
    numeral: 'V',
    titleVi: 'Cải cách chế độ công vụ',
    titleEn: 'Civil service reform',
  },
  {
    code: 'public_finance',
    numeral: 'VI',
    titleVi: 'Cải cách tài chính công',
    titleEn: 'Public finance reform',
  },
  {
    code: 'digital_government',
    numeral: 'VII',
    titleVi: 'Xây dựng và phát triển chính quyền điện tử, chính quyền số',
    titleEn: 'E-government and digital government',
  },
  {
    code: 'difficulties',
    numeral: 'VIII',
    titleVi: 'Khó khăn, vướng mắc',
    titleEn: 'Difficulties and obstacles',
  },
  {
    code: 'proposals',
    numeral: 'IX',
    titleVi: 'Đề xuất, kiến nghị',
    titleEn: 'Proposals and recommendations',
  },
];

/** 'I. Công tác chỉ đạo, điều hành' / 'I. Direction and steering'. */
export function sectionHeading(section: ReportSection, lang: 'vi' | 'en'): string {
  return `${section.numeral}. ${lang === 'vi' ? section.titleVi : section.titleEn}`;
}

/** The most a section may hold: some twenty pages of text. */
export const SECTION_BODY_MAX = 20_000;

/**
 * A section counts as written once it holds more than spaces, tabs and line breaks (the database
 * counts the same way: `body ~ '[^ \t\r\n]'`).
 */
export const isWritten = (body: string | null | undefined) => /[^ \t\r\n]/.test(body ?? '');

/** How many of a unit's sections are written. */
export function writtenCount(bodies: Iterable<string>): number {
  let count = 0;
  for (const body of bodies) if (isWritten(body)) count++;
  return count;
}
