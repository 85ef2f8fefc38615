import { describe, expect, it } from 'vitest';
import {
  formatViDate,
  formatViDateTime,
  formatViLongDate,
  formatViTimeAndDate,
  formatViTimeAndShortDate,
  localIsoDate,
  longDateOfIso,
  placeAndDate,
  printedFormNumber,
} from './form-text';
import { vietnamTime } from './sample-form-data';

describe('dates as the forms write them', () => {
  it.each([
    ['2026-11-23', 'ngày 23 tháng 11 năm 2026'],
    ['2026-02-05', 'ngày 05 tháng 02 năm 2026'],
    ['2026-01-31', 'ngày 31 tháng 01 năm 2026'],
    ['2025-07-01', 'ngày 01 tháng 7 năm 2025'],
    ['2024-03-09', 'ngày 09 tháng 3 năm 2024'],
  ])('writes %s as "%s" (zero before days under 10 and months 1 and 2)', (iso, text) => {
    expect(longDateOfIso(iso)).toBe(text);
  });

  it('prints instants in Vietnam time, whatever the UTC day', () => {
    const at = new Date('2026-11-22T17:05:00Z'); // 00:05 on 23/11 in Vietnam
    expect(localIsoDate(at)).toBe('2026-11-23');
    expect(formatViDate(at)).toBe('23/11/2026');
    expect(formatViDateTime(at)).toBe('23/11/2026 00:05');
    expect(formatViLongDate(at)).toBe('ngày 23 tháng 11 năm 2026');
    expect(formatViTimeAndDate(at)).toBe('00 giờ 05 phút, ngày 23 tháng 11 năm 2026');
    expect(formatViTimeAndShortDate(at)).toBe('00 giờ 05 phút, ngày 23/11/2026');
  });

  it('writes the place-and-date line and the form number of the corner', () => {
    expect(placeAndDate('Tân An', vietnamTime('2026-11-23 14:05'))).toBe('Tân An, ngày 23 tháng 11 năm 2026');
    expect(printedFormNumber('Mẫu 05')).toBe('Mẫu số 05');
  });
});
