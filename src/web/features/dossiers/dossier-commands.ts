/**
 * The buttons of a dossier page: which API command each action of the server's `actions[]`
 * calls, which fields its dialog asks for, and the request body built from them. Whether an
 * action is offered is the command table's decision (`domain/dossier/command-table.ts`), as the
 * server's `actions[]` carries it; its route is the shared map's (`contracts/dossier-command-routes.ts`).
 */
import { commandRoute } from '../../../contracts/dossier-command-routes';
import type { DossierAction as TableAction } from '../../../domain/dossier/command-table';
import { provinceDateTimeToIso } from '../../i18n/format';
import type { ChecklistLine, Delivery, DossierState, DossierStep } from './types';

/** Actions the page offers, in the order of their buttons (the usual next step first). */
export const DOSSIER_ACTIONS = [
  'start_processing',
  'accept_step',
  'forward',
  'resolve',
  'receive',
  'supplement',
  'return_result',
  'inter_agency_done',
  'resume',
  'issue_apology',
  'request_supplement',
  'send_back',
  'send_inter_agency',
  'pause',
  'refuse',
  'stop',
  'withdraw',
  'cancel',
] as const satisfies readonly TableAction[];
/** An action with a button (attach_result has its own upload, submit is the citizen's). */
export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

/** What a dialog may ask for. `documents`: the checklist with "provided"; `missing`: lines to ask for. */
export type ActionField =
  | 'reason'
  | 'note'
  | 'delivery'
  | 'newAppointment'
  | 'toStep'
  | 'interAgency'
  | 'documents'
  | 'missing'
  | 'paperResult';

export type ActionTone = 'primary' | 'default' | 'danger';

export interface ActionSpec {
  readonly fields: readonly ActionField[];
  readonly tone: ActionTone;
}

const SPECS: Record<DossierAction, ActionSpec> = {
  start_processing: { fields: [], tone: 'primary' },
  accept_step: { fields: [], tone: 'primary' },
  forward: { fields: ['note'], tone: 'primary' },
  resolve: { fields: ['paperResult', 'note'], tone: 'primary' },
  receive: { fields: ['documents'], tone: 'primary' },
  supplement: { fields: ['documents', 'note'], tone: 'primary' },
  return_result: { fields: ['delivery', 'note'], tone: 'primary' },
  inter_agency_done: { fields: ['note'], tone: 'primary' },
  resume: { fields: [], tone: 'primary' },
  issue_apology: { fields: ['newAppointment', 'reason'], tone: 'default' },
  request_supplement: { fields: ['missing', 'reason'], tone: 'default' },
  send_back: { fields: ['toStep', 'reason'], tone: 'default' },
  send_inter_agency: { fields: ['interAgency'], tone: 'default' },
  pause: { fields: ['reason'], tone: 'default' },
  refuse: { fields: ['reason'], tone: 'danger' },
  stop: { fields: ['reason'], tone: 'danger' },
  withdraw: { fields: ['reason'], tone: 'danger' },
  cancel: { fields: ['reason'], tone: 'danger' },
};

export const isDossierAction = (name: string): name is DossierAction =>
  (DOSSIER_ACTIONS as readonly string[]).includes(name);

/**
 * The actions to show, in button order. Names without a button here (attach_result has its own
 * upload) are left out, and so is "send back" at the first processing step, where there is no
 * earlier one.
 */
export function actionsToShow(actions: readonly string[], steps: readonly DossierStep[]): DossierAction[] {
  return DOSSIER_ACTIONS.filter(
    (a) => actions.includes(a) && (a !== 'send_back' || sendBackTargets(steps).length > 0),
  );
}

/** The dialog of an action; on an online dossier awaiting review, a supplement request ticks the checklist. */
export function actionSpec(action: DossierAction, state: DossierState): ActionSpec {
  if (action === 'request_supplement' && state === 'submitted')
    return { fields: ['documents', 'reason'], tone: 'default' };
  return SPECS[action];
}

/** An action that runs at once, without a dialog (nothing to ask, nothing to undo). */
export const runsAtOnce = (action: DossierAction, state: DossierState): boolean =>
  actionSpec(action, state).fields.length === 0;

export interface MissingLine {
  readonly name: string;
  readonly originals: number;
  readonly copies: number;
}

/** What the dialogs collect; each action reads only its fields. */
export interface ActionValues {
  readonly reason: string;
  readonly note: string;
  readonly delivery: Delivery;
  /** A datetime-local value (YYYY-MM-DDTHH:MM), read as the province's wall-clock time. */
  readonly newAppointment: string;
  readonly toStep: number | null;
  readonly unitId: string | null;
  readonly task: string;
  readonly workingDays: number;
  readonly documents: readonly ChecklistLine[];
  readonly missing: readonly MissingLine[];
  /** The approver declares the result signed on paper (no document attached). */
  readonly paperResult: boolean;
}

export function initialValues(documents: readonly ChecklistLine[]): ActionValues {
  return {
    reason: '',
    note: '',
    delivery: 'counter',
    newAppointment: '',
    toStep: null,
    unitId: null,
    task: '',
    workingDays: 1,
    documents: documents.map((d) => ({ ...d })),
    missing: documents
      .filter((d) => !d.provided)
      .map(({ name, originals, copies }) => ({ name, originals, copies })),
    paperResult: false,
  };
}

/** The API route segment of an action (POST /api/dossiers/:id/<segment>), from the shared route map. */
export function commandPath(action: DossierAction, state: DossierState): string {
  const route = commandRoute(action, state);
  if (route === null) throw new Error(`${action} has no staff route`);
  return route;
}

/** A datetime-local value read in the province (UTC+7) as an ISO instant; null when incomplete. */
export function appointmentIso(local: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(local);
  if (!match?.[1] || !match[2]) return null;
  return provinceDateTimeToIso(match[1], match[2]);
}

/** The request body of an action, with the dossier version the caller saw. */
export function commandBody(
  action: DossierAction,
  state: DossierState,
  version: number,
  v: ActionValues,
): Record<string, unknown> {
  const reason = v.reason.trim();
  const note = v.note.trim();
  switch (action) {
    case 'start_processing':
    case 'accept_step':
    case 'resume':
      return { version };
    case 'forward':
    case 'inter_agency_done':
      return { version, note };
    case 'resolve':
      return { version, note, paperResult: v.paperResult };
    case 'receive':
      return { version, outcome: 'receive', reason: '', documents: v.documents };
    case 'request_supplement':
      return state === 'submitted'
        ? { version, outcome: 'request_supplement', reason, documents: v.documents }
        : { version, reason, missing: v.missing };
    case 'refuse':
      return state === 'submitted' ? { version, outcome: 'refuse', reason } : { version, reason };
    case 'supplement':
      return { version, documents: v.documents, note };
    case 'return_result':
      return { version, delivery: v.delivery, note };
    case 'issue_apology':
      return { version, reason, newAppointmentAt: appointmentIso(v.newAppointment) ?? '' };
    case 'send_back':
      return { version, toStep: v.toStep ?? -1, reason };
    case 'send_inter_agency':
      return { version, unitId: v.unitId ?? '', task: v.task.trim(), workingDays: v.workingDays };
    case 'pause':
    case 'stop':
    case 'withdraw':
    case 'cancel':
      return { version, reason };
  }
}

/** The smallest reason the API accepts. */
export const MIN_REASON = 3;

export type ValuesProblem = 'required' | 'too_short' | 'nothing_missing' | 'not_positive';

/** What must be fixed before sending, by field (the server checks everything again). */
export function valuesProblems(
  action: DossierAction,
  state: DossierState,
  v: ActionValues,
): Partial<
  Record<
    'reason' | 'newAppointment' | 'toStep' | 'unitId' | 'task' | 'workingDays' | 'missing',
    ValuesProblem
  >
> {
  const fields = actionSpec(action, state).fields;
  const out: Partial<Record<string, ValuesProblem>> = {};
  if (fields.includes('reason')) {
    const length = v.reason.trim().length;
    if (length === 0) out.reason = 'required';
    else if (length < MIN_REASON) out.reason = 'too_short';
  }
  if (fields.includes('newAppointment') && appointmentIso(v.newAppointment) === null)
    out.newAppointment = 'required';
  if (fields.includes('toStep') && v.toStep === null) out.toStep = 'required';
  if (fields.includes('interAgency')) {
    if (!v.unitId) out.unitId = 'required';
    if (v.task.trim().length < MIN_REASON) out.task = v.task.trim() ? 'too_short' : 'required';
    if (!(v.workingDays > 0)) out.workingDays = 'not_positive';
  }
  if (fields.includes('missing') && v.missing.filter((m) => m.name.trim()).length === 0)
    out.missing = 'nothing_missing';
  return out;
}

export interface SendBackTarget {
  readonly index: number;
  readonly name: string;
}

/**
 * The workflow steps a dossier may be sent back to: those before the current one that it went
 * through (the desk's reception is not among them), once each, in workflow order.
 */
export function sendBackTargets(steps: readonly DossierStep[]): SendBackTarget[] {
  const current = steps.find((s) => s.state === 'active' && s.kind === 'workflow');
  if (!current || current.workflowIndex === null) return [];
  const byIndex = new Map<number, string>();
  for (const step of steps) {
    if (step.kind !== 'workflow' || step.workflowIndex === null) continue;
    if (step.workflowIndex < current.workflowIndex) byIndex.set(step.workflowIndex, step.name);
  }
  return [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([index, name]) => ({ index, name }));
}
