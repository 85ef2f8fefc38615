import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ApplicantInput,
  apologyProblem,
  apologyWindowOpen,
  firstProcessingStep,
  intakeProblems,
  lookupFactorMatches,
  lookupFactors,
  maskedName,
  placeOfStep,
  returnNeedsApology,
  stepBudgets,
  urgencyOf,
} from './rules';

const person: ApplicantInput = {
  kind: 'person',
  name: 'Nguyễn Thị Hằng',
  personalId: '079190001234',
  organisationCode: null,
  phone: '0912345678',
  email: null,
  address: null,
};
const provided = [{ provided: true }];

describe('where workflow steps are done and their share of the time', () => {
  it('desk and service-centre steps are the desk’s; every other kind is the competent unit’s', () => {
    expect(placeOfStep({ unitKind: 'desk' })).toBe('desk');
    expect(placeOfStep({ unitKind: 'service_centre' })).toBe('desk');
    expect(placeOfStep({ unitKind: 'commune' })).toBe('competent');
    expect(placeOfStep({ unitKind: 'department' })).toBe('competent');
  });

  it('the first processing step is the first one not at the desk', () => {
    expect(
      firstProcessingStep([{ unitKind: 'desk' }, { unitKind: 'commune' }, { unitKind: 'commune' }]),
    ).toBe(1);
    expect(firstProcessingStep([{ unitKind: 'commune' }])).toBe(0);
    expect(firstProcessingStep([{ unitKind: 'desk' }])).toBe(0);
  });

  it('step budgets are whole minutes in proportion to the shares and add up to the total', () => {
    expect(stepBudgets(9600, [{ share: 10 }, { share: 70 }, { share: 20 }])).toEqual([960, 6720, 1920]);
    expect(stepBudgets(0, [{ share: 50 }, { share: 50 }])).toEqual([0, 0]);
    expect(stepBudgets(100, [])).toEqual([]);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 8 }),
        (total, shares) => {
          const budgets = stepBudgets(
            total,
            shares.map((share) => ({ share })),
          );
          expect(budgets.reduce((a, b) => a + b, 0)).toBe(total);
          expect(budgets.every((b) => Number.isInteger(b) && b >= 0)).toBe(true);
        },
      ),
    );
  });
});

describe('what an intake must contain', () => {
  it('a complete person with a provided checklist can be received', () => {
    expect(
      intakeProblems({ applicant: person, outcome: 'receive', reason: '', documents: provided }),
    ).toEqual([]);
  });

  it('names every problem at once', () => {
    const problems = intakeProblems({
      applicant: { ...person, personalId: '12345', phone: '0123' },
      outcome: 'refuse',
      reason: '',
      documents: provided,
    });
    expect(problems.map((p) => p.code)).toEqual([
      'personal_id_not_12_digits',
      'phone_invalid',
      'reason_required',
    ]);
  });

  it('a person needs a personal id from a known province; an organisation needs its code', () => {
    const codes = (applicant: ApplicantInput) =>
      intakeProblems({ applicant, outcome: 'receive', reason: '', documents: provided }).map((p) => p.code);
    expect(codes({ ...person, personalId: null })).toEqual(['personal_id_required']);
    expect(codes({ ...person, personalId: '999190001234' })).toEqual(['personal_id_unknown_province']);
    expect(codes({ ...person, kind: 'organisation', personalId: null })).toEqual([
      'organisation_code_required',
    ]);
    expect(
      codes({ ...person, kind: 'organisation', personalId: null, organisationCode: '0312345678' }),
    ).toEqual([]);
  });

  it('someone must be reachable: phone, e-mail or address', () => {
    const applicant = { ...person, phone: null };
    expect(intakeProblems({ applicant, outcome: 'receive', reason: '', documents: provided })[0]?.code).toBe(
      'contact_required',
    );
    expect(
      intakeProblems({
        applicant: { ...applicant, email: 'a@b.vn' },
        outcome: 'receive',
        reason: '',
        documents: provided,
      }),
    ).toEqual([]);
  });

  it('receiving needs every document; a supplement request needs at least one missing', () => {
    const some = [{ provided: true }, { provided: false }];
    expect(
      intakeProblems({ applicant: person, outcome: 'receive', reason: '', documents: some })[0]?.code,
    ).toBe('documents_missing');
    expect(
      intakeProblems({
        applicant: person,
        outcome: 'request_supplement',
        reason: 'Thiếu',
        documents: provided,
      })[0]?.code,
    ).toBe('nothing_missing');
    expect(
      intakeProblems({ applicant: person, outcome: 'request_supplement', reason: 'Thiếu', documents: some }),
    ).toEqual([]);
  });
});

describe('the public lookup’s second factor', () => {
  const kept = lookupFactors({ ...person, phone: '+84 912 345 678' });

  it('keeps the normalised phone and the last 4 digits of the id', () => {
    expect(kept).toEqual({ phone: '0912345678', idTail: '1234' });
  });

  it('matches the phone in any common spelling, or exactly the last 4 digits', () => {
    expect(lookupFactorMatches('0912.345.678', kept)).toBe(true);
    expect(lookupFactorMatches('84912345678', kept)).toBe(true);
    expect(lookupFactorMatches('1234', kept)).toBe(true);
    expect(lookupFactorMatches('4321', kept)).toBe(false);
    expect(lookupFactorMatches('0912345679', kept)).toBe(false);
    expect(lookupFactorMatches('abcd', kept)).toBe(false);
    expect(lookupFactorMatches('1234', { phone: null, idTail: null })).toBe(false);
  });

  it('shows a name as first word and initials', () => {
    expect(maskedName('Nguyễn Thị Hằng')).toBe('Nguyễn T. H.');
    expect(maskedName('  Trần   Văn Đức ')).toBe('Trần V. Đ.');
    expect(maskedName('Hằng')).toBe('Hằng');
  });
});

describe('the apology and new appointment (Mẫu 04)', () => {
  const base = { now: 1000, appointmentAt: 2000, newAppointmentAt: 3000 };

  it('sets a new date later than now and than the current appointment', () => {
    expect(apologyProblem(base)).toBeNull();
    expect(apologyProblem({ ...base, newAppointmentAt: 900 })).toBe('in_the_past');
    expect(apologyProblem({ ...base, newAppointmentAt: 2000 })).toBe('not_later');
    expect(apologyProblem({ ...base, appointmentAt: null })).toBeNull();
  });

  it('opens one working day before the legal due time, stays open after it, never without one', () => {
    const day = 480;
    const at = (remaining: number, now = 0) =>
      apologyWindowOpen({
        legalDueAt: 10_000,
        now,
        remainingWorkingMinutes: remaining,
        workingDayMinutes: day,
      });
    expect(at(day + 1)).toBe(false);
    expect(at(day)).toBe(true);
    expect(at(0, 10_000)).toBe(true);
    expect(at(0, 20_000)).toBe(true);
    expect(
      apologyWindowOpen({ legalDueAt: null, now: 0, remainingWorkingMinutes: 0, workingDayMinutes: day }),
    ).toBe(false);
  });

  it('a result after the legal due time cannot be returned without it', () => {
    expect(returnNeedsApology({ legalDueAt: 100, resolvedAt: 101, apologyIssued: false })).toBe(true);
    expect(returnNeedsApology({ legalDueAt: 100, resolvedAt: 100, apologyIssued: false })).toBe(false);
    expect(returnNeedsApology({ legalDueAt: 100, resolvedAt: 101, apologyIssued: true })).toBe(false);
    expect(returnNeedsApology({ legalDueAt: null, resolvedAt: 101, apologyIssued: false })).toBe(false);
  });
});

describe('urgency of open work', () => {
  it('overdue past the due instant, due soon within the warning, in time otherwise', () => {
    expect(urgencyOf({ dueAt: null, now: 0, remainingWorkingMinutes: 0 }, 480)).toBe('none');
    expect(urgencyOf({ dueAt: 100, now: 101, remainingWorkingMinutes: 0 }, 480)).toBe('overdue');
    expect(urgencyOf({ dueAt: 100, now: 100, remainingWorkingMinutes: 0 }, 480)).toBe('due_soon');
    expect(urgencyOf({ dueAt: 100, now: 50, remainingWorkingMinutes: 480 }, 480)).toBe('due_soon');
    expect(urgencyOf({ dueAt: 100, now: 50, remainingWorkingMinutes: 481 }, 480)).toBe('in_time');
  });
});
