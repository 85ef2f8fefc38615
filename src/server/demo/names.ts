/**
 * Generated place and person names for the demo province. Place syllables are common Vietnamese
 * name parts; people are random combinations, never real persons.
 */
export class SeededRandom {
  #state: number;
  constructor(seed: number) {
    this.#state = seed >>> 0 || 1;
  }
  /** Mulberry32: small, fast, deterministic. */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from empty list');
    return item;
  }
}

const PLACE_FIRST = [
  'Tân',
  'Phú',
  'Hòa',
  'Bình',
  'Phước',
  'Thuận',
  'Long',
  'Vĩnh',
  'Hàm',
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
  'Mỹ',
  'Thạnh',
  'An',
  'Hưng',
  'Đức',
  'Xuân',
  'Sơn',
];
const PLACE_SECOND = [
  'Lợi',
  'Thành',
  'Hải',
  'Minh',
  'Hiệp',
  'Phong',
  'Lạc',
  'Trung',
  'Tiến',
  'Thắng',
  'Quang',
  'Hòa',
  'Lâm',
  'Thủy',
  'Điền',
  'Nghĩa',
  'Chính',
  'Mỹ',
  'Cường',
  'Khánh',
];

export function placeName(random: SeededRandom, taken: Set<string>): string {
  for (let i = 0; i < 1000; i++) {
    const name = `${random.pick(PLACE_FIRST)} ${random.pick(PLACE_SECOND)}`;
    if (!taken.has(name) && name.split(' ')[0] !== name.split(' ')[1]) {
      taken.add(name);
      return name;
    }
  }
  throw new Error('ran out of place names');
}

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thanh', 'Ngọc', 'Hữu', 'Đức', 'Thu', 'Quốc', 'Kim'];
const GIVEN = [
  'An',
  'Bình',
  'Châu',
  'Dũng',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hiếu',
  'Hoa',
  'Hùng',
  'Khánh',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Nga',
  'Phúc',
  'Quân',
  'Sơn',
  'Tâm',
  'Thảo',
  'Trang',
  'Tú',
  'Vy',
  'Yến',
];

export function personName(random: SeededRandom): string {
  return `${random.pick(FAMILY)} ${random.pick(MIDDLE)} ${random.pick(GIVEN)}`;
}
