import type { Level, Unit } from '../../api/types';
import { viCollator } from '../../i18n/format';

/** Select options for units, sorted by name, labelled "name (code)". */
export function unitOptions(units: readonly Unit[], keep: (u: Unit) => boolean = () => true) {
  return units
    .filter(keep)
    .sort((a, b) => viCollator.compare(a.name, b.name))
    .map((u) => ({ value: u.id, label: `${u.name} (${u.code})` }));
}

export function levelOptions(levels: readonly Level[], lang: string, onDate: string) {
  return levels
    .filter((l) => l.validFrom <= onDate && (l.validTo === null || onDate <= l.validTo))
    .map((l) => ({ value: l.code, label: lang === 'en' ? l.nameEn : l.nameVi }));
}

// A record, so the compiler fails here when the contract gains a kind.
const kindSet: Record<Unit['kind'], true> = {
  province: true,
  department: true,
  district: true,
  commune: true,
  service_centre: true,
  desk: true,
  division: true,
};
export const UNIT_KINDS = Object.keys(kindSet) as Unit['kind'][];
