import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DecidingUnitQuestion, decidingUnit } from './deciding-unit';

const commune = { id: 'commune', parentId: 'district' };
const communeDesk = { id: 'commune-desk', parentId: 'commune' };
const provincialCentre = { id: 'centre', parentId: null };

const CASES: readonly [string, DecidingUnitQuestion, string | null][] = [
  [
    'the unit asked for, when competent',
    { asked: 'b', desk: communeDesk, competentUnitIds: ['commune', 'b'] },
    'b',
  ],
  [
    'the unit asked for wins over a competent desk',
    { asked: 'b', desk: commune, competentUnitIds: ['commune', 'b'] },
    'b',
  ],
  [
    'none when the unit asked for is not competent',
    { asked: 'x', desk: commune, competentUnitIds: ['commune'] },
    null,
  ],
  [
    'none online when the unit asked for is not competent',
    { asked: 'x', desk: null, competentUnitIds: ['a'] },
    null,
  ],
  ['online, the unit asked for', { asked: 'a', desk: null, competentUnitIds: ['a', 'b'] }, 'a'],
  [
    'the desk itself when competent',
    { asked: null, desk: commune, competentUnitIds: ['commune', 'district'] },
    'commune',
  ],
  [
    'the unit the desk belongs to',
    { asked: null, desk: communeDesk, competentUnitIds: ['commune', 'b'] },
    'commune',
  ],
  [
    'the only competent unit',
    { asked: null, desk: communeDesk, competentUnitIds: ['department'] },
    'department',
  ],
  [
    'the only competent unit, at a top-level desk',
    { asked: null, desk: provincialCentre, competentUnitIds: ['d'] },
    'd',
  ],
  [
    'none when two are competent and neither is the desk’s',
    { asked: null, desk: communeDesk, competentUnitIds: ['b', 'c'] },
    null,
  ],
  [
    'none at a top-level desk with two competent',
    { asked: null, desk: provincialCentre, competentUnitIds: ['b', 'c'] },
    null,
  ],
  ['none when no unit is competent', { asked: null, desk: commune, competentUnitIds: [] }, null],
  [
    'online without an ask, the only competent unit',
    { asked: null, desk: null, competentUnitIds: ['a'] },
    'a',
  ],
];

describe('the unit that decides a dossier (Decree 118/2025 art. 14)', () => {
  for (const [name, question, expected] of CASES) {
    it(`is ${name}`, () => expect(decidingUnit(question)).toBe(expected));
  }

  it('is always a competent unit, or none', () => {
    const unit = fc.constantFrom('a', 'b', 'c', 'd');
    fc.assert(
      fc.property(
        fc.option(unit),
        fc.option(fc.record({ id: unit, parentId: fc.option(unit) })),
        fc.uniqueArray(unit, { maxLength: 4 }),
        (asked, desk, competentUnitIds) => {
          const decided = decidingUnit({ asked, desk, competentUnitIds });
          if (decided !== null) expect(competentUnitIds).toContain(decided);
          if (asked !== null) expect(decided).toBe(competentUnitIds.includes(asked) ? asked : null);
        },
      ),
    );
  });
});
