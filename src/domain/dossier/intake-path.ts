import {
  type DossierCommand,
  type DossierStatus,
  INITIAL_STATUS,
  type SupplementPhase,
  transition,
} from './state-machine';

/**
 * The one transition path of an intake decision (domain.md §4), at the counter and in the online
 * review alike: a received dossier is handed at once to the competent unit (receive, then
 * start_processing); a supplement request (Mẫu 02) or a refusal (Mẫu 03) is one command.
 */

export type IntakeOutcome = 'receive' | 'request_supplement' | 'refuse';

/** One command of the path and the status it leads to. */
export interface IntakeStep {
  readonly command: DossierCommand;
  readonly after: DossierStatus;
}

/** The commands an intake decision applies to a submitted dossier, in order. */
export function intakeCommands(outcome: IntakeOutcome): readonly DossierCommand[] {
  return outcome === 'receive' ? ['receive', 'start_processing'] : [outcome];
}

/**
 * The intake decision applied through `transition` from `start`; throws when the state machine
 * refuses a command of the path (the caller checked the command table first, so that is a bug).
 */
export function intakePath(start: DossierStatus, outcome: IntakeOutcome): readonly IntakeStep[] {
  const steps: IntakeStep[] = [];
  let current = start;
  for (const command of intakeCommands(outcome)) {
    const after = transition(current, command);
    if (!after) throw new Error(`the state machine refuses ${command} in ${current.state}`);
    steps.push({ command, after });
    current = after;
  }
  return steps;
}

/**
 * A dossier handed in at the counter: submitted and decided in the same instant. Its events are
 * the decision's; the submission is the status they start from (the draft's `submit`).
 */
export function counterIntakePath(outcome: IntakeOutcome): readonly IntakeStep[] {
  const submitted = transition(INITIAL_STATUS, 'submit');
  if (!submitted) throw new Error('a draft may be submitted');
  return intakePath(submitted, outcome);
}

/** Where a path ends: the dossier's status once the decision is applied. */
export function statusAfter(path: readonly IntakeStep[]): {
  state: DossierStatus['state'];
  supplementPhase: SupplementPhase | null;
} {
  const last = path.at(-1);
  if (!last) throw new Error('an intake path has a command');
  return last.after;
}
