import { describe, expect, it } from 'vitest';
import { deltaTSeconds, newMoonJd, newMoonJde, sunApparentLongitudeTt, sunLongitude } from './astronomy';
import { civilToJdn } from './civil-date';

/** Julian date (UT) of a UTC wall-clock time. */
function jdOf(y: number, m: number, d: number, hours: number, minutes: number): number {
  return civilToJdn({ y, m, d }) - 0.5 + (hours + minutes / 60) / 24;
}

describe('astronomy (Meeus, Astronomical Algorithms)', () => {
  it('reproduces Meeus example 49.a: the new moon of February 1977 at JDE 2443192.65118', () => {
    expect(newMoonJde(-283)).toBeCloseTo(2443192.65118, 5);
  });

  it('reproduces Meeus example 25.a: apparent solar longitude 199.90895° on 1992-10-13.0 TD', () => {
    expect(sunApparentLongitudeTt(2448908.5)).toBeCloseTo(199.90895, 3);
  });

  it('places the new moon of 2024-01-11 at 11:57 UTC within two minutes', () => {
    const k = Math.round((jdOf(2024, 1, 11, 12, 0) - 2451550.09766) / 29.530588861);
    expect(Math.abs(newMoonJd(k) - jdOf(2024, 1, 11, 11, 57)) * 24 * 60).toBeLessThan(2);
  });

  it('has the Sun at 270° at the December solstice of 2024 (21 Dec 09:20 UTC)', () => {
    expect(sunLongitude(jdOf(2024, 12, 21, 9, 20))).toBeCloseTo(270, 2);
  });

  it('keeps ΔT near its observed values (about 32 s in 1950, 64 s in 2000)', () => {
    expect(deltaTSeconds(1950)).toBeCloseTo(29.1, 0);
    expect(deltaTSeconds(2000)).toBeCloseTo(63.9, 0);
    expect(deltaTSeconds(2100)).toBeGreaterThan(100);
  });
});
