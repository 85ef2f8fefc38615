/**
 * Who signs for a unit (người ký): its head, or a person authorised to sign in the head's stead,
 * with the authority line Decree 30/2020/NĐ-CP (appendix I, on signing administrative documents)
 * prescribes above the title: TM. (thay mặt — for a collective body such as an Ủy ban nhân dân),
 * KT. (ký thay — a deputy for the head), TL. (thừa lệnh — by the head's order), TUQ. (thừa ủy
 * quyền — by the head's written authorisation).
 */

export const SIGNING_AUTHORITIES = ['KT', 'TL', 'TUQ'] as const;
/** How the authorised person signs for the head: KT., TL. or TUQ. */
export type SigningAuthority = (typeof SIGNING_AUTHORITIES)[number];

export interface UnitSigners {
  /** E.g. 'Chủ tịch', 'Giám đốc'. */
  readonly headTitle: string;
  readonly headName: string;
  /** The collective body the head signs for (TM.), e.g. 'Ủy ban nhân dân'; null for a one-head agency. */
  readonly collectiveName: string | null;
  /** The person who signs in the head's stead, when there is one. */
  readonly authorised: {
    readonly name: string;
    /** E.g. 'Phó Chủ tịch', 'Chánh Văn phòng'. */
    readonly title: string;
    readonly authority: SigningAuthority;
  } | null;
}

/** The signature block as printed: authority lines, the title, then the signer's name under the space. */
export interface SigningBlock {
  readonly authorityLines: readonly string[];
  readonly title: string;
  readonly name: string;
}

const upper = (text: string) => text.trim().toLocaleUpperCase('vi');

/**
 * The block a unit's documents are signed with: the authorised person when there is one (under
 * 'KT./TL./TUQ. <HEAD'S TITLE>'), else the head; 'TM. <COLLECTIVE>' first when the head signs for
 * a collective body — a deputy's KT. of a collective keeps it ('TM. ỦY BAN NHÂN DÂN / KT. CHỦ
 * TỊCH / PHÓ CHỦ TỊCH'), while TL. and TUQ. are given by the head alone and do not.
 */
export function signingBlock(signers: UnitSigners): SigningBlock {
  const collective = signers.collectiveName ? [`TM. ${upper(signers.collectiveName)}`] : [];
  const { authorised } = signers;
  if (!authorised)
    return { authorityLines: collective, title: upper(signers.headTitle), name: signers.headName };
  return {
    authorityLines: [
      ...(authorised.authority === 'KT' ? collective : []),
      `${authorised.authority}. ${upper(signers.headTitle)}`,
    ],
    title: upper(authorised.title),
    name: authorised.name,
  };
}
