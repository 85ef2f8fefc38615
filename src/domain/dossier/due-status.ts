/**
 * The list filter "due soon" as a time bound, so the database can select what `urgencyOf` would
 * mark due soon without reading every row's calendar: a due time is due soon exactly when it lies
 * between now and `dueSoonUntil` (both included).
 */
import {
  type Instant,
  instantAtWorkingMs,
  MS_PER_MINUTE,
  periodAtOrBefore,
  type WorkingCalendar,
  workingMsAt,
} from '../calendar/working-calendar';

/** The last instant whose working time from `now` is at most `warningMinutes`. */
export function dueSoonUntil(calendar: WorkingCalendar, now: Instant, warningMinutes: number): Instant {
  const reading = workingMsAt(calendar, now) + warningMinutes * MS_PER_MINUTE;
  const reached = instantAtWorkingMs(calendar, reading);
  const period = periodAtOrBefore(calendar, reached);
  // At the end of a period the clock reads the same until the next period starts: that start is
  // still within the window (a due time on Saturday has no more working time left than Friday 17:00).
  if (period >= 0 && calendar.ends[period] === reached && period + 1 < calendar.starts.length) {
    return calendar.starts[period + 1] ?? reached;
  }
  return reached;
}
