import { describe, expect, it } from 'vitest';
import { isOtherLevel, levelOfDesk, rankForDesk } from './desk-suggestions';

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
});
