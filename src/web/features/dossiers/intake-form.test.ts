import { describe, expect, it } from 'vitest';
import {
  attemptFor,
  checklistOf,
  emptyIntake,
  type IntakeForm,
  intakeFormProblems,
  intakeRequest,
  newIdempotencyKey,
  placeFieldErrors,
} from './intake-form';

const filled: IntakeForm = {
  ...emptyIntake('desk-1'),
  procedureId: 'proc-1',
  applicant: {
    kind: 'person',
    name: ' Nguyễn Văn An ',
    personalId: '060090001234',
    organisationCode: 'ignored for a person',
    phone: '0912345678',
    email: '',
    address: '',
  },
  documents: [{ name: 'Tờ khai', originals: 1, copies: 0, provided: true }],
};

describe('the intake request', () => {
  it('trims the applicant, sends empty fields as null and no reason for a receipt', () => {
    expect(intakeRequest(filled, 'receive', 'ignored')).toEqual({
      procedureId: 'proc-1',
      deskUnitId: 'desk-1',
      channel: 'counter',
      applicant: {
        kind: 'person',
        name: 'Nguyễn Văn An',
        personalId: '060090001234',
        organisationCode: null,
        phone: '0912345678',
        email: null,
        address: null,
      },
      documents: [{ name: 'Tờ khai', originals: 1, copies: 0, provided: true }],
      notes: '',
      outcome: 'receive',
      reason: '',
      otherLevelConfirmed: false,
    });
  });

  it('sends the confirmation of a procedure of another level only when the clerk gave it', () => {
    expect(intakeRequest({ ...filled, otherLevelConfirmed: true }, 'receive', '')?.otherLevelConfirmed).toBe(
      true,
    );
    expect(intakeRequest(filled, 'receive', '')?.otherLevelConfirmed).toBe(false);
  });

  it('an organisation sends its code, not a personal id; another competent unit is sent when chosen', () => {
    const request = intakeRequest(
      {
        ...filled,
        competentUnitId: 'unit-2',
        applicant: { ...filled.applicant, kind: 'organisation', organisationCode: '0312345678' },
      },
      'refuse',
      ' Không thuộc thẩm quyền ',
    );
    expect(request?.applicant).toMatchObject({ personalId: null, organisationCode: '0312345678' });
    expect(request).toMatchObject({ competentUnitId: 'unit-2', reason: 'Không thuộc thẩm quyền' });
  });

  it('is not built before a procedure and a desk are chosen', () => {
    expect(intakeRequest(emptyIntake('desk-1'), 'receive', '')).toBeNull();
    expect(intakeRequest({ ...filled, deskUnitId: null }, 'receive', '')).toBeNull();
  });

  it('starts the checklist from the catalog with nothing ticked', () => {
    expect(checklistOf([{ name: 'Tờ khai', originals: 1, copies: 2 }])).toEqual([
      { name: 'Tờ khai', originals: 1, copies: 2, provided: false },
    ]);
  });
});

describe('checks before sending', () => {
  it('a complete intake has no problem', () => {
    expect(intakeFormProblems(filled, 'receive', '')).toEqual({});
  });

  it('names every field to fix, with the server’s own rules', () => {
    const problems = intakeFormProblems(
      {
        ...emptyIntake(null),
        applicant: { ...filled.applicant, name: 'A', personalId: '12345', phone: '', email: 'x@y' },
        documents: [{ name: 'Tờ khai', originals: 1, copies: 0, provided: false }],
      },
      'receive',
      '',
    );
    expect(problems).toEqual({
      procedureId: 'procedure_required',
      deskUnitId: 'desk_required',
      'applicant.name': 'name_required',
      'applicant.email': 'email_invalid',
      'applicant.personalId': 'personal_id_not_12_digits',
      documents: 'documents_missing',
    });
  });

  it('a supplement request needs a reason and at least one missing document', () => {
    expect(intakeFormProblems(filled, 'request_supplement', '')).toEqual({
      reason: 'reason_required',
      documents: 'nothing_missing',
    });
  });

  it('asks for a way to reach the applicant', () => {
    const noContact = { ...filled, applicant: { ...filled.applicant, phone: '' } };
    expect(intakeFormProblems(noContact, 'receive', '')).toEqual({ 'applicant.phone': 'contact_required' });
  });
});

describe('the server’s field errors', () => {
  it('go beside their fields; checklist lines go to the checklist; the rest is kept apart', () => {
    const placed = placeFieldErrors([
      { path: 'body.applicant.personalId', message: 'Phải gồm 12 chữ số', code: 'x' },
      { path: 'body.documents.2.name', message: 'Tên trống' },
      { path: 'body.reason', message: 'Cần lý do' },
      { path: 'headers.idempotency-key', message: 'Quá ngắn' },
    ]);
    expect(placed.fields).toEqual({
      'applicant.personalId': 'Phải gồm 12 chữ số',
      documents: 'Tên trống',
      reason: 'Cần lý do',
    });
    expect(placed.other).toEqual([{ path: 'headers.idempotency-key', message: 'Quá ngắn' }]);
  });
});

describe('the Idempotency-Key', () => {
  it('is a version 4 UUID', () => {
    expect(newIdempotencyKey()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(newIdempotencyKey((b) => b.fill(255))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
  });

  it('is reused for the same body (a double click or a retry) and renewed once the form changed', () => {
    let n = 0;
    const next = () => `key-${++n}`;
    const first = attemptFor(null, '{"a":1}', next);
    expect(attemptFor(first, '{"a":1}', next)).toBe(first);
    expect(attemptFor(first, '{"a":2}', next)).toEqual({ key: 'key-2', body: '{"a":2}' });
  });
});
