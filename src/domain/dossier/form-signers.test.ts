import { describe, expect, it } from 'vitest';
import { DOSSIER_FORM_KINDS } from './form-sets';
import { AGENCY_HEAD_TITLE, formSigner, RECEIVING_OFFICER_TITLE } from './form-signers';

const clerk = 'Trần Thị Mai';

describe('who signs a dossier form', () => {
  it('the clerk who recorded it signs the desk’s forms', () => {
    for (const kind of ['receipt', 'supplement_request', 'refusal'] as const)
      expect(formSigner(kind, { issuedBy: clerk, unitHead: null })).toEqual({
        title: RECEIVING_OFFICER_TITLE,
        name: clerk,
      });
  });

  it('the apology and the stop notice carry the head’s title over a blank line, never the clerk', () => {
    for (const kind of ['apology', 'stop_notice'] as const) {
      const signer = formSigner(kind, { issuedBy: clerk, unitHead: null });
      expect(signer).toEqual({ title: AGENCY_HEAD_TITLE, name: '' });
    }
  });

  it('the unit’s recorded head signs the head’s forms', () => {
    const head = { name: 'Nguyễn Văn Bình', title: 'CHỦ TỊCH' };
    expect(formSigner('apology', { issuedBy: clerk, unitHead: head })).toEqual(head);
  });

  it('no form kind is signed by the clerk under the head’s title', () => {
    for (const kind of DOSSIER_FORM_KINDS) {
      const signer = formSigner(kind, { issuedBy: clerk, unitHead: null });
      expect(signer.title === AGENCY_HEAD_TITLE && signer.name === clerk).toBe(false);
    }
  });
});
