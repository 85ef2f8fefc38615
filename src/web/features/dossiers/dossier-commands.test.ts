import { describe, expect, it } from 'vitest';
import { commandRoute, DOSSIER_COMMAND_ROUTES } from '../../../contracts/dossier-command-routes';
import { commandAppliesIn, DOSSIER_ACTIONS as TABLE_ACTIONS } from '../../../domain/dossier/command-table';
import { DOSSIER_STATES } from '../../../domain/dossier/state-machine';
import {
  actionSpec,
  actionsToShow,
  appointmentIso,
  commandBody,
  commandPath,
  DOSSIER_ACTIONS,
  initialValues,
  runsAtOnce,
  sendBackTargets,
  valuesProblems,
} from './dossier-commands';
import type { DossierStep } from './types';

const docs = [
  { name: 'Tờ khai', originals: 1, copies: 0, provided: true },
  { name: 'Giấy chứng sinh', originals: 1, copies: 1, provided: false },
];
const values = { ...initialValues(docs), reason: 'Thiếu giấy chứng sinh', note: ' xong ' };

describe('the buttons are the command table’s actions', () => {
  it('every staff command of the table has a button, except those with their own form', () => {
    // The result upload, the assignment panel and the applicant's own upload are not buttons.
    const ownForm: readonly string[] = ['attach_result', 'assign_step', 'attach_applicant_file'];
    const staff = TABLE_ACTIONS.filter((a) => DOSSIER_COMMAND_ROUTES[a] !== null && !ownForm.includes(a));
    expect([...DOSSIER_ACTIONS].sort()).toEqual([...staff].sort());
  });

  it('a button shows only for an action the server offers, and posts to the route of its state', () => {
    for (const state of DOSSIER_STATES) {
      const shown = actionsToShow(TABLE_ACTIONS, []);
      for (const action of shown) {
        if (!commandAppliesIn(action, { state, supplementPhase: null })) continue;
        expect(commandPath(action, state)).toBe(commandRoute(action, state));
      }
      expect(actionsToShow([], [])).toEqual([]);
    }
  });
});

describe('the route of each action', () => {
  it.each([
    ['accept_step', 'processing', 'accept'],
    ['forward', 'processing', 'forward'],
    ['resolve', 'processing', 'approve'],
    ['return_result', 'resolved', 'return'],
    ['issue_apology', 'processing', 'apology'],
    ['send_back', 'processing', 'send-back'],
    ['send_inter_agency', 'processing', 'inter-agency'],
    ['inter_agency_done', 'inter_agency', 'inter-agency-done'],
    ['request_supplement', 'processing', 'request-supplement'],
    ['request_supplement', 'submitted', 'review'],
    ['receive', 'submitted', 'review'],
    ['refuse', 'submitted', 'review'],
    ['refuse', 'processing', 'refuse'],
    ['supplement', 'needs_supplement', 'supplement'],
    ['pause', 'processing', 'pause'],
    ['resume', 'paused', 'resume'],
    ['stop', 'processing', 'stop'],
    ['withdraw', 'processing', 'withdraw'],
    ['cancel', 'needs_supplement', 'cancel'],
  ] as const)('%s on a %s dossier posts to …/%s', (action, state, path) => {
    expect(commandPath(action, state)).toBe(path);
  });
});

describe('the request body of each action', () => {
  it('a desk decision on an online dossier is a review with its outcome and the ticked checklist', () => {
    expect(commandBody('receive', 'submitted', 4, values)).toEqual({
      version: 4,
      outcome: 'receive',
      reason: '',
      documents: docs,
    });
    expect(commandBody('request_supplement', 'submitted', 4, values)).toMatchObject({
      outcome: 'request_supplement',
      reason: 'Thiếu giấy chứng sinh',
    });
    expect(commandBody('refuse', 'submitted', 4, values)).toEqual({
      version: 4,
      outcome: 'refuse',
      reason: 'Thiếu giấy chứng sinh',
    });
  });

  it('a supplement request during processing lists the missing documents without the provided flag', () => {
    expect(commandBody('request_supplement', 'processing', 7, values)).toEqual({
      version: 7,
      reason: 'Thiếu giấy chứng sinh',
      missing: [{ name: 'Giấy chứng sinh', originals: 1, copies: 1 }],
    });
  });

  it('notes are trimmed and commands without fields send only the version', () => {
    expect(commandBody('forward', 'processing', 3, values)).toEqual({ version: 3, note: 'xong' });
    expect(commandBody('accept_step', 'processing', 3, values)).toEqual({ version: 3 });
    expect(commandBody('resume', 'paused', 3, values)).toEqual({ version: 3 });
  });

  it('the new appointment typed in the province is sent as an instant at UTC+7', () => {
    const body = commandBody('issue_apology', 'processing', 2, {
      ...values,
      newAppointment: '2026-12-05T10:30',
    });
    expect(body).toEqual({
      version: 2,
      reason: 'Thiếu giấy chứng sinh',
      newAppointmentAt: '2026-12-05T10:30:00+07:00',
    });
  });

  it('send back and inter-agency carry the chosen step and unit', () => {
    expect(commandBody('send_back', 'processing', 5, { ...values, toStep: 1 })).toEqual({
      version: 5,
      toStep: 1,
      reason: 'Thiếu giấy chứng sinh',
    });
    expect(
      commandBody('send_inter_agency', 'processing', 5, {
        ...values,
        unitId: 'u1',
        task: ' Xác nhận nghĩa vụ tài chính ',
        workingDays: 0.5,
      }),
    ).toEqual({ version: 5, unitId: 'u1', task: 'Xác nhận nghĩa vụ tài chính', workingDays: 0.5 });
    expect(commandBody('return_result', 'resolved', 9, { ...values, delivery: 'postal' })).toEqual({
      version: 9,
      delivery: 'postal',
      note: 'xong',
    });
  });
});

describe('which buttons show and which open a dialog', () => {
  it('keeps the known actions in button order and drops those without a button', () => {
    expect(
      actionsToShow(
        ['withdraw', 'issue_apology', 'attach_result', 'forward', 'start_processing', 'accept_step'],
        [],
      ),
    ).toEqual(['start_processing', 'accept_step', 'forward', 'issue_apology', 'withdraw']);
  });

  it('offers "send back" only when there is an earlier step to send the dossier to', () => {
    const first = [step({ workflowIndex: 1, state: 'active' })];
    const second = [step({ workflowIndex: 1 }), step({ workflowIndex: 2, state: 'active', ordinal: 2 })];
    expect(actionsToShow(['send_back', 'pause'], first)).toEqual(['pause']);
    expect(actionsToShow(['send_back', 'pause'], second)).toEqual(['send_back', 'pause']);
  });

  it('handing over, taking a step and resuming run at once; everything else asks first', () => {
    const atOnce = DOSSIER_ACTIONS.filter((a) => runsAtOnce(a, 'processing'));
    expect(atOnce).toEqual(['start_processing', 'accept_step', 'resume']);
  });

  it('a supplement request on an online dossier ticks the checklist instead of listing lines', () => {
    expect(actionSpec('request_supplement', 'submitted').fields).toContain('documents');
    expect(actionSpec('request_supplement', 'processing').fields).toContain('missing');
  });
});

describe('checks before sending', () => {
  const empty = initialValues([]);
  it('a reason is required and must be at least 3 characters', () => {
    expect(valuesProblems('refuse', 'processing', empty)).toEqual({ reason: 'required' });
    expect(valuesProblems('refuse', 'processing', { ...empty, reason: 'ab' })).toEqual({
      reason: 'too_short',
    });
    expect(valuesProblems('refuse', 'processing', { ...empty, reason: 'abc' })).toEqual({});
  });

  it('an apology needs a complete new date-time, send back a step, inter-agency a unit, task and time', () => {
    expect(
      valuesProblems('issue_apology', 'processing', {
        ...empty,
        reason: 'Chậm',
        newAppointment: '2026-12-05',
      }),
    ).toEqual({
      newAppointment: 'required',
    });
    expect(valuesProblems('send_back', 'processing', { ...empty, reason: 'Sai sót' })).toEqual({
      toStep: 'required',
    });
    expect(valuesProblems('send_inter_agency', 'processing', { ...empty, workingDays: 0 })).toEqual({
      unitId: 'required',
      task: 'required',
      workingDays: 'not_positive',
    });
  });

  it('a supplement request during processing must list at least one document', () => {
    expect(valuesProblems('request_supplement', 'processing', { ...empty, reason: 'Thiếu' })).toEqual({
      missing: 'nothing_missing',
    });
  });

  it('reads only complete datetime-local values', () => {
    expect(appointmentIso('2026-12-05T08:00')).toBe('2026-12-05T08:00:00+07:00');
    expect(appointmentIso('')).toBeNull();
    expect(appointmentIso('2026-12-05')).toBeNull();
  });
});

const step = (over: Partial<DossierStep>): DossierStep => ({
  id: 's',
  ordinal: 1,
  workflowIndex: 1,
  kind: 'workflow',
  name: 'Thẩm định',
  role: 'officer',
  unit: { id: 'u', code: 'X', name: 'Xã' },
  state: 'done',
  assignee: null,
  startedAt: '2026-11-23T01:00:00Z',
  dueAt: null,
  finishedAt: null,
  outcome: null,
  handedTo: null,
  note: null,
  ...over,
});

describe('the steps a dossier may be sent back to', () => {
  it('offers each earlier workflow step once, in workflow order, and never the current or an inter-agency one', () => {
    const steps = [
      step({ ordinal: 1, workflowIndex: 1, name: 'Thẩm định' }),
      step({ ordinal: 2, workflowIndex: 2, name: 'Kiểm tra' }),
      step({ ordinal: 3, workflowIndex: 1, name: 'Thẩm định', state: 'done' }),
      step({ ordinal: 4, workflowIndex: 2, kind: 'inter_agency', name: 'Liên thông thuế' }),
      step({ ordinal: 5, workflowIndex: 3, name: 'Phê duyệt', role: 'approver', state: 'active' }),
    ];
    expect(sendBackTargets(steps)).toEqual([
      { index: 1, name: 'Thẩm định' },
      { index: 2, name: 'Kiểm tra' },
    ]);
  });

  it('offers nothing at the first processing step or without an active workflow step', () => {
    expect(sendBackTargets([step({ state: 'active' })])).toEqual([]);
    expect(sendBackTargets([step({ state: 'done' })])).toEqual([]);
  });
});
