import { describe, expect, it } from 'vitest';
import type { UnitSigners } from '../organisation/signers';
import { DOSSIER_FORM_KINDS } from './form-sets';
import { AGENCY_HEAD_TITLE, formSigner, RECEIVING_OFFICER_TITLE } from './form-signers';

const clerk = 'Trần Thị Mai';
const commune: UnitSigners = {
  headTitle: 'Chủ tịch',
  headName: 'Nguyễn Văn Bình',
  collectiveName: 'Ủy ban nhân dân',
  authorised: null,
};

describe('who signs a dossier form', () => {
  it('the clerk who recorded it signs the desk’s forms, whoever heads the unit', () => {
    for (const kind of ['receipt', 'supplement_request', 'refusal'] as const)
      for (const unitSigners of [null, commune])
        expect(formSigner(kind, { issuedBy: clerk, unitSigners })).toEqual({
          authorityLines: [],
          title: RECEIVING_OFFICER_TITLE,
          name: clerk,
        });
  });

  it('the apology and the stop notice carry the head’s title over a blank line when no signers are recorded', () => {
    for (const kind of ['apology', 'stop_notice'] as const)
      expect(formSigner(kind, { issuedBy: clerk, unitSigners: null })).toEqual({
        authorityLines: [],
        title: AGENCY_HEAD_TITLE,
        name: '',
      });
  });

  it('the unit’s signers sign the head’s forms: TM. of the collective, the title and the name', () => {
    for (const kind of ['apology', 'stop_notice'] as const)
      expect(formSigner(kind, { issuedBy: clerk, unitSigners: commune })).toEqual({
        authorityLines: ['TM. ỦY BAN NHÂN DÂN'],
        title: 'CHỦ TỊCH',
        name: 'Nguyễn Văn Bình',
      });
  });

  it('no form kind is signed by the clerk under the head’s title, with or without signers', () => {
    for (const kind of DOSSIER_FORM_KINDS)
      for (const unitSigners of [null, commune]) {
        const signer = formSigner(kind, { issuedBy: clerk, unitSigners });
        expect(signer.title !== RECEIVING_OFFICER_TITLE && signer.name === clerk).toBe(false);
      }
  });
});
