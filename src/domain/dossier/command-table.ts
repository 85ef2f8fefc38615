/**
 * Who may do what to a dossier, and when: one declarative table for every command of the desk
 * and the processing units (domain.md §4). The command runner refuses what it forbids, the dossier
 * page's `actions[]` is what it allows, and the web's buttons are those actions — one decision.
 * Adding a command = one row here, its handler, its tests.
 */
import {
  DOSSIER_COMMANDS,
  type DossierCommand,
  type DossierState,
  type DossierStatus,
  IN_HAND,
  type SupplementPhase,
} from './state-machine';

/** Commands that keep the dossier's state: work on its steps, its apology and its result file. */
export const IN_STATE_ACTIONS = [
  'accept_step', // nhận xử lý
  'forward', // chuyển bước tiếp theo
  'send_back', // trả lại bước trước
  'issue_apology', // xin lỗi, hẹn lại (Mẫu 04)
  'attach_result', // đính kèm kết quả
  'assign_step', // phân công xử lý (which step to whom: ./assignment.ts)
  'attach_applicant_file', // the applicant adds a paper to their online dossier
] as const;

export type DossierAction = DossierCommand | (typeof IN_STATE_ACTIONS)[number];

export const DOSSIER_ACTIONS: readonly DossierAction[] = [...DOSSIER_COMMANDS, ...IN_STATE_ACTIONS];

export type StepRole = 'clerk' | 'officer' | 'approver';
export type StepKind = 'workflow' | 'inter_agency';

/** Who runs a command. */
export type Actor =
  /** the applicant (online, on their own dossier) */
  | { readonly kind: 'applicant' }
  /** the system itself, applying a legal limit */
  | { readonly kind: 'system' }
  /** a clerk of the receiving desk (Bộ phận Một cửa) */
  | { readonly kind: 'desk_clerk' }
  /** an approver of the competent unit (lãnh đạo cơ quan giải quyết) */
  | { readonly kind: 'competent_approver' }
  /** the holder of an active step: one of `roles` over the step's unit, of `stepKind` when set */
  | { readonly kind: 'step_holder'; readonly roles: readonly StepRole[]; readonly stepKind?: StepKind }
  /** the unit at fault (the active step's holder, or an approver over it), or the desk on its behalf */
  | { readonly kind: 'fault_unit_or_desk' }
  /** the head of a unit holding an active step (ASSIGNING_ROLES of ./assignment.ts over it) */
  | { readonly kind: 'step_unit_head' };

/** What must hold beyond the state and the actor. */
export type Precondition =
  /** the receipt (Mẫu 01) was issued: the legal time runs */
  | 'received'
  /** the new date may be set only once (Decree 118/2025 art. 19.6) */
  | 'apology_not_issued'
  /** from one working day before the legal due time on (domain.md §4) */
  | 'apology_window_open'
  /** a result document attached, or a paper result declared where the procedure's result is paper */
  | 'result_ready'
  /** the procedure allows a pause */
  | 'pause_allowed'
  /** nobody took the held step yet */
  | 'step_free'
  /** the held workflow step has a next one */
  | 'next_step_exists'
  /** the held workflow step has an earlier processing step to go back to */
  | 'earlier_step_exists'
  /** a result that came after the legal due time is returned only after the apology */
  | 'apology_given_if_late'
  /** an electronic return delivers an attached electronic result */
  | 'electronic_result_if_electronic_return';

export interface CommandCase {
  readonly states: readonly DossierState[];
  /** For `needs_supplement`: only when the supplement was asked at this phase. */
  readonly phase?: SupplementPhase;
  readonly actor: Actor;
  readonly requires?: readonly Precondition[];
}

export interface CommandRule {
  /** Any case that holds allows the command. */
  readonly cases: readonly CommandCase[];
  /** `transition`: the state machine gives the next state; `in_state`: the state stays. */
  readonly effect: 'transition' | 'in_state';
}

const deskClerk: Actor = { kind: 'desk_clerk' };
const competentApprover: Actor = { kind: 'competent_approver' };
const applicant: Actor = { kind: 'applicant' };
const stepHolder = (roles: readonly StepRole[], stepKind?: StepKind): Actor =>
  stepKind ? { kind: 'step_holder', roles, stepKind } : { kind: 'step_holder', roles };
const processingStaff = stepHolder(['officer', 'approver']);

export const COMMAND_TABLE: { readonly [A in DossierAction]: CommandRule } = {
  submit: { effect: 'transition', cases: [{ states: ['draft'], actor: applicant }] },
  receive: { effect: 'transition', cases: [{ states: ['submitted'], actor: deskClerk }] },
  request_supplement: {
    effect: 'transition',
    cases: [
      { states: ['submitted'], actor: deskClerk },
      { states: ['processing'], actor: processingStaff },
    ],
  },
  supplement: { effect: 'transition', cases: [{ states: ['needs_supplement'], actor: deskClerk }] },
  refuse: {
    effect: 'transition',
    cases: [
      { states: ['submitted'], actor: deskClerk },
      { states: ['needs_supplement'], phase: 'intake', actor: deskClerk },
      { states: ['processing'], actor: competentApprover },
    ],
  },
  start_processing: { effect: 'transition', cases: [{ states: ['received'], actor: deskClerk }] },
  send_inter_agency: { effect: 'transition', cases: [{ states: ['processing'], actor: processingStaff }] },
  inter_agency_done: {
    effect: 'transition',
    cases: [{ states: ['inter_agency'], actor: stepHolder(['officer', 'approver'], 'inter_agency') }],
  },
  pause: {
    effect: 'transition',
    cases: [{ states: ['processing'], actor: processingStaff, requires: ['pause_allowed'] }],
  },
  resume: { effect: 'transition', cases: [{ states: ['paused'], actor: processingStaff }] },
  resolve: {
    effect: 'transition',
    cases: [{ states: ['processing'], actor: stepHolder(['approver']), requires: ['result_ready'] }],
  },
  return_result: {
    effect: 'transition',
    cases: [
      {
        states: ['resolved'],
        actor: deskClerk,
        requires: ['apology_given_if_late', 'electronic_result_if_electronic_return'],
      },
    ],
  },
  stop: {
    effect: 'transition',
    cases: [
      { states: IN_HAND, actor: competentApprover },
      { states: ['needs_supplement'], phase: 'processing', actor: competentApprover },
    ],
  },
  withdraw: {
    effect: 'transition',
    cases: [{ states: ['submitted', 'needs_supplement', ...IN_HAND], actor: deskClerk }],
  },
  cancel: {
    effect: 'transition',
    cases: [
      { states: ['draft'], actor: applicant },
      { states: ['needs_supplement'], actor: deskClerk },
      // A supplement not made within the legal limit closes the dossier (Decree 118/2025 art. 19.5).
      { states: ['needs_supplement'], actor: { kind: 'system' } },
    ],
  },
  accept_step: {
    effect: 'in_state',
    cases: [
      {
        states: ['processing'],
        actor: stepHolder(['clerk', 'officer', 'approver']),
        requires: ['step_free'],
      },
    ],
  },
  forward: {
    effect: 'in_state',
    cases: [
      {
        states: ['processing'],
        actor: stepHolder(['clerk', 'officer'], 'workflow'),
        requires: ['next_step_exists'],
      },
    ],
  },
  send_back: {
    effect: 'in_state',
    cases: [
      {
        states: ['processing'],
        actor: stepHolder(['officer', 'approver'], 'workflow'),
        requires: ['earlier_step_exists'],
      },
    ],
  },
  issue_apology: {
    effect: 'in_state',
    cases: [
      {
        states: [...IN_HAND, 'needs_supplement', 'resolved'],
        actor: { kind: 'fault_unit_or_desk' },
        requires: ['received', 'apology_not_issued', 'apology_window_open'],
      },
    ],
  },
  attach_result: {
    effect: 'in_state',
    cases: [
      { states: ['processing'], actor: processingStaff },
      { states: ['resolved'], actor: deskClerk },
    ],
  },
  assign_step: { effect: 'in_state', cases: [{ states: IN_HAND, actor: { kind: 'step_unit_head' } }] },
  // Before the desk's decision, or when asked for more.
  attach_applicant_file: {
    effect: 'in_state',
    cases: [{ states: ['submitted', 'needs_supplement'], actor: applicant }],
  },
};

/** An active step the caller holds (one of the step's role over its unit). */
export interface HeldStep {
  readonly role: StepRole;
  readonly kind: StepKind;
  readonly workflowIndex: number | null;
  /** Who took it (nhận xử lý): nobody yet, the caller, or someone else. */
  readonly takenBy: 'nobody' | 'caller' | 'other';
}

/** What the table decides on: the dossier, the caller's place in it, and the facts it needs. */
export interface CommandFacts {
  readonly status: DossierStatus;
  readonly caller: {
    readonly isApplicant: boolean;
    readonly isSystem: boolean;
    readonly deskClerk: boolean;
    readonly competentApprover: boolean;
    /** An approver over the unit at fault: the active step's unit, else the competent unit. */
    readonly faultUnitApprover: boolean;
    /** The head of a unit holding an active step (who may assign it). */
    readonly stepUnitHead: boolean;
    readonly heldSteps: readonly HeldStep[];
  };
  readonly received: boolean;
  readonly apologyIssued: boolean;
  readonly apologyWindowOpen: boolean;
  readonly resultAttached: boolean;
  /** The procedure's result may be a paper document (the approver may declare it signed on paper). */
  readonly paperResultAllowed: boolean;
  /** What the request declares; absent when only asking what may be offered. */
  readonly paperResultDeclared?: boolean;
  /** The return asked for is electronic; absent when only asking what may be offered. */
  readonly electronicReturn?: boolean;
  readonly pauseAllowed: boolean;
  /** The result came after the legal due time and no apology was given. */
  readonly apologyOwed: boolean;
  readonly workflowLength: number;
  readonly firstProcessingStep: number;
}

export type CommandRefusal =
  | { readonly kind: 'state' }
  | { readonly kind: 'actor' }
  | { readonly kind: 'precondition'; readonly precondition: Precondition };

function caseMatchesStatus(c: CommandCase, status: DossierStatus): boolean {
  if (!c.states.includes(status.state)) return false;
  return c.phase === undefined || status.supplementPhase === c.phase;
}

/** The steps through which the caller acts in a case, or null when the actor is not theirs. */
function actingSteps(actor: Actor, facts: CommandFacts): readonly (HeldStep | null)[] | null {
  const { caller } = facts;
  switch (actor.kind) {
    case 'applicant':
      return caller.isApplicant ? [null] : null;
    case 'system':
      return caller.isSystem ? [null] : null;
    case 'desk_clerk':
      return caller.deskClerk ? [null] : null;
    case 'competent_approver':
      return caller.competentApprover ? [null] : null;
    case 'fault_unit_or_desk':
      return caller.deskClerk || caller.faultUnitApprover || caller.heldSteps.length > 0 ? [null] : null;
    case 'step_unit_head':
      return caller.stepUnitHead ? [null] : null;
    case 'step_holder': {
      // A step someone else took, or was assigned, is theirs alone.
      const held = caller.heldSteps.filter(
        (s) =>
          s.takenBy !== 'other' &&
          actor.roles.includes(s.role) &&
          (actor.stepKind === undefined || s.kind === actor.stepKind),
      );
      return held.length > 0 ? held : null;
    }
  }
}

function preconditionHolds(p: Precondition, facts: CommandFacts, step: HeldStep | null): boolean {
  switch (p) {
    case 'received':
      return facts.received;
    case 'apology_not_issued':
      return !facts.apologyIssued;
    case 'apology_window_open':
      return facts.apologyWindowOpen;
    case 'result_ready':
      return facts.resultAttached || (facts.paperResultAllowed && facts.paperResultDeclared !== false);
    case 'pause_allowed':
      return facts.pauseAllowed;
    case 'step_free':
      return step !== null && step.takenBy === 'nobody';
    case 'next_step_exists':
      return step?.workflowIndex != null && step.workflowIndex + 1 < facts.workflowLength;
    case 'earlier_step_exists':
      return step?.workflowIndex != null && step.workflowIndex > facts.firstProcessingStep;
    case 'apology_given_if_late':
      return !facts.apologyOwed;
    case 'electronic_result_if_electronic_return':
      return facts.electronicReturn !== true || facts.resultAttached;
  }
}

/**
 * Why `action` may not run now, or null when it may: the state first (409), then who the caller
 * is (403), then the first precondition that fails (409/422).
 */
export function commandRefusal(action: DossierAction, facts: CommandFacts): CommandRefusal | null {
  const inState = COMMAND_TABLE[action].cases.filter((c) => caseMatchesStatus(c, facts.status));
  if (inState.length === 0) return { kind: 'state' };
  let firstFailed: Precondition | null = null;
  let actorMatched = false;
  for (const c of inState) {
    const steps = actingSteps(c.actor, facts);
    if (steps === null) continue;
    actorMatched = true;
    for (const step of steps) {
      const failed = (c.requires ?? []).find((p) => !preconditionHolds(p, facts, step));
      if (failed === undefined) return null;
      firstFailed ??= failed;
    }
  }
  if (!actorMatched) return { kind: 'actor' };
  return { kind: 'precondition', precondition: firstFailed ?? 'received' };
}

/** Every action the caller may run now, in the table's order (the dossier page's `actions[]`). */
export function permittedActions(facts: CommandFacts): DossierAction[] {
  return DOSSIER_ACTIONS.filter((a) => commandRefusal(a, facts) === null);
}

/** The states a command applies in (any case), for the transition table's check. */
export function commandAppliesIn(action: DossierAction, status: DossierStatus): boolean {
  return COMMAND_TABLE[action].cases.some((c) => caseMatchesStatus(c, status));
}

/** The stored facts a runner reads beyond the dossier and its steps, by what preconditions ask. */
export type StoredFact = 'procedure' | 'legal_clock' | 'result_files';

const FACTS_OF_PRECONDITION: { readonly [P in Precondition]: readonly StoredFact[] } = {
  received: [],
  apology_not_issued: [],
  apology_window_open: ['legal_clock'],
  result_ready: ['result_files', 'procedure'],
  pause_allowed: ['procedure'],
  step_free: [],
  next_step_exists: ['procedure'],
  earlier_step_exists: ['procedure'],
  apology_given_if_late: ['legal_clock'],
  electronic_result_if_electronic_return: ['result_files'],
};

/** The stored facts `commandRefusal(action, …)` reads: the runner loads only these. */
export function storedFactsOf(action: DossierAction): ReadonlySet<StoredFact> {
  const preconditions = COMMAND_TABLE[action].cases.flatMap((c) => c.requires ?? []);
  return new Set(preconditions.flatMap((p) => FACTS_OF_PRECONDITION[p]));
}
