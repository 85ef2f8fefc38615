/** Who issues an exported report: the report's unit, the body above it, and the place it is dated at. */
import { placeNameOf } from '../../dossiers/documents';
import type { ResolvedScope } from '../stats-scope';

export interface Issuer {
  /** The province at the root of the unit's tree; null when the unit is the province itself. */
  readonly authorityName: string | null;
  readonly unitName: string;
  /** For the '…, ngày … tháng … năm …' line: 'Kiểm Thử', 'Tân An'. */
  readonly placeName: string;
}

/** Units that date their documents with the province's name rather than their own. */
const PROVINCIAL_KINDS: ReadonlySet<string> = new Set(['province', 'department', 'service_centre']);

export function issuerOf(scope: Pick<ResolvedScope, 'unit' | 'units'>): Issuer {
  const byId = new Map(scope.units.map((u) => [u.id, u]));
  let root = scope.unit;
  for (let hops = 0; hops < 16 && root.parentId; hops++) {
    const parent = byId.get(root.parentId);
    if (!parent) break;
    root = parent;
  }
  const place = PROVINCIAL_KINDS.has(scope.unit.kind) ? root.name : scope.unit.name;
  return {
    authorityName: root.id === scope.unit.id ? null : root.name,
    unitName: scope.unit.name,
    placeName: placeNameOf(place),
  };
}
