/**
 * Vietnamese text folding for search: citizens type "dang ky khai sinh" for "Đăng ký khai sinh".
 * Folding drops tone and vowel marks, maps đ/Đ to d, lowercases, and keeps letters and digits as
 * space-separated words. The database folds with the same rule (migration `catalog`:
 * `vn_fold(text)`), so both sides agree; a test checks them against each other.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NOT_WORD = /[^a-z0-9]+/g;

/** "Đăng ký Khai sinh (lần đầu)" → "Dang ky Khai sinh (lan dau)": letters without marks, all else kept. */
export function withoutVietnameseMarks(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** "Đăng ký Khai sinh (lần đầu)" → "dang ky khai sinh lan dau". */
export function foldVietnamese(text: string): string {
  return withoutVietnameseMarks(text).toLowerCase().replace(NOT_WORD, ' ').trim();
}

/** The distinct folded words of a query, in order, at most `limit` of them. */
export function queryWords(query: string, limit = 8): readonly string[] {
  const words = foldVietnamese(query).split(' ').filter(Boolean);
  return [...new Set(words)].slice(0, limit);
}

/**
 * Every precomposed Latin letter that folds to one ASCII letter, and that letter, as two strings
 * of equal length for SQL `translate(text, from, to)`: the database folds a column this way where
 * no folded copy is stored (e.g. file names), then `lower()` only meets ASCII.
 */
export function foldingTable(): { readonly from: string; readonly to: string } {
  let from = '';
  let to = '';
  const ranges: [number, number][] = [
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
  ];
  for (const [first, last] of ranges) {
    for (let code = first; code <= last; code++) {
      const letter = String.fromCodePoint(code);
      const folded = foldVietnamese(letter);
      if (/^[a-z]$/.test(folded)) {
        from += letter;
        to += folded;
      }
    }
  }
  return { from, to };
}
