import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedCommands,
  clockRunsIn,
  DOSSIER_COMMANDS,
  DOSSIER_STATES,
  type DossierCommand,
  type DossierStatus,
  FINAL_STATES,
  INITIAL_STATUS,
  OPEN_STATES,
  replay,
  transition,
} from './state-machine';

/**
 * The full transition table, written out by hand from domain.md §4: every allowed
 * (status, command) pair and its target; every pair not listed must be refused.
 * `needs_supplement@intake` is a supplement request before receipt, `@processing` during it.
 */
const ALLOWED: Record<string, Partial<Record<DossierCommand, string>>> = {
  draft: { submit: 'submitted', cancel: 'cancelled' },
  submitted: {
    receive: 'received',
    request_supplement: 'needs_supplement@intake',
    refuse: 'refused',
    withdraw: 'withdrawn',
  },
  'needs_supplement@intake': {
    supplement: 'submitted',
    refuse: 'refused',
    withdraw: 'withdrawn',
    cancel: 'cancelled',
  },
  'needs_supplement@processing': {
    supplement: 'processing',
    stop: 'stopped',
    withdraw: 'withdrawn',
    cancel: 'cancelled',
  },
  received: { start_processing: 'processing', stop: 'stopped', withdraw: 'withdrawn' },
  processing: {
    request_supplement: 'needs_supplement@processing',
    refuse: 'refused',
    send_inter_agency: 'inter_agency',
    pause: 'paused',
    resolve: 'resolved',
    stop: 'stopped',
    withdraw: 'withdrawn',
  },
  inter_agency: { inter_agency_done: 'processing', stop: 'stopped', withdraw: 'withdrawn' },
  paused: { resume: 'processing', stop: 'stopped', withdraw: 'withdrawn' },
  resolved: { return_result: 'returned' },
  returned: {},
  refused: {},
  stopped: {},
  withdrawn: {},
  cancelled: {},
};

const parse = (key: string): DossierStatus => {
  const [state, phase] = key.split('@');
  return {
    state: state as DossierStatus['state'],
    supplementPhase: (phase as DossierStatus['supplementPhase']) ?? null,
  };
};
const key = (s: DossierStatus) => (s.supplementPhase ? `${s.state}@${s.supplementPhase}` : s.state);

describe('the open states', () => {
  it('are every state but a draft, a resolved dossier and the final ones', () => {
    const closed = new Set(['draft', 'resolved', ...FINAL_STATES]);
    expect(new Set(OPEN_STATES)).toEqual(new Set(DOSSIER_STATES.filter((s) => !closed.has(s))));
  });

  it('are exactly the states the applicant may withdraw from', () => {
    const withdrawable = Object.keys(ALLOWED)
      .map(parse)
      .filter((s) => transition(s, 'withdraw') !== null)
      .map((s) => s.state);
    expect(new Set(withdrawable)).toEqual(new Set(OPEN_STATES));
  });
});

describe('the dossier state machine', () => {
  it('covers every state', () => {
    expect(new Set(Object.keys(ALLOWED).map((k) => parse(k).state))).toEqual(new Set(DOSSIER_STATES));
  });

  for (const from of Object.keys(ALLOWED)) {
    for (const command of DOSSIER_COMMANDS) {
      const expected = ALLOWED[from]?.[command];
      it(`${from} + ${command} → ${expected ?? 'refused'}`, () => {
        const next = transition(parse(from), command);
        expect(next === null ? 'refused' : key(next)).toBe(expected ?? 'refused');
      });
    }
  }

  it('lists the allowed commands of a status in table order', () => {
    expect(allowedCommands(parse('processing'))).toEqual([
      'request_supplement',
      'refuse',
      'send_inter_agency',
      'pause',
      'resolve',
      'stop',
      'withdraw',
    ]);
    for (const state of FINAL_STATES) expect(allowedCommands({ state, supplementPhase: null })).toEqual([]);
  });

  it('runs the clock only while the work is with an agency', () => {
    expect(DOSSIER_STATES.filter((s) => clockRunsIn(s) === 'running')).toEqual([
      'received',
      'processing',
      'inter_agency',
    ]);
    expect(DOSSIER_STATES.filter((s) => clockRunsIn(s) === 'stopped')).toEqual([
      'draft',
      'submitted',
      'needs_supplement',
      'paused',
    ]);
  });

  it('replays a happy path and names the first refused command', () => {
    const path: DossierCommand[] = [
      'submit',
      'receive',
      'start_processing',
      'send_inter_agency',
      'inter_agency_done',
      'resolve',
      'return_result',
    ];
    expect(replay(INITIAL_STATUS, path)).toEqual({
      ok: true,
      status: { state: 'returned', supplementPhase: null },
    });
    expect(replay(INITIAL_STATUS, ['submit', 'resolve'])).toEqual({ ok: false, refusedAt: 1 });
  });

  it('never leaves a final state and never keeps a supplement phase outside needs_supplement (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...DOSSIER_COMMANDS), { maxLength: 60 }), (commands) => {
        let current: DossierStatus = INITIAL_STATUS;
        for (const command of commands) {
          const next = transition(current, command);
          if (FINAL_STATES.has(current.state)) expect(next).toBeNull();
          if (next === null) continue;
          expect(next.supplementPhase !== null).toBe(next.state === 'needs_supplement');
          current = next;
        }
      }),
    );
  });
});
