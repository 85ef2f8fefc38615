/**
 * The two astronomical quantities the lunisolar calendar needs, from the published formulas in
 * Jean Meeus, "Astronomical Algorithms" (2nd ed., 1998): the instant of a new moon (ch. 49) and the
 * apparent longitude of the Sun (ch. 25, low-accuracy theory, ±0.01°). Times are Julian dates;
 * the series give Terrestrial Time (JDE), which we convert to Universal Time with ΔT.
 */

const DEG = Math.PI / 180;
/** J2000.0 epoch, JDE 2451545.0 (2000-01-01 12:00 TT). */
const J2000 = 2451545;
const DAYS_PER_JULIAN_CENTURY = 36525;
const SECONDS_PER_DAY = 86400;
/** Mean synodic month in days (Meeus eq. 49.1). */
export const SYNODIC_MONTH = 29.530588861;
/** JDE of the mean new moon with lunation number k = 0 (6 January 2000). */
const NEW_MOON_EPOCH = 2451550.09766;

function sinDeg(x: number): number {
  return Math.sin(x * DEG);
}

function normalizeDegrees(x: number): number {
  const r = x % 360;
  return r < 0 ? r + 360 : r;
}

/**
 * ΔT = TT − UT in seconds, by the polynomial fits of Espenak & Meeus (NASA, 2006); good to a few
 * seconds over 1860–2005 and a reasonable extrapolation after. Our calendar only needs minutes.
 */
export function deltaTSeconds(decimalYear: number): number {
  const y = decimalYear;
  if (y >= 2050) {
    const u = (y - 1820) / 100;
    return -20 + 32 * u * u - 0.5628 * (2150 - y);
  }
  if (y >= 2005) {
    const t = y - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t * t;
  }
  if (y >= 1986) {
    const t = y - 2000;
    return 63.86 + t * (0.3345 + t * (-0.060374 + t * (0.0017275 + t * (0.000651814 + t * 0.00002373599))));
  }
  if (y >= 1961) {
    const t = y - 1975;
    return 45.45 + 1.067 * t - (t * t) / 260 - (t * t * t) / 718;
  }
  if (y >= 1941) {
    const t = y - 1950;
    return 29.07 + 0.407 * t - (t * t) / 233 + (t * t * t) / 2547;
  }
  if (y >= 1920) {
    const t = y - 1920;
    return 21.2 + t * (0.84493 + t * (-0.0761 + t * 0.0020936));
  }
  if (y >= 1900) {
    const t = y - 1900;
    return -2.79 + t * (1.494119 + t * (-0.0598939 + t * (0.0061966 - t * 0.000197)));
  }
  if (y >= 1860) {
    const t = y - 1860;
    return 7.62 + t * (0.5737 + t * (-0.251754 + t * (0.01680668 + t * (-0.0004473624 + t / 233174))));
  }
  const u = (y - 1820) / 100;
  return -20 + 32 * u * u;
}

function decimalYearOfJd(jd: number): number {
  return 2000 + (jd - J2000) / 365.25;
}

/** Converts a Julian date in Terrestrial Time to Universal Time. */
export function ttToUt(jde: number): number {
  return jde - deltaTSeconds(decimalYearOfJd(jde)) / SECONDS_PER_DAY;
}

/** Converts a Julian date in Universal Time to Terrestrial Time. */
export function utToTt(jd: number): number {
  return jd + deltaTSeconds(decimalYearOfJd(jd)) / SECONDS_PER_DAY;
}

// Periodic terms for the new moon (Meeus table 49.A, "New Moon" column):
// [coefficient, power of E, multiple of M, multiple of M′, multiple of F, multiple of Ω].
const NEW_MOON_TERMS: readonly (readonly [number, number, number, number, number, number])[] = [
  [-0.4072, 0, 0, 1, 0, 0],
  [0.17241, 1, 1, 0, 0, 0],
  [0.01608, 0, 0, 2, 0, 0],
  [0.01039, 0, 0, 0, 2, 0],
  [0.00739, 1, -1, 1, 0, 0],
  [-0.00514, 1, 1, 1, 0, 0],
  [0.00208, 2, 2, 0, 0, 0],
  [-0.00111, 0, 0, 1, -2, 0],
  [-0.00057, 0, 0, 1, 2, 0],
  [0.00056, 1, 1, 2, 0, 0],
  [-0.00042, 0, 0, 3, 0, 0],
  [0.00042, 1, 1, 0, 2, 0],
  [0.00038, 1, 1, 0, -2, 0],
  [-0.00024, 1, -1, 2, 0, 0],
  [-0.00017, 0, 0, 0, 0, 1],
  [-0.00007, 0, 2, 1, 0, 0],
  [0.00004, 0, 0, 2, -2, 0],
  [0.00004, 0, 3, 0, 0, 0],
  [0.00003, 0, 1, 1, -2, 0],
  [0.00003, 0, 0, 2, 2, 0],
  [-0.00003, 0, 1, 1, 2, 0],
  [0.00003, 0, -1, 1, 2, 0],
  [-0.00002, 0, -1, 1, -2, 0],
  [-0.00002, 0, 1, 3, 0, 0],
  [0.00002, 0, 0, 4, 0, 0],
];

// Additional planetary corrections for all phases (Meeus ch. 49): [A0, A-rate per lunation, amplitude].
const PLANETARY_TERMS: readonly (readonly [number, number, number])[] = [
  [251.88, 0.016321, 0.000165],
  [251.83, 26.651886, 0.000164],
  [349.42, 36.412478, 0.000126],
  [84.66, 18.206239, 0.00011],
  [141.74, 53.303771, 0.000062],
  [207.14, 2.453732, 0.00006],
  [154.84, 7.30686, 0.000056],
  [34.52, 27.261239, 0.000047],
  [207.19, 0.121824, 0.000042],
  [291.34, 1.844379, 0.00004],
  [161.72, 24.198154, 0.000037],
  [239.56, 25.513099, 0.000035],
  [331.55, 3.592518, 0.000023],
];

/** JDE (Terrestrial Time) of the true new moon with lunation number k (k = 0 near 2000-01-06). */
export function newMoonJde(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const t4 = t3 * t;
  const meanJde = NEW_MOON_EPOCH + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  const sunAnomaly = 2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3;
  const moonAnomaly = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4;
  const latitudeArg = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4;
  const node = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3;
  let correction = 0;
  for (const [coef, ePower, m, mp, f, om] of NEW_MOON_TERMS) {
    const arg = m * sunAnomaly + mp * moonAnomaly + f * latitudeArg + om * node;
    correction += coef * e ** ePower * sinDeg(arg);
  }
  correction += 0.000325 * sinDeg(299.77 + 0.107408 * k - 0.009173 * t2);
  for (const [a0, rate, amplitude] of PLANETARY_TERMS) correction += amplitude * sinDeg(a0 + rate * k);
  return meanJde + correction;
}

/** Julian date (Universal Time) of the new moon with lunation number k. */
export function newMoonJd(k: number): number {
  return ttToUt(newMoonJde(k));
}

/** Lunation number k of the last mean new moon at or before the Julian date `jd`. */
export function lunationNear(jd: number): number {
  return Math.floor((jd - NEW_MOON_EPOCH) / SYNODIC_MONTH);
}

/** Apparent geocentric longitude of the Sun in degrees [0, 360), at Julian date `jde` (TT). */
export function sunApparentLongitudeTt(jde: number): number {
  const t = (jde - J2000) / DAYS_PER_JULIAN_CENTURY;
  const meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const meanAnomaly = 357.52911 + 35999.05029 * t - 0.0001537 * t * t;
  const center =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * sinDeg(meanAnomaly) +
    (0.019993 - 0.000101 * t) * sinDeg(2 * meanAnomaly) +
    0.000289 * sinDeg(3 * meanAnomaly);
  const node = 125.04 - 1934.136 * t;
  // Nutation in longitude and aberration, folded together as in Meeus eq. 25.8.
  return normalizeDegrees(meanLongitude + center - 0.00569 - 0.00478 * sinDeg(node));
}

/** Apparent longitude of the Sun in degrees [0, 360), at Julian date `jd` (UT). */
export function sunLongitude(jd: number): number {
  return sunApparentLongitudeTt(utToTt(jd));
}
