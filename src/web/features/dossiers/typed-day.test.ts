import { describe, expect, it } from 'vitest';
import { isoOfTypedDay } from './typed-day';

describe('a day typed into a filter', () => {
  it.each([
    ['25/11/2026', 'vi', '2026-11-25'],
    ['5/1/2026', 'vi', '2026-01-05'],
    [' 25.11.2026 ', 'vi', '2026-11-25'],
    ['2026-11-25', 'vi', '2026-11-25'],
    ['2026-11-25', 'en', '2026-11-25'],
    ['25/11/2026', 'en', null],
    ['31/02/2026', 'vi', null],
    ['29/02/2028', 'vi', '2028-02-29'],
    ['11/25/2026', 'vi', null],
    ['', 'vi', null],
    ['hôm qua', 'vi', null],
  ] as const)('"%s" in %s is %s', (text, lang, iso) => {
    expect(isoOfTypedDay(text, lang)).toBe(iso);
  });
});
