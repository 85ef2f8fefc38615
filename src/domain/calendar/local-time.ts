import { formatIsoDate, isoToJdn, jdnToCivil } from './civil-date';
import { CalendarError } from './errors';
import { type Instant, localJdn, localMidnight, MS_PER_MINUTE } from './working-calendar';

/** 'YYYY-MM-DD HH:MM' in Vietnam time (UTC+7) → epoch ms. */
export function parseLocalDateTime(text: string): Instant {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})$/.exec(text);
  if (!match) throw new CalendarError('invalid_time', `expected 'YYYY-MM-DD HH:MM', got ${text}`);
  const hours = Number(match[2]);
  const minutes = Number(match[3]);
  if (hours > 23 || minutes > 59) throw new CalendarError('invalid_time', `no such time: ${text}`);
  return localMidnight(isoToJdn(match[1] ?? '')) + (hours * 60 + minutes) * MS_PER_MINUTE;
}

/** The local (Vietnam) calendar date of an instant, 'YYYY-MM-DD'. */
export function localDateOf(at: Instant): string {
  return formatIsoDate(jdnToCivil(localJdn(at)));
}

/** Epoch ms → 'YYYY-MM-DD HH:MM' in Vietnam time (seconds dropped). */
export function formatLocalDateTime(at: Instant): string {
  const jdn = localJdn(at);
  const minutes = Math.floor((at - localMidnight(jdn)) / MS_PER_MINUTE);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${formatIsoDate(jdnToCivil(jdn))} ${hh}:${mm}`;
}
