/**
 * How dates, times and outcomes are written on the official documents, always in Vietnam time.
 * Built on the calendar's one local-time formatter so that forms and deadlines agree on the day.
 */
import { formatLocalDateTime } from '../../../../domain/calendar/local-time';
import type { CompletionOutcome } from './form-data';

interface LocalParts {
  readonly year: string;
  readonly month: string;
  readonly day: string;
  readonly hour: string;
  readonly minute: string;
}

function localParts(at: Date): LocalParts {
  const [date = '', time = ''] = formatLocalDateTime(at.getTime()).split(' ');
  const [year = '', month = '', day = ''] = date.split('-');
  const [hour = '', minute = ''] = time.split(':');
  return { year, month, day, hour, minute };
}

/** 'YYYY-MM-DD' of the instant in Vietnam. */
export function localIsoDate(at: Date): string {
  const p = localParts(at);
  return `${p.year}-${p.month}-${p.day}`;
}

/** '23/11/2026 14:05' — the dd/MM/yyyy HH:mm of tables and the log book. */
export function formatViDateTime(at: Date): string {
  const p = localParts(at);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** '23/11/2026'. */
export function formatViDate(at: Date): string {
  const p = localParts(at);
  return `${p.day}/${p.month}/${p.year}`;
}

/**
 * 'ngày 05 tháng 02 năm 2026', 'ngày 23 tháng 11 năm 2026': days below 10 and the months January and
 * February take a leading zero, as administrative documents write them (Decree 30/2020/NĐ-CP,
 * Appendix I), so a date cannot be altered by adding a digit.
 */
export function formatViLongDate(at: Date): string {
  return longDateOfIso(localIsoDate(at));
}

/** The same wording for a local calendar day 'YYYY-MM-DD'. */
export function longDateOfIso(isoDate: string): string {
  const [year = '', month = '', day = ''] = isoDate.split('-');
  const monthNumber = Number(month);
  const monthText = monthNumber <= 2 ? month : String(monthNumber);
  return `ngày ${day} tháng ${monthText} năm ${year}`;
}

/** '14 giờ 05 phút, ngày 23 tháng 11 năm 2026', as the receipt asks for the time of receipt. */
export function formatViTimeAndDate(at: Date): string {
  const p = localParts(at);
  return `${p.hour} giờ ${p.minute} phút, ${formatViLongDate(at)}`;
}

/** '14 giờ 05 phút, ngày 23/11/2026', the shorter form used in table cells. */
export function formatViTimeAndShortDate(at: Date): string {
  const p = localParts(at);
  return `${p.hour} giờ ${p.minute} phút, ngày ${p.day}/${p.month}/${p.year}`;
}

/** 'Tân An, ngày 23 tháng 11 năm 2026' (địa danh, ngày tháng năm ban hành). */
export function placeAndDate(placeName: string, issuedAt: Date): string {
  return `${placeName}, ${formatViLongDate(issuedAt)}`;
}

export const OUTCOME_LABELS: Readonly<Record<CompletionOutcome, string>> = {
  early: 'Trước hạn',
  on_time: 'Đúng hạn',
  late: 'Quá hạn',
};

/** 'Mẫu 05' as printed in the corner of a form: 'Mẫu số 05'. */
export function printedFormNumber(formNumber: string): string {
  return formNumber.replace(/^Mẫu /, 'Mẫu số ');
}

/** Two-digit counts as forms write them ('01 bản'); larger numbers as they are. */
export function twoDigits(count: number): string {
  return String(count).padStart(2, '0');
}

/** What a paper form leaves blank to be filled by hand, when the system has no value. */
export const BLANK = '……………';

export function orBlank(value: string | null | undefined): string {
  return value?.trim() ? value : BLANK;
}
