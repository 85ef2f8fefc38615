/**
 * Who signs each dossier form: the desk's receiving officer signs what the desk issues (Mẫu 01–03:
 * 'NGƯỜI TIẾP NHẬN HỒ SƠ' in the circulars' templates); the head of the issuing agency, or the
 * person authorised, signs the apology (Mẫu 04) and the stop notice — from the organisation's
 * signers in force when the form was issued, never the clerk who happened to record it.
 */
import { type SigningBlock, signingBlock, type UnitSigners } from '../organisation/signers';
import type { DossierFormKind } from './form-sets';

export const RECEIVING_OFFICER_TITLE = 'NGƯỜI TIẾP NHẬN HỒ SƠ';
/** The title when the organisation records no signers for the unit: the head signs by hand. */
export const AGENCY_HEAD_TITLE = 'THỦ TRƯỞNG CƠ QUAN';

const SIGNED_BY_HEAD: ReadonlySet<DossierFormKind> = new Set(['apology', 'stop_notice']);

/** True for the forms the agency's head (or the person authorised) signs. */
export const signedByHead = (kind: DossierFormKind) => SIGNED_BY_HEAD.has(kind);

/**
 * The signature block of a form: the recording clerk under the receiving officer's title for the
 * desk's forms; for the head's forms the unit's signing block, or the head's title over a blank
 * name line when no signers are recorded.
 */
export function formSigner(
  kind: DossierFormKind,
  input: { readonly issuedBy: string; readonly unitSigners: UnitSigners | null },
): SigningBlock {
  if (!signedByHead(kind))
    return { authorityLines: [], title: RECEIVING_OFFICER_TITLE, name: input.issuedBy };
  return input.unitSigners
    ? signingBlock(input.unitSigners)
    : { authorityLines: [], title: AGENCY_HEAD_TITLE, name: '' };
}
