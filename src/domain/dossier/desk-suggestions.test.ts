import { describe, expect, it } from 'vitest';
import {
  isOtherLevel,
  LEVEL_WORDS,
  levelOfDesk,
  otherLevelReceiptNote,
  rankForDesk,
} from './desk-suggestions';

const units = new Map(
  [
    { id: 'tinh', kind: 'province', parentId: null },
    { id: 'ttphvc', kind: 'service_centre', parentId: 'tinh' },
    { id: 'xa', kind: 'commune', parentId: 'tinh' },
    { id: 'mc-xa', kind: 'desk', parentId: 'xa' },
  ].map((u) => [u.id, u]),
);

describe('suggestions at a desk', () => {
  it('a commune desk serves the commune level, the provincial centre the province', () => {
    expect(levelOfDesk('mc-xa', units)).toBe('commune');
    expect(levelOfDesk('xa', units)).toBe('commune');
    expect(levelOfDesk('ttphvc', units)).toBe('province');
    expect(levelOfDesk('unknown', units)).toBe('province');
  });

  it('ranks the desk’s own level first, keeping the search order inside each group', () => {
    const found = [
      { name: 'Cấp giấy phép (tỉnh)', levels: ['province'] as const },
      { name: 'Đăng ký khai sinh', levels: ['commune'] as const },
      { name: 'Chứng thực', levels: ['province', 'commune'] as const },
      { name: 'Cấp phép xây dựng (tỉnh)', levels: ['province'] as const },
    ];
    expect(rankForDesk(found, 'commune').map((p) => p.name)).toEqual([
      'Đăng ký khai sinh',
      'Chứng thực',
      'Cấp giấy phép (tỉnh)',
      'Cấp phép xây dựng (tỉnh)',
    ]);
    expect(rankForDesk(found, 'province').map((p) => p.name)).toEqual([
      'Cấp giấy phép (tỉnh)',
      'Chứng thực',
      'Cấp phép xây dựng (tỉnh)',
      'Đăng ký khai sinh',
    ]);
    expect(isOtherLevel(found[0] as (typeof found)[number], 'commune')).toBe(true);
    expect(isOtherLevel(found[2] as (typeof found)[number], 'commune')).toBe(false);
  });

  it('notes a receipt for another level with its levels, the desk’s level and the deciding agency', () => {
    expect(otherLevelReceiptNote({ levels: ['province'] }, 'commune', 'Sở Tư pháp')).toBe(
      'Tiếp nhận không theo cấp (đã xác nhận): thủ tục cấp tỉnh, Bộ phận tiếp nhận cấp xã; chuyển Sở Tư pháp giải quyết.',
    );
    expect(otherLevelReceiptNote({ levels: ['commune'] }, 'province', 'UBND xã Tân An')).toContain(
      'thủ tục cấp xã, Bộ phận tiếp nhận cấp tỉnh',
    );
    for (const level of ['province', 'commune'] as const) {
      expect(LEVEL_WORDS[level].vi).toMatch(/^cấp /);
      expect(LEVEL_WORDS[level].en).toMatch(/ level$/);
    }
  });
});
