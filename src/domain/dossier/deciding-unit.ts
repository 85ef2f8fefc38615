/**
 * Which unit decides a dossier (cơ quan có thẩm quyền giải quyết). Any desk of the province may
 * receive a dossier, for its own area or another's (Decree 118/2025/NĐ-CP, art. 14); the unit
 * that decides it is, in order: the one asked for, when competent; else the desk itself, or the
 * unit the desk belongs to, when competent; else the procedure's only competent unit; else none
 * (the caller answers 422). Online intake always asks for a unit and has no desk.
 */

/** The desk a dossier is handed in at, and the unit it belongs to (null for a top-level unit). */
export interface ReceivingDesk {
  readonly id: string;
  readonly parentId: string | null;
}

export interface DecidingUnitQuestion {
  /** The unit the applicant or the clerk asked for, if any. */
  readonly asked: string | null;
  /** The desk it was handed in at; null online. */
  readonly desk: ReceivingDesk | null;
  /** The units competent for the procedure in force. */
  readonly competentUnitIds: readonly string[];
}

/** The unit that decides the dossier, or null when no competent unit follows from the question. */
export function decidingUnit({ asked, desk, competentUnitIds }: DecidingUnitQuestion): string | null {
  const competent = (unitId: string | null): unitId is string =>
    unitId !== null && competentUnitIds.includes(unitId);
  if (asked !== null) return competent(asked) ? asked : null;
  if (desk && competent(desk.id)) return desk.id;
  if (desk && competent(desk.parentId)) return desk.parentId;
  return competentUnitIds.length === 1 ? (competentUnitIds[0] ?? null) : null;
}
