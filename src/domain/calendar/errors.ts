/** Stable codes for calendar errors; the HTTP layer maps them to problem+json. */
export type CalendarErrorCode =
  | 'invalid_date'
  | 'invalid_time'
  | 'lunar_date_not_found'
  | 'outside_calendar_range'
  | 'invalid_duration'
  | 'invalid_calendar'
  | 'invalid_shares'
  | 'invalid_clock_transition';

/** A typed domain error for the calendar module, carrying a stable `code`. */
export class CalendarError extends Error {
  /** The message in Vietnamese, for people; `message` is the English one. */
  readonly vi: string;
  constructor(
    readonly code: CalendarErrorCode,
    message: string,
    vi: string = message,
  ) {
    super(message);
    this.vi = vi;
    this.name = 'CalendarError';
  }
}
