import { describe, expect, it } from 'vitest';
import { COMMAND_TABLE } from './command-table';
import { counterIntakePath, intakePath, statusAfter } from './intake-path';
import { DOSSIER_STATES, type DossierStatus, transition } from './state-machine';

const submitted: DossierStatus = { state: 'submitted', supplementPhase: null };

describe('the intake decision’s transition path', () => {
  it('receives and hands over at once', () => {
    expect(intakePath(submitted, 'receive')).toEqual([
      { command: 'receive', after: { state: 'received', supplementPhase: null } },
      { command: 'start_processing', after: { state: 'processing', supplementPhase: null } },
    ]);
  });

  it('asks for a supplement before receipt', () => {
    expect(intakePath(submitted, 'request_supplement')).toEqual([
      { command: 'request_supplement', after: { state: 'needs_supplement', supplementPhase: 'intake' } },
    ]);
  });

  it('refuses in one command', () => {
    expect(statusAfter(intakePath(submitted, 'refuse'))).toEqual({ state: 'refused', supplementPhase: null });
  });

  it('at the counter starts from the draft’s submission and ends where the online review does', () => {
    for (const outcome of ['receive', 'request_supplement', 'refuse'] as const) {
      expect(counterIntakePath(outcome)).toEqual(intakePath(submitted, outcome));
    }
  });

  it('is refused from every state the state machine does not receive from', () => {
    for (const state of DOSSIER_STATES.filter((s) => s !== 'submitted')) {
      const start = { state, supplementPhase: null };
      if (transition(start, 'receive') === null)
        expect(() => intakePath(start, 'receive')).toThrow(/refuses receive/);
    }
  });

  it('takes each command from a state the command table lists for it', () => {
    for (const outcome of ['receive', 'request_supplement', 'refuse'] as const) {
      let before = submitted;
      for (const step of intakePath(submitted, outcome)) {
        const rule = COMMAND_TABLE[step.command];
        expect(rule.effect).toBe('transition');
        expect(rule.cases.some((c) => c.states.includes(before.state))).toBe(true);
        before = step.after;
      }
    }
  });
});
