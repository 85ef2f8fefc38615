/**
 * Who signs each dossier form: the desk's receiving officer signs what the desk issues (Mẫu 01–03,
 * the control slip); the head of the issuing agency, or the person authorised, signs the apology
 * (Mẫu 04) and the stop notice — never the clerk who happened to record it.
 */
import type { DossierFormKind } from './form-sets';

export const RECEIVING_OFFICER_TITLE = 'NGƯỜI TIẾP NHẬN HỒ SƠ';
/** The default title when the organisation has no head recorded for the unit. */
export const AGENCY_HEAD_TITLE = 'THỦ TRƯỞNG CƠ QUAN';

const SIGNED_BY_HEAD: ReadonlySet<DossierFormKind> = new Set(['apology', 'stop_notice']);

/** The unit's head (or the person authorised to sign), when the organisation records one. */
export interface UnitHead {
  readonly name: string;
  readonly title: string;
}

/**
 * The title and the name printed under the signature: the recording clerk for the desk's forms;
 * for the head's forms the unit's head, or its title over a blank name line when none is recorded.
 */
export function formSigner(
  kind: DossierFormKind,
  input: { readonly issuedBy: string; readonly unitHead: UnitHead | null },
): { readonly title: string; readonly name: string } {
  if (!SIGNED_BY_HEAD.has(kind)) return { title: RECEIVING_OFFICER_TITLE, name: input.issuedBy };
  return input.unitHead
    ? { title: input.unitHead.title, name: input.unitHead.name }
    : { title: AGENCY_HEAD_TITLE, name: '' };
}
