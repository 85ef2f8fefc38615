import { useFormat } from '../../components/useFormat';
import { provinceDayAndTime } from '../../i18n/format';

/**
 * An instant as a report names the moment its stocks are counted at: "14:32 07/12/2026" in
 * Vietnamese (time first, as "tại thời điểm … " reads), "2026-12-07 14:32" in English.
 */
export function useInstant() {
  const fmt = useFormat();
  return (iso: string) => {
    const at = provinceDayAndTime(iso);
    if (!at) return iso;
    return fmt.lang === 'vi' ? `${at.time} ${fmt.day(at.day)}` : fmt.dateTime(iso);
  };
}
