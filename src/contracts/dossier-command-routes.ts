/**
 * The route of every dossier command (POST /api/dossiers/:id/<segment>): the server registers
 * its routes from this map and the web's buttons post to it, so a command without a route, or a
 * route without a command of the table, fails to compile.
 */
import type { DossierAction } from '../domain/dossier/command-table';
import type { DossierState } from '../domain/dossier/state-machine';

export const DOSSIER_COMMAND_ROUTES = {
  // The citizen's own submission and draft cancel belong to the online service, not these routes.
  submit: null,
  receive: 'review',
  request_supplement: 'request-supplement',
  supplement: 'supplement',
  refuse: 'refuse',
  start_processing: 'start-processing',
  send_inter_agency: 'inter-agency',
  inter_agency_done: 'inter-agency-done',
  pause: 'pause',
  resume: 'resume',
  resolve: 'approve',
  return_result: 'return',
  stop: 'stop',
  withdraw: 'withdraw',
  cancel: 'cancel',
  accept_step: 'accept',
  forward: 'forward',
  send_back: 'send-back',
  issue_apology: 'apology',
  attach_result: 'results',
  assign_step: 'assign',
  attach_applicant_file: 'applicant-files',
} as const satisfies Record<DossierAction, string | null>;

/** The desk's decisions on a dossier awaiting review go through one route, as its outcome. */
export const REVIEW_OUTCOMES = ['receive', 'request_supplement', 'refuse'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/** The route segment a command posts to in a state (null: not a staff route). */
export function commandRoute(action: DossierAction, state: DossierState): string | null {
  if (state === 'submitted' && (REVIEW_OUTCOMES as readonly string[]).includes(action))
    return DOSSIER_COMMAND_ROUTES.receive;
  return DOSSIER_COMMAND_ROUTES[action];
}
