/** Pure rules of the organisation tree: validity periods, parents, cycles, merges. */

/** Kinds of unit (domain.md §2): tỉnh, sở/ban/ngành, huyện, xã/phường/thị trấn, Trung tâm PVHCC, Bộ phận Một cửa, phòng. */
export const UNIT_KINDS = [
  'province',
  'department',
  'district',
  'commune',
  'service_centre',
  'desk',
  'division',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export interface UnitFacts {
  readonly id: string;
  readonly code: string;
  readonly kind: string;
  readonly levelCode: string;
  readonly parentId: string | null;
  readonly validFrom: string;
  readonly validTo: string | null;
}

/** A unit is in force on a day when that day lies within [validFrom, validTo]. ISO dates compare as text. */
export function inForceOn(unit: Pick<UnitFacts, 'validFrom' | 'validTo'>, day: string): boolean {
  return unit.validFrom <= day && (unit.validTo === null || day <= unit.validTo);
}

/** The ISO day before a day (used to close merged units the day before their successor starts). */
export function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** True when making `newParentId` the parent of `unitId` would put the unit under itself. */
export function wouldCreateCycle(
  unitId: string,
  newParentId: string,
  parentOf: (id: string) => string | null,
): boolean {
  let cursor: string | null = newParentId;
  const seen = new Set<string>();
  while (cursor !== null) {
    if (cursor === unitId) return true;
    if (seen.has(cursor)) return true;
    seen.add(cursor);
    cursor = parentOf(cursor);
  }
  return false;
}

export type ParentProblem = 'parent_not_in_force' | 'parent_is_desk' | 'child_starts_before_parent' | 'cycle';

/** Why `parent` cannot hold a child starting on `validFrom`, or null when it can. */
export function parentProblem(parent: UnitFacts, validFrom: string): ParentProblem | null {
  if (parent.kind === 'desk') return 'parent_is_desk';
  if (validFrom < parent.validFrom) return 'child_starts_before_parent';
  if (!inForceOn(parent, validFrom)) return 'parent_not_in_force';
  return null;
}

export const parentProblemText: Record<ParentProblem, { vi: string; en: string }> = {
  parent_not_in_force: {
    vi: 'đơn vị cấp trên không còn hiệu lực vào ngày này',
    en: 'the parent is not in force on that date',
  },
  parent_is_desk: {
    vi: 'Bộ phận Một cửa không có đơn vị trực thuộc',
    en: 'a one-stop desk cannot have child units',
  },
  child_starts_before_parent: {
    vi: 'đơn vị không thể bắt đầu trước đơn vị cấp trên',
    en: 'a unit cannot start before its parent',
  },
  cycle: { vi: 'đơn vị không thể trực thuộc chính nó', en: 'a unit cannot be placed under itself' },
};
