import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentProblems, type ProcedureContent } from './procedure';
import { buildSearchIndex, searchIndex } from './search-index';
import { compareMatches, searchRank } from './search-rank';
import { foldingTable, foldVietnamese, queryWords } from './vietnamese-text';

describe('Vietnamese folding', () => {
  it.each([
    ['Đăng ký khai sinh', 'dang ky khai sinh'],
    ['ĐĂNG KÝ KẾT HÔN', 'dang ky ket hon'],
    ['Cấp Giấy chứng nhận quyền sử dụng đất', 'cap giay chung nhan quyen su dung dat'],
    ['Thủ tục (lần đầu), số 1.001234', 'thu tuc lan dau so 1 001234'],
    ['  nhiều   khoảng   trắng ', 'nhieu khoang trang'],
    ['Ưu đãi người có công', 'uu dai nguoi co cong'],
    ['dang ky', 'dang ky'],
  ])('%s → %s', (text, folded) => {
    expect(foldVietnamese(text)).toBe(folded);
  });

  it('folds composed and decomposed input alike', () => {
    const composed = 'Hộ tịch';
    expect(foldVietnamese(composed.normalize('NFD'))).toBe(foldVietnamese(composed));
  });

  it('is idempotent and yields only a–z, digits and single spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const folded = foldVietnamese(text);
        expect(foldVietnamese(folded)).toBe(folded);
        expect(folded).toMatch(/^([a-z0-9]+( [a-z0-9]+)*)?$/);
      }),
    );
  });

  it('gives distinct words of a query, capped', () => {
    expect(queryWords('Đăng ký đăng KÝ khai-sinh')).toEqual(['dang', 'ky', 'khai', 'sinh']);
    expect(queryWords('a b c d e f g h i j')).toHaveLength(8);
    expect(queryWords(' ,;. ')).toEqual([]);
  });

  it('has a letter table that folds Vietnamese letters the way foldVietnamese does', () => {
    const { from, to } = foldingTable();
    expect([...from]).toHaveLength(to.length);
    const translate = (text: string) =>
      [...text.normalize('NFC')].map((c) => to[from.indexOf(c)] ?? c.toLowerCase()).join('');
    for (const text of ['Đăng ký KẾT HÔN', 'Tờ khai Ưu đãi người có công', 'ỳỷỹỵ ÀẢÃẠ']) {
      expect(translate(text)).toBe(foldVietnamese(text));
    }
  });
});

describe('search ranking', () => {
  const rank = (query: string, name: string, documents = '') =>
    searchRank(queryWords(query), foldVietnamese(name), foldVietnamese(documents));

  it.each([
    ['dang ky khai sinh', 'Đăng ký khai sinh', 0],
    ['dang ky khai sinh', 'Đăng ký khai sinh lưu động', 1],
    ['khai sinh', 'Đăng ký khai sinh có yếu tố nước ngoài', 2],
    ['khai dang', 'Đăng ký khai sinh', 3],
    ['dang ky to khai', 'Đăng ký khai sinh', 4],
    ['dan ky', 'Đăng ký khai sinh', 3],
    ['ang ky', 'Đăng ký khai sinh', null],
    ['ket hon', 'Đăng ký khai sinh', null],
  ] as const)('"%s" in "%s" ranks %s', (query, name, expected) => {
    expect(rank(query, name, 'Tờ khai đăng ký khai sinh')).toBe(expected);
  });

  it('finds đ by d and d by đ', () => {
    expect(rank('đang ky', 'Dang ky')).toBe(0);
    expect(rank('dang ky', 'Đăng ký')).toBe(0);
  });

  it('orders by rank, then shorter names, then by name', () => {
    const items = [
      { rank: 2 as const, name: 'b' },
      { rank: 1 as const, name: 'long name' },
      { rank: 1 as const, name: 'short' },
      { rank: 1 as const, name: 'apple' },
    ];
    expect([...items].sort(compareMatches).map((i) => i.name)).toEqual(['apple', 'short', 'long name', 'b']);
  });
});

const valid: ProcedureContent = {
  name: 'Đăng ký khai sinh',
  levels: ['commune'],
  processing: { unit: 'working_days', amount: 1 },
  fees: [{ name: 'Lệ phí', kind: 'charge', amount: 0 }],
  documents: [{ name: 'Tờ khai', originals: 1, copies: 0, template: 'to-khai.docx', reusable: false }],
  steps: ['Nộp hồ sơ', 'Nhận kết quả'],
  workflow: [
    { name: 'Tiếp nhận', role: 'clerk', unitKind: 'desk', share: 10 },
    { name: 'Thẩm định', role: 'officer', unitKind: 'commune', share: 70 },
    { name: 'Phê duyệt', role: 'approver', unitKind: 'commune', share: 20 },
  ],
  legalBasis: [{ text: 'Luật Hộ tịch 2014', sample: false }],
  resultType: 'Giấy khai sinh',
  online: 'full',
  onlinePayment: true,
};

describe('procedure content rules', () => {
  it('accepts a complete procedure', () => {
    expect(contentProblems(valid)).toEqual([]);
  });

  it.each([
    [
      'shares over 100',
      {
        workflow: [
          { ...valid.workflow[0], share: 60 },
          { ...valid.workflow[1], share: 50 },
        ],
      },
      'workflow',
      'shares_not_100',
    ],
    ['a negative fee', { fees: [{ name: 'Phí', kind: 'fee', amount: -1000 }] }, 'fees.0.amount', 'negative'],
    ['a zero time', { processing: { unit: 'working_days', amount: 0 } }, 'processing', 'not_positive'],
    [
      'a negative online time',
      { processing: { unit: 'working_days', amount: 3, online: { unit: 'working_days', amount: -1 } } },
      'processing.online',
      'not_positive',
    ],
    ['no levels', { levels: [] }, 'levels', 'required'],
    [
      'a document with no copy',
      { documents: [{ ...valid.documents[0], originals: 0, copies: 0 }] },
      'documents.0',
      'no_copies',
    ],
    [
      'payment without online service',
      { online: 'none', onlinePayment: true },
      'onlinePayment',
      'payment_without_online',
    ],
    ['no workflow', { workflow: [] }, 'workflow', 'required'],
    ['a blank name', { name: '  ' }, 'name', 'required'],
  ] as const)('refuses %s', (_, change, path, code) => {
    expect(contentProblems({ ...valid, ...(change as Partial<ProcedureContent>) })).toContainEqual({
      path,
      code,
    });
  });
});

describe('the in-memory search index', () => {
  const entry = (
    name: string,
    documents = '',
    extra: Partial<{ fieldCode: string; levels: string[]; online: string }> = {},
  ) => ({
    name: foldVietnamese(name),
    documents: foldVietnamese(documents),
    fieldCode: extra.fieldCode ?? 'HT',
    levels: extra.levels ?? ['commune'],
    online: extra.online ?? 'full',
    code: name,
    item: name,
  });
  const index = buildSearchIndex([
    entry('Đăng ký khai sinh lưu động'),
    entry('Đăng ký khai sinh'),
    entry('Đăng ký kết hôn', 'Tờ khai đăng ký kết hôn'),
    entry('Cấp bản sao trích lục', 'Tờ khai khai sinh', {
      fieldCode: 'CT',
      levels: ['province'],
      online: 'none',
    }),
  ]);
  const names = (words: string, more: object = {}) =>
    searchIndex(index, { words: queryWords(words), limit: 10, offset: 0, ...more }).items.map((i) => i.item);

  it('finds every word as a word start, ranked by the domain rule', () => {
    expect(names('dang ky khai sinh')).toEqual(['Đăng ký khai sinh', 'Đăng ký khai sinh lưu động']);
    expect(names('khai sinh')).toEqual([
      'Đăng ký khai sinh',
      'Đăng ký khai sinh lưu động',
      'Cấp bản sao trích lục',
    ]);
    expect(names('ket')).toEqual(['Đăng ký kết hôn']);
    expect(names('et hon')).toEqual([]);
  });

  it('lists everything alphabetically for an empty query', () => {
    expect(names('')).toEqual([
      'Cấp bản sao trích lục',
      'Đăng ký kết hôn',
      'Đăng ký khai sinh',
      'Đăng ký khai sinh lưu động',
    ]);
  });

  it('filters and pages', () => {
    expect(names('khai', { fieldCode: 'CT' })).toEqual(['Cấp bản sao trích lục']);
    expect(names('khai', { level: 'province', online: 'none' })).toEqual(['Cấp bản sao trích lục']);
    expect(names('khai', { allowed: (n: number) => n === 0 })).toEqual(['Đăng ký khai sinh lưu động']);
    const page = searchIndex(index, { words: queryWords('dang'), limit: 1, offset: 1 });
    expect(page.total).toBe(3);
    expect(page.items.map((i) => i.item)).toEqual(['Đăng ký khai sinh']);
  });
});
