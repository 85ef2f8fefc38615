import { useTranslation } from 'react-i18next';
import type { CalendarDay, DayKind, HolidayKind } from '../../api/types';
import { useFormat } from '../../components/useFormat';
import { provinceDayAndTime, weekdayOfDay } from '../../i18n/format';

type Lunar = CalendarDay['lunar'];

/** How the calendar's days, holidays and instants read in the UI language. */
export function useCalendarLabels() {
  const { t } = useTranslation();
  const fmt = useFormat();

  const weekday = (n: number) => t(`weekdays.long.${n}`);
  const holidayName = (holiday: HolidayKind) => t(`calendar.holidays.${holiday}`);
  /** "Thứ Hai 16/02/2026" / "Monday 2026-02-16". */
  const longDay = (day: string) => `${weekday(weekdayOfDay(day))} ${fmt.day(day)}`;

  /** What a day is: "Nghỉ Tết Nguyên đán", "Nghỉ bù Quốc khánh 2/9", "Làm bù"… */
  const kindLabel = (day: { kind: DayKind; holiday: HolidayKind | null }) => {
    if (
      day.holiday &&
      (day.kind === 'holiday' || day.kind === 'compensatory' || day.kind === 'announced_off')
    )
      return t(`calendar.kindNamed.${day.kind}`, { name: holidayName(day.holiday) });
    return t(`calendar.kinds.${day.kind}`);
  };

  /** "29/12", with the leap-month marker. */
  const lunarShort = (lunar: Lunar) =>
    `${lunar.day}/${lunar.month}${lunar.leap ? t('calendar.leapMarker') : ''}`;
  const lunarLong = (lunar: Lunar) =>
    t(lunar.leap ? 'calendar.lunarLeap' : 'calendar.lunar', { date: `${lunar.day}/${lunar.month}` });

  /** "Thứ Hai 16/02/2026 — Nghỉ Tết Nguyên đán (âm lịch 29/12)". */
  const dayName = (day: CalendarDay) =>
    t('calendar.cellName', {
      weekday: weekday(day.weekday),
      date: fmt.day(day.date),
      kind: kindLabel(day),
      lunar: lunarLong(day.lunar),
    });

  /** A range of days: one day, or "first – last". */
  const dayRange = (from: string, to: string) =>
    from === to ? longDay(from) : t('calendar.range', { from: longDay(from), to: longDay(to) });

  /** A timestamp as "Thứ Sáu, 13/02/2026 lúc 07:00" in the province's time. */
  const instant = (iso: string) => {
    const local = provinceDayAndTime(iso);
    if (!local) return iso;
    return t('dueTime.at', {
      weekday: weekday(weekdayOfDay(local.day)),
      date: fmt.day(local.day),
      time: local.time,
    });
  };

  return { weekday, holidayName, longDay, kindLabel, lunarShort, lunarLong, dayName, dayRange, instant };
}
