/**
 * The intake's procedure suggestions at a desk: the desk's own level first, and a procedure of
 * another level marked, so that receiving it (non-territorial or for another level's agency,
 * Decree 118/2025 art. 14) is a choice the clerk confirms, not what Enter does by default.
 */
import type { ProcedureLevel } from '../catalog/procedure';

interface UnitLink {
  readonly id: string;
  readonly kind: string;
  readonly parentId: string | null;
}

/** The level a desk serves: a commune's desk serves the commune level, every other the province's. */
export function levelOfDesk(deskId: string, units: ReadonlyMap<string, UnitLink>): ProcedureLevel {
  const seen = new Set<string>();
  let current: string | null = deskId;
  while (current && !seen.has(current)) {
    seen.add(current);
    const unit = units.get(current);
    if (!unit) break;
    if (unit.kind === 'commune') return 'commune';
    current = unit.parentId;
  }
  return 'province';
}

/** True when the procedure is not implemented at the desk's level. */
export const isOtherLevel = (
  procedure: { readonly levels: readonly ProcedureLevel[] },
  level: ProcedureLevel,
) => !procedure.levels.includes(level);

/** Suggestions with the desk's own level first, each group in the search's order. */
export function rankForDesk<P extends { readonly levels: readonly ProcedureLevel[] }>(
  procedures: readonly P[],
  level: ProcedureLevel,
): P[] {
  return [
    ...procedures.filter((p) => !isOtherLevel(p, level)),
    ...procedures.filter((p) => isOtherLevel(p, level)),
  ];
}

/** The level's name in the receipt's note and in the refusal of an unconfirmed receipt. */
export const LEVEL_WORDS: Readonly<Record<ProcedureLevel, { readonly vi: string; readonly en: string }>> = {
  province: { vi: 'cấp tỉnh', en: 'province level' },
  commune: { vi: 'cấp xã', en: 'commune level' },
};

/**
 * What the receive event of a receipt for another level keeps (in Vietnamese, as event reasons
 * are): that the clerk received it knowingly, whose level it is and which agency decides it.
 */
export function otherLevelReceiptNote(
  procedure: { readonly levels: readonly ProcedureLevel[] },
  deskLevel: ProcedureLevel,
  competentUnitName: string,
): string {
  const levels = procedure.levels.map((l) => LEVEL_WORDS[l].vi).join(', ');
  return `Tiếp nhận không theo cấp (đã xác nhận): thủ tục ${levels}, Bộ phận tiếp nhận ${LEVEL_WORDS[deskLevel].vi}; chuyển ${competentUnitName} giải quyết.`;
}
