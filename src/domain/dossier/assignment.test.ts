import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../identity/roles';
import {
  type AssignableStep,
  type Assignee,
  assignmentProblem,
  mayAssignStep,
  type StepRole,
} from './assignment';

const STEP_STATES: readonly AssignableStep['state'][] = ['active', 'done', 'returned', 'cancelled'];
const STEP_ROLES: readonly StepRole[] = ['clerk', 'officer', 'approver'];
const person = (roles: readonly Role[], active = true): Assignee => ({
  id: 'p1',
  active,
  rolesOverStepUnit: roles,
});

describe('who may assign a step', () => {
  it('only a head (approver) over the step’s unit, and only while the step is open — every role and state', () => {
    for (const state of STEP_STATES)
      for (const role of STEP_ROLES)
        for (const callerRole of ROLES) {
          const step = { state, role, assigneeId: null };
          const expected = state === 'active' && callerRole === 'approver';
          expect(
            mayAssignStep(step, { rolesOverStepUnit: [callerRole] }),
            `${state} ${role} ${callerRole}`,
          ).toBe(expected);
        }
  });

  it('nobody outside the unit, whatever roles they hold elsewhere', () => {
    expect(
      mayAssignStep({ state: 'active', role: 'officer', assigneeId: null }, { rolesOverStepUnit: [] }),
    ).toBe(false);
  });
});

describe('to whom', () => {
  const head = { rolesOverStepUnit: ['approver', 'officer'] as Role[] };
  const open = (role: StepRole, assigneeId: string | null = null): AssignableStep => ({
    state: 'active',
    role,
    assigneeId,
  });

  it('a person of the unit holding the step’s role — every pair of roles', () => {
    for (const stepRole of STEP_ROLES)
      for (const held of ROLES) {
        const problem = assignmentProblem(open(stepRole), head, person([held]), '');
        expect(problem, `${stepRole} to a ${held}`).toBe(held === stepRole ? null : 'assignee_lacks_role');
      }
  });

  it('never someone of another unit, nobody at all, or a disabled account', () => {
    expect(assignmentProblem(open('officer'), head, person([]), '')).toBe('assignee_not_in_unit');
    expect(assignmentProblem(open('officer'), head, null, '')).toBe('assignee_not_in_unit');
    expect(assignmentProblem(open('officer'), head, person(['officer'], false), '')).toBe(
      'assignee_not_in_unit',
    );
  });

  it('a step already someone’s goes to another person only with a reason, never to the same one again', () => {
    const taken = open('officer', 'p0');
    expect(assignmentProblem(taken, head, person(['officer']), '')).toBe('reason_required');
    expect(assignmentProblem(taken, head, person(['officer']), '  a ')).toBe('reason_required');
    expect(assignmentProblem(taken, head, person(['officer']), 'Nghỉ phép')).toBeNull();
    expect(assignmentProblem(open('officer', 'p1'), head, person(['officer']), 'Nghỉ phép')).toBe(
      'already_assigned',
    );
  });

  it('a finished step first, then a caller who is not the head, before anything about the person', () => {
    for (const state of STEP_STATES.filter((s) => s !== 'active'))
      expect(assignmentProblem({ state, role: 'officer', assigneeId: null }, head, null, '')).toBe(
        'step_closed',
      );
    expect(
      assignmentProblem(open('officer'), { rolesOverStepUnit: ['officer'] }, person(['officer']), ''),
    ).toBe('not_head_of_unit');
  });
});
