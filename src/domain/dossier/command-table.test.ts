import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMMAND_TABLE,
  type CommandFacts,
  commandAppliesIn,
  commandRefusal,
  DOSSIER_ACTIONS,
  type HeldStep,
  permittedActions,
  storedFactsOf,
} from './command-table';
import {
  DOSSIER_COMMANDS,
  DOSSIER_STATES,
  type DossierStatus,
  type SupplementPhase,
  transition,
} from './state-machine';

const noOne = {
  isApplicant: false,
  isSystem: false,
  deskClerk: false,
  competentApprover: false,
  faultUnitApprover: false,
  stepUnitHead: false,
  heldSteps: [] as HeldStep[],
};

/** A dossier in processing at the officer's step, received, within its time, for nobody yet. */
const facts = (
  over: Partial<CommandFacts> = {},
  caller: Partial<CommandFacts['caller']> = {},
): CommandFacts => ({
  status: { state: 'processing', supplementPhase: null },
  caller: { ...noOne, ...caller },
  received: true,
  apologyIssued: false,
  apologyWindowOpen: false,
  resultAttached: false,
  paperResultAllowed: true,
  pauseAllowed: false,
  apologyOwed: false,
  workflowLength: 3,
  firstProcessingStep: 1,
  ...over,
});
const step = (over: Partial<HeldStep> = {}): HeldStep => ({
  role: 'officer',
  kind: 'workflow',
  workflowIndex: 1,
  takenBy: 'nobody',
  ...over,
});
const at = (
  state: DossierStatus['state'],
  supplementPhase: SupplementPhase | null = null,
): DossierStatus => ({
  state,
  supplementPhase,
});

const EVERY_STATUS: DossierStatus[] = DOSSIER_STATES.flatMap((state) =>
  state === 'needs_supplement' ? [at(state, 'intake'), at(state, 'processing')] : [at(state)],
);

describe('the command table and the state machine', () => {
  it('describes every command and every in-state action', () => {
    expect(Object.keys(COMMAND_TABLE).sort()).toEqual([...DOSSIER_ACTIONS].sort());
    for (const command of DOSSIER_COMMANDS) expect(COMMAND_TABLE[command].effect).toBe('transition');
  });

  it.each(DOSSIER_COMMANDS.flatMap((c) => EVERY_STATUS.map((s) => [c, s.state, s.supplementPhase] as const)))(
    '%s applies in %s (%s) exactly when the transition table has a next state',
    (command, state, phase) => {
      const status = at(state, phase);
      expect(commandAppliesIn(command, status)).toBe(transition(status, command) !== null);
    },
  );

  it('in-state actions never apply in a final state', () => {
    for (const action of DOSSIER_ACTIONS.filter((a) => COMMAND_TABLE[a].effect === 'in_state'))
      for (const state of ['returned', 'refused', 'stopped', 'withdrawn', 'cancelled'] as const)
        expect(commandAppliesIn(action, at(state))).toBe(false);
  });
});

describe('who may run a command', () => {
  it('refuses by state first, then by actor, then by precondition', () => {
    expect(commandRefusal('receive', facts({}, { deskClerk: true }))).toEqual({ kind: 'state' });
    expect(commandRefusal('forward', facts())).toEqual({ kind: 'actor' });
    expect(commandRefusal('forward', facts({ workflowLength: 2 }, { heldSteps: [step()] }))).toEqual({
      kind: 'precondition',
      precondition: 'next_step_exists',
    });
  });

  it('the desk clerk receives an online dossier; an officer of the unit does not', () => {
    const submitted = { status: at('submitted') };
    expect(commandRefusal('receive', facts(submitted, { deskClerk: true }))).toBeNull();
    expect(commandRefusal('receive', facts(submitted, { heldSteps: [step()] }))).toEqual({ kind: 'actor' });
  });

  it('only the head of a unit holding an active step assigns it, while the dossier is in hand', () => {
    expect(commandRefusal('assign_step', facts({}, { stepUnitHead: true }))).toBeNull();
    expect(commandRefusal('assign_step', facts({}, { heldSteps: [step()] }))).toEqual({ kind: 'actor' });
    expect(commandRefusal('assign_step', facts({ status: at('resolved') }, { stepUnitHead: true }))).toEqual({
      kind: 'state',
    });
  });

  it('a step is taken once; forwarded by its clerk or officer, never by the approver', () => {
    expect(commandRefusal('accept_step', facts({}, { heldSteps: [step()] }))).toBeNull();
    expect(commandRefusal('accept_step', facts({}, { heldSteps: [step({ takenBy: 'caller' })] }))).toEqual({
      kind: 'precondition',
      precondition: 'step_free',
    });
    // A step someone else took, or was assigned, is theirs alone.
    for (const action of ['accept_step', 'forward', 'send_back', 'resolve'] as const)
      expect(commandRefusal(action, facts({}, { heldSteps: [step({ takenBy: 'other' })] }))).toEqual({
        kind: 'actor',
      });
    expect(commandRefusal('forward', facts({}, { heldSteps: [step()] }))).toBeNull();
    expect(commandRefusal('forward', facts({}, { heldSteps: [step({ role: 'approver' })] }))).toEqual({
      kind: 'actor',
    });
  });

  it('sends back only to an earlier processing step', () => {
    const approver = step({ role: 'approver', workflowIndex: 2 });
    expect(commandRefusal('send_back', facts({}, { heldSteps: [approver] }))).toBeNull();
    expect(commandRefusal('send_back', facts({}, { heldSteps: [step({ role: 'approver' })] }))).toEqual({
      kind: 'precondition',
      precondition: 'earlier_step_exists',
    });
  });

  it('pauses only where the procedure allows', () => {
    expect(commandRefusal('pause', facts({}, { heldSteps: [step()] }))).toEqual({
      kind: 'precondition',
      precondition: 'pause_allowed',
    });
    expect(commandRefusal('pause', facts({ pauseAllowed: true }, { heldSteps: [step()] }))).toBeNull();
  });

  it('the system cancels an expired supplement, and nothing else', () => {
    const system = { isSystem: true };
    expect(permittedActions(facts({ status: at('needs_supplement', 'intake') }, system))).toEqual(['cancel']);
    expect(permittedActions(facts({}, system))).toEqual([]);
  });
});

describe('the apology and new appointment (Mẫu 04)', () => {
  const open = { apologyWindowOpen: true };

  it('is not for a dossier never received, even by its desk', () => {
    const submitted = facts({ ...open, status: at('submitted'), received: false }, { deskClerk: true });
    expect(commandRefusal('issue_apology', submitted)).toEqual({ kind: 'state' });
    const atIntake = facts(
      { ...open, status: at('needs_supplement', 'intake'), received: false },
      { deskClerk: true },
    );
    expect(commandRefusal('issue_apology', atIntake)).toEqual({
      kind: 'precondition',
      precondition: 'received',
    });
  });

  it('opens one working day before the legal due time', () => {
    expect(commandRefusal('issue_apology', facts({}, { deskClerk: true }))).toEqual({
      kind: 'precondition',
      precondition: 'apology_window_open',
    });
    expect(commandRefusal('issue_apology', facts(open, { deskClerk: true }))).toBeNull();
  });

  it('is issued once', () => {
    expect(
      commandRefusal('issue_apology', facts({ ...open, apologyIssued: true }, { deskClerk: true })),
    ).toEqual({
      kind: 'precondition',
      precondition: 'apology_not_issued',
    });
  });

  it('by the unit at fault or the desk, not by an officer who already handed the dossier on', () => {
    expect(commandRefusal('issue_apology', facts(open, { heldSteps: [step()] }))).toBeNull();
    expect(commandRefusal('issue_apology', facts(open, { faultUnitApprover: true }))).toBeNull();
    expect(commandRefusal('issue_apology', facts(open))).toEqual({ kind: 'actor' });
  });

  it('is not issued once the result is returned', () => {
    expect(
      commandRefusal('issue_apology', facts({ ...open, status: at('returned') }, { deskClerk: true })),
    ).toEqual({ kind: 'state' });
  });
});

describe('the result', () => {
  const approver = { heldSteps: [step({ role: 'approver', workflowIndex: 2 })] };

  it('is approved with an attached document, or a declared paper result where the result may be paper', () => {
    expect(
      commandRefusal('resolve', facts({ resultAttached: true, paperResultDeclared: false }, approver)),
    ).toBeNull();
    expect(commandRefusal('resolve', facts({ paperResultDeclared: true }, approver))).toBeNull();
    expect(commandRefusal('resolve', facts({ paperResultDeclared: false }, approver))).toEqual({
      kind: 'precondition',
      precondition: 'result_ready',
    });
    expect(
      commandRefusal('resolve', facts({ paperResultDeclared: true, paperResultAllowed: false }, approver)),
    ).toEqual({ kind: 'precondition', precondition: 'result_ready' });
  });

  it('is offered for approval when a paper result may still be declared', () => {
    expect(permittedActions(facts({}, approver))).toContain('resolve');
    expect(permittedActions(facts({ paperResultAllowed: false }, approver))).not.toContain('resolve');
  });

  it('goes back electronically only when an electronic result is attached', () => {
    const resolved = { status: at('resolved'), electronicReturn: true };
    expect(commandRefusal('return_result', facts(resolved, { deskClerk: true }))).toEqual({
      kind: 'precondition',
      precondition: 'electronic_result_if_electronic_return',
    });
    expect(
      commandRefusal('return_result', facts({ ...resolved, resultAttached: true }, { deskClerk: true })),
    ).toBeNull();
    expect(
      commandRefusal('return_result', facts({ ...resolved, electronicReturn: false }, { deskClerk: true })),
    ).toBeNull();
  });

  it('a late result goes back only after the apology', () => {
    const late = facts({ status: at('resolved'), apologyOwed: true }, { deskClerk: true });
    expect(commandRefusal('return_result', late)).toEqual({
      kind: 'precondition',
      precondition: 'apology_given_if_late',
    });
  });
});

describe('the stored facts a command reads', () => {
  /** The facts as the runner leaves them when it does not load a stored fact. */
  const unread = (f: CommandFacts, read: ReadonlySet<string>): CommandFacts => ({
    ...f,
    ...(read.has('procedure')
      ? {}
      : { paperResultAllowed: false, pauseAllowed: false, workflowLength: 0, firstProcessingStep: 0 }),
    ...(read.has('legal_clock') ? {} : { apologyOwed: false }),
    ...(read.has('result_files') ? {} : { resultAttached: false }),
  });

  it('are all a command’s answer depends on: leaving the others unread never changes it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DOSSIER_ACTIONS),
        fc.constantFrom(...EVERY_STATUS),
        fc.record({
          resultAttached: fc.boolean(),
          paperResultAllowed: fc.boolean(),
          pauseAllowed: fc.boolean(),
          apologyOwed: fc.boolean(),
          apologyWindowOpen: fc.boolean(),
          workflowLength: fc.integer({ min: 0, max: 5 }),
          firstProcessingStep: fc.integer({ min: 0, max: 4 }),
          electronicReturn: fc.boolean(),
        }),
        fc.record({
          role: fc.constantFrom('officer' as const, 'approver' as const),
          workflowIndex: fc.integer({ min: 0, max: 4 }),
          takenBy: fc.constantFrom('nobody' as const, 'caller' as const, 'other' as const),
        }),
        fc.boolean(),
        (action, status, stored, held, clerk) => {
          const all = facts(
            { ...stored, status },
            { deskClerk: clerk, competentApprover: true, heldSteps: [step(held)] },
          );
          expect(commandRefusal(action, unread(all, storedFactsOf(action)))).toEqual(
            commandRefusal(action, all),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('are none for taking a step, the procedure for forwarding, files and procedure for approving', () => {
    expect([...storedFactsOf('accept_step')]).toEqual([]);
    expect([...storedFactsOf('forward')]).toEqual(['procedure']);
    expect(new Set(storedFactsOf('resolve'))).toEqual(new Set(['result_files', 'procedure']));
  });
});
