/**
 * Assigning a dossier's step to a person (phân công xử lý): the head (lãnh đạo, the approver) of
 * the unit holding an open step names who of that unit does it, and may name someone else later
 * with a reason. One rule, used by the command and by the dossier page's offer of the button.
 */
import type { Role } from '../identity/roles';

/** Who may assign a step: the unit's head (lãnh đạo phòng / cơ quan). */
export const ASSIGNING_ROLES: readonly Role[] = ['approver'];

/** The shortest reason a reassignment takes (the reasons of other commands are as short). */
export const REASSIGN_REASON_MIN_LENGTH = 3;

export type StepRole = 'clerk' | 'officer' | 'approver';

export interface AssignableStep {
  readonly state: 'active' | 'done' | 'returned' | 'cancelled';
  readonly role: StepRole;
  readonly assigneeId: string | null;
}

/** What the caller may do to the step: roles they hold whose scope reaches the step's unit. */
export interface Assigner {
  readonly rolesOverStepUnit: readonly Role[];
}

/** The person named: roles they hold whose scope reaches the step's unit (none: another unit's). */
export interface Assignee {
  readonly id: string;
  readonly active: boolean;
  readonly rolesOverStepUnit: readonly Role[];
}

export type AssignmentProblem =
  /** The step is finished: nothing to assign (409). */
  | 'step_closed'
  /** The caller is not the head of the step's unit (403). */
  | 'not_head_of_unit'
  /** The person is not of the step's unit, or is disabled (422). */
  | 'assignee_not_in_unit'
  /** The person does not hold the step's role there (422). */
  | 'assignee_lacks_role'
  /** The step is already theirs (409). */
  | 'already_assigned'
  /** Taking a step from someone needs a reason (422). */
  | 'reason_required';

/** May the caller assign this step at all (the button's offer)? */
export function mayAssignStep(step: AssignableStep, assigner: Assigner): boolean {
  return step.state === 'active' && assigner.rolesOverStepUnit.some((role) => ASSIGNING_ROLES.includes(role));
}

/** Why the caller may not give the step to `assignee` with `reason`, or null when they may. */
export function assignmentProblem(
  step: AssignableStep,
  assigner: Assigner,
  assignee: Assignee | null,
  reason: string,
): AssignmentProblem | null {
  if (step.state !== 'active') return 'step_closed';
  if (!mayAssignStep(step, assigner)) return 'not_head_of_unit';
  if (!assignee || !assignee.active || assignee.rolesOverStepUnit.length === 0) return 'assignee_not_in_unit';
  if (!assignee.rolesOverStepUnit.includes(step.role)) return 'assignee_lacks_role';
  if (step.assigneeId === assignee.id) return 'already_assigned';
  if (step.assigneeId !== null && reason.trim().length < REASSIGN_REASON_MIN_LENGTH) return 'reason_required';
  return null;
}
