import { describe, expect, it } from 'vitest';
import {
  criteriaEditRefusal,
  type ScoringStage,
  scoringStage,
  sheetPermissions,
  stageRefusal,
} from './scoring-round';

const window = { entryOpensOn: '2026-11-01', entryClosesOn: '2026-11-30', published: false };

describe('scoringStage', () => {
  it('is not open before the first day, open on both edge days, appraisal after the last', () => {
    expect(scoringStage(window, '2026-10-31')).toBe('not_open');
    expect(scoringStage(window, '2026-11-01')).toBe('self_assessment');
    expect(scoringStage(window, '2026-11-30')).toBe('self_assessment');
    expect(scoringStage(window, '2026-12-01')).toBe('appraisal');
  });

  it('is published whatever the date once published', () => {
    for (const day of ['2026-10-01', '2026-11-15', '2027-01-01'])
      expect(scoringStage({ ...window, published: true }, day)).toBe('published');
  });
});

describe('sheetPermissions', () => {
  const everyone = { actsForUnit: true, councilMember: true };

  it('lets the unit score and submit in the window until it submits', () => {
    expect(sheetPermissions('self_assessment', { ...everyone, submitted: false })).toEqual({
      selfScore: true,
      submit: true,
      appraise: false,
      answer: true,
    });
    expect(sheetPermissions('self_assessment', { ...everyone, submitted: true })).toEqual({
      selfScore: false,
      submit: false,
      appraise: true,
      answer: true,
    });
  });

  it('lets the council appraise after the window whether or not the unit submitted', () => {
    for (const submitted of [true, false])
      expect(sheetPermissions('appraisal', { ...everyone, submitted })).toEqual({
        selfScore: false,
        submit: false,
        appraise: true,
        answer: true,
      });
  });

  it('allows nothing before the window or after publication', () => {
    for (const stage of ['not_open', 'published'] as ScoringStage[])
      for (const submitted of [true, false])
        expect(Object.values(sheetPermissions(stage, { ...everyone, submitted }))).toEqual([
          false,
          false,
          false,
          false,
        ]);
  });

  it('gives each party only its own part', () => {
    const unitOnly = sheetPermissions('appraisal', {
      actsForUnit: true,
      councilMember: false,
      submitted: true,
    });
    expect(unitOnly.appraise).toBe(false);
    expect(unitOnly.answer).toBe(true);
    const councilOnly = sheetPermissions('self_assessment', {
      actsForUnit: false,
      councilMember: true,
      submitted: false,
    });
    expect(councilOnly).toEqual({ selfScore: false, submit: false, appraise: false, answer: false });
  });
});

describe('stageRefusal', () => {
  it('names the reason a person would want to hear first', () => {
    expect(stageRefusal('published', false, 'selfScore')).toBe('published');
    expect(stageRefusal('not_open', false, 'appraise')).toBe('not_open');
    expect(stageRefusal('appraisal', false, 'selfScore')).toBe('window_closed');
    expect(stageRefusal('self_assessment', true, 'submit')).toBe('submitted');
    expect(stageRefusal('self_assessment', false, 'appraise')).toBe('not_submitted');
    expect(stageRefusal('appraisal', false, 'answer')).toBeNull();
  });
});

describe('criteriaEditRefusal', () => {
  const cases: readonly [ScoringStage, boolean, string | null][] = [
    ['not_open', false, null],
    ['not_open', true, 'scored'],
    ['self_assessment', false, 'opened'],
    ['appraisal', false, 'opened'],
    ['published', false, 'published'],
    ['published', true, 'published'],
  ];
  it.each(cases)('in stage %s with scores %s the criteria refusal is %s', (stage, scored, refusal) => {
    expect(criteriaEditRefusal(stage, scored)).toBe(refusal);
  });
});
