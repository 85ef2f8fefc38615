import { describe, expect, it } from 'vitest';
import { signingBlock } from '../../domain/organisation/signers';
import { SeededRandom } from './names';
import { demoProvince } from './province';
import { demoSignersOf } from './unit-signers';

describe('the demo units’ generated signers', () => {
  const demo = demoProvince();
  const random = new SeededRandom(3020);
  const signed = demo.map((unit, i) => ({ unit, signers: demoSignersOf(unit, random, i) }));

  it('every open committee, department and service centre has a head; closed units and desks none', () => {
    for (const { unit, signers } of signed) {
      const heads = ['province', 'commune', 'department', 'service_centre'].includes(unit.kind);
      expect(signers !== null, unit.code).toBe(heads && unit.validTo === null);
    }
  });

  it('committees sign TM. the committee, some through a deputy chairman KT.; departments by their director', () => {
    const blocks = signed.flatMap(({ unit, signers }) =>
      signers ? [{ unit, block: signingBlock(signers) }] : [],
    );
    const communes = blocks.filter((b) => b.unit.kind === 'commune');
    expect(communes.every((b) => b.block.authorityLines[0] === 'TM. ỦY BAN NHÂN DÂN')).toBe(true);
    expect(communes.some((b) => b.block.title === 'PHÓ CHỦ TỊCH')).toBe(true);
    expect(communes.some((b) => b.block.title === 'CHỦ TỊCH')).toBe(true);
    for (const b of blocks.filter((x) => x.unit.kind === 'department'))
      expect(b.block).toMatchObject({ authorityLines: [], title: 'GIÁM ĐỐC' });
    for (const b of blocks) expect(b.block.name).toMatch(/^\p{Lu}\p{Ll}* \p{Lu}\p{Ll}* \p{Lu}\p{Ll}*$/u);
  });
});
