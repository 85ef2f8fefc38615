import { describe, expect, it } from 'vitest';
import { SIGNING_AUTHORITIES, signingBlock, type UnitSigners } from './signers';

const commune: UnitSigners = {
  headTitle: 'Chủ tịch',
  headName: 'Nguyễn Văn Bình',
  collectiveName: 'Ủy ban nhân dân',
  authorised: null,
};
const department: UnitSigners = {
  headTitle: 'Giám đốc',
  headName: 'Lê Thị Thu',
  collectiveName: null,
  authorised: null,
};

describe('the signing block of a unit (Decree 30/2020/NĐ-CP)', () => {
  it.each([
    [
      'the head of a collective body signs TM. the body',
      commune,
      ['TM. ỦY BAN NHÂN DÂN'],
      'CHỦ TỊCH',
      'Nguyễn Văn Bình',
    ],
    ['the director of a department signs with no authority line', department, [], 'GIÁM ĐỐC', 'Lê Thị Thu'],
    [
      'a deputy signs KT. the chairman, under TM. of the committee',
      { ...commune, authorised: { name: 'Phạm Văn Đức', title: 'Phó Chủ tịch', authority: 'KT' } },
      ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'],
      'PHÓ CHỦ TỊCH',
      'Phạm Văn Đức',
    ],
    [
      'a deputy director signs KT. the director',
      { ...department, authorised: { name: 'Hồ Văn Tâm', title: 'Phó Giám đốc', authority: 'KT' } },
      ['KT. GIÁM ĐỐC'],
      'PHÓ GIÁM ĐỐC',
      'Hồ Văn Tâm',
    ],
    [
      'the chief of office signs TL. the director',
      { ...department, authorised: { name: 'Đỗ Thị Hoa', title: 'Chánh Văn phòng', authority: 'TL' } },
      ['TL. GIÁM ĐỐC'],
      'CHÁNH VĂN PHÒNG',
      'Đỗ Thị Hoa',
    ],
    [
      'a head of division signs TUQ. the chairman, without TM. of the committee',
      { ...commune, authorised: { name: 'Vũ Văn Nam', title: 'Trưởng phòng Tư pháp', authority: 'TUQ' } },
      ['TUQ. CHỦ TỊCH'],
      'TRƯỞNG PHÒNG TƯ PHÁP',
      'Vũ Văn Nam',
    ],
  ] as const)('%s', (_, signers, authorityLines, title, name) => {
    expect(signingBlock(signers)).toEqual({ authorityLines, title, name });
  });

  it('every authority puts its abbreviation before the head’s title, and only KT. keeps the collective', () => {
    for (const authority of SIGNING_AUTHORITIES) {
      const block = signingBlock({ ...commune, authorised: { name: 'X', title: 'Y', authority } });
      expect(block.authorityLines.at(-1)).toBe(`${authority}. CHỦ TỊCH`);
      expect(block.authorityLines.includes('TM. ỦY BAN NHÂN DÂN')).toBe(authority === 'KT');
      expect(block.name).toBe('X');
    }
  });
});
