import { describe, expect, it } from 'vitest';
import type { CriterionDto } from './api';
import { areasOf, awaitsAnswer, blankScore, typedPoints } from './sheet-model';

const criterion = (code: string, parentCode: string | null, leaf = true): CriterionDto => ({
  code,
  parentCode,
  depth: code.split('.').length,
  title: `Tiêu chí ${code}`,
  guidance: null,
  maxPoints: 1,
  kind: 'self_assessed',
  metricCode: null,
  scale: null,
  leaf,
});

describe('areasOf', () => {
  it('puts every criterion under the area it follows, in reading order', () => {
    const blocks = areasOf([
      criterion('1', null, false),
      criterion('1.1', '1', false),
      criterion('1.1.1', '1.1'),
      criterion('1.2', '1'),
      criterion('2', null, false),
      criterion('2.1', '2'),
    ]);
    expect(blocks.map((b) => [b.area.code, b.items.map((i) => i.code)])).toEqual([
      ['1', ['1.1', '1.1.1', '1.2']],
      ['2', ['2.1']],
    ]);
  });

  it('gives no areas for no criteria', () => {
    expect(areasOf([])).toEqual([]);
  });
});

describe('awaitsAnswer', () => {
  it('is true only for a leaf returned and not yet answered', () => {
    const returned = { ...blankScore('1.1'), returnedAt: '2026-05-02T03:00:00Z', returnNote: 'Bổ sung' };
    expect(awaitsAnswer(returned)).toBe(true);
    expect(awaitsAnswer({ ...returned, answeredAt: '2026-05-03T03:00:00Z' })).toBe(false);
    expect(awaitsAnswer(blankScore('1.1'))).toBe(false);
    expect(awaitsAnswer(undefined)).toBe(false);
  });
});

describe('typedPoints', () => {
  it('reads a number box: blank is no score, a decimal comma or point is a decimal', () => {
    expect(typedPoints('')).toBeNull();
    expect(typedPoints('  ')).toBeNull();
    expect(typedPoints(1.5)).toBe(1.5);
    expect(typedPoints('1,25')).toBe(1.25);
    expect(typedPoints('0.5')).toBe(0.5);
    expect(typedPoints('abc')).toBeNull();
  });
});
