import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAR_AREAS } from '../../contracts/par';
import { addDays, isoToJdn } from '../calendar/civil-date';
import { formatLocalDateTime, parseLocalDateTime } from '../calendar/local-time';
import { namedPeriod } from '../stats/periods';
import {
  dueDateProblem,
  isLateOrMissing,
  isWritten,
  periodDates,
  periodInSentence,
  periodLabel,
  REPORT_PERIODS,
  REPORT_SECTION_CODES,
  REPORT_SECTIONS,
  type ReportPeriod,
  SUBMISSION_STATUSES,
  type SubmissionStatus,
  sectionHeading,
  submissionDeadline,
  submissionStatus,
  writtenCount,
} from './report-periods';

const at = parseLocalDateTime;

describe('periodDates', () => {
  it.each([
    ['Q1', 2026, '2026-01-01', '2026-03-31'],
    ['Q2', 2026, '2026-04-01', '2026-06-30'],
    ['Q3', 2026, '2026-07-01', '2026-09-30'],
    ['Q4', 2026, '2026-10-01', '2026-12-31'],
    ['H1', 2026, '2026-01-01', '2026-06-30'],
    ['M9', 2026, '2026-01-01', '2026-09-30'],
    ['Y', 2026, '2026-01-01', '2026-12-31'],
    ['Q1', 2028, '2028-01-01', '2028-03-31'],
  ] as const)('%s %i runs from %s to %s', (period, year, from, to) => {
    expect(periodDates(year, period)).toEqual({ from, to });
  });

  it('gives the same dates as the statistics’ named periods, for every period of many years', () => {
    const statsName: Record<ReportPeriod, (y: number) => string> = {
      Q1: (y) => `${y}-Q1`,
      Q2: (y) => `${y}-Q2`,
      Q3: (y) => `${y}-Q3`,
      Q4: (y) => `${y}-Q4`,
      H1: (y) => `${y}-H1`,
      M9: (y) => `${y}-9M`,
      Y: (y) => `${y}`,
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2099 }),
        fc.constantFrom(...REPORT_PERIODS),
        (year, period) => {
          expect(periodDates(year, period)).toEqual(namedPeriod(statsName[period](year)));
        },
      ),
    );
  });

  it('ends every quarter where the next begins, and the year with Q4', () => {
    for (const year of [2024, 2025, 2026]) {
      const quarters = (['Q1', 'Q2', 'Q3', 'Q4'] as const).map((q) => periodDates(year, q));
      for (let i = 1; i < 4; i++) expect(addDays(quarters[i - 1]?.to ?? '', 1)).toBe(quarters[i]?.from);
      expect(quarters[3]?.to).toBe(periodDates(year, 'Y').to);
      expect(periodDates(year, 'H1').to).toBe(quarters[1]?.to);
      expect(periodDates(year, 'M9').to).toBe(quarters[2]?.to);
    }
  });
});

describe('periodLabel', () => {
  it.each([
    ['Q1', 'Quý I năm 2026', 'Q1 2026'],
    ['Q2', 'Quý II năm 2026', 'Q2 2026'],
    ['Q3', 'Quý III năm 2026', 'Q3 2026'],
    ['Q4', 'Quý IV năm 2026', 'Q4 2026'],
    ['H1', '6 tháng đầu năm 2026', 'First half of 2026'],
    ['M9', '9 tháng năm 2026', 'First nine months of 2026'],
    ['Y', 'Năm 2026', 'Year 2026'],
  ] as const)('%s is “%s” / “%s”', (period, vi, en) => {
    expect(periodLabel(2026, period, 'vi')).toBe(vi);
    expect(periodLabel(2026, period, 'en')).toBe(en);
  });

  it('writes the period in lower case inside a sentence', () => {
    expect(periodInSentence(2026, 'Q3')).toBe('quý III năm 2026');
    expect(periodInSentence(2026, 'Y')).toBe('năm 2026');
    expect(periodInSentence(2026, 'H1')).toBe('6 tháng đầu năm 2026');
  });
});

describe('submissionStatus', () => {
  const due = '2026-10-10'; // a Saturday: the date is the date, working days do not move it
  const cases: [string, string | null, string, SubmissionStatus][] = [
    ['sent days before the due date is on time', '2026-10-05 09:00', '2026-10-20 09:00', 'on_time'],
    ['sent in the last minute of the due date is on time', '2026-10-10 23:59', '2026-10-20 09:00', 'on_time'],
    ['sent at midnight after the due date is late', '2026-10-11 00:00', '2026-10-20 09:00', 'late'],
    ['sent a week after is late', '2026-10-17 08:00', '2026-10-20 09:00', 'late'],
    ['not sent while the due date lasts is pending', null, '2026-10-10 23:59', 'pending'],
    ['not sent before the due date is pending', null, '2026-10-01 08:00', 'pending'],
    ['not sent once the due date has ended is overdue', null, '2026-10-11 00:00', 'overdue'],
  ];
  it.each(cases)('%s', (_name, sent, now, expected) => {
    expect(submissionStatus(due, sent === null ? null : at(sent), at(now))).toBe(expected);
  });

  it('falls due at the end of the due date in Vietnam (17:00 UTC the same day)', () => {
    expect(new Date(submissionDeadline('2026-10-10')).toISOString()).toBe('2026-10-10T17:00:00.000Z');
    expect(formatLocalDateTime(submissionDeadline('2026-12-31'))).toBe('2027-01-01 00:00');
  });

  it('lists late and overdue units as late or missing, and nothing else', () => {
    expect(SUBMISSION_STATUSES.filter(isLateOrMissing)).toEqual(['late', 'overdue']);
  });

  it('is late exactly when sent at or after the deadline, and missing exactly when unsent past it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: isoToJdn('2025-01-01'), max: isoToJdn('2027-12-31') }),
        fc.integer({ min: -5 * 86_400_000, max: 5 * 86_400_000 }),
        fc.option(fc.integer({ min: -5 * 86_400_000, max: 5 * 86_400_000 })),
        (jdn, nowOffset, sentOffset) => {
          const due = addDays('2025-01-01', jdn - isoToJdn('2025-01-01'));
          const deadline = submissionDeadline(due);
          const now = deadline + nowOffset;
          const sent = sentOffset === null ? null : Math.min(now, deadline + sentOffset);
          const status = submissionStatus(due, sent, now);
          if (sent === null) expect(status).toBe(now >= deadline ? 'overdue' : 'pending');
          else expect(status).toBe(sent >= deadline ? 'late' : 'on_time');
        },
      ),
    );
  });
});

describe('dueDateProblem', () => {
  it.each([
    ['Q3', '2026-10-10', null],
    ['Q3', '2026-07-01', null],
    ['Q3', '2026-06-30', 'before_period'],
    ['Y', '2027-01-15', null],
    ['Y', '2027-06-29', null],
    ['Y', '2027-06-30', 'too_late'],
  ] as const)('%s 2026 due %s: %s', (period, due, problem) => {
    expect(dueDateProblem(2026, period, due)).toBe(problem);
  });
});

describe('sections', () => {
  it('are the seven reform areas of the programme, in its order, then difficulties and proposals', () => {
    expect(REPORT_SECTION_CODES.slice(0, 7)).toEqual([...PAR_AREAS]);
    expect(REPORT_SECTION_CODES.slice(7)).toEqual(['difficulties', 'proposals']);
    expect(REPORT_SECTIONS.map((s) => s.code)).toEqual([...REPORT_SECTION_CODES]);
  });

  it('are numbered I to IX with the titles the provinces’ reports use', () => {
    expect(REPORT_SECTIONS.map((s) => sectionHeading(s, 'vi'))).toEqual([
      'I. Công tác chỉ đạo, điều hành',
      'II. Cải cách thể chế',
      'III. Cải cách thủ tục hành chính',
      'IV. Cải cách tổ chức bộ máy hành chính nhà nước',
      'V. Cải cách chế độ công vụ',
      'VI. Cải cách tài chính công',
      'VII. Xây dựng và phát triển chính quyền điện tử, chính quyền số',
      'VIII. Khó khăn, vướng mắc',
      'IX. Đề xuất, kiến nghị',
    ]);
    expect(REPORT_SECTIONS.map((s) => sectionHeading(s, 'en'))[0]).toBe('I. Direction and steering');
    expect(new Set(REPORT_SECTIONS.map((s) => s.titleEn)).size).toBe(9);
  });

  it('count as written only when they hold more than white space', () => {
    expect(isWritten('  \n\t ')).toBe(false);
    expect(isWritten(null)).toBe(false);
    expect(isWritten('Đã ban hành kế hoạch.')).toBe(true);
    expect(writtenCount(['a', '', ' ', 'b\n'])).toBe(2);
  });
});
