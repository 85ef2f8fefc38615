import { type SQL, sql } from 'drizzle-orm';
import { DOSSIER_STATES, type DossierState, OPEN_STATES } from '../../../domain/dossier/state-machine';

/** A parenthesised SQL list of dossier states, spelled from the state machine's names. */
export function dossierStatesSql(states: readonly DossierState[]): SQL {
  // Only the machine's own names reach the raw SQL: nothing here comes from a request.
  for (const state of states) {
    if (!DOSSIER_STATES.includes(state)) throw new Error(`not a dossier state: ${state}`);
  }
  return sql.raw(`(${states.map((state) => `'${state}'`).join(',')})`);
}

/** The open states (`OPEN_STATES` of the state machine) as an SQL list: `d.state in ${OPEN_STATES_SQL}`. */
export const OPEN_STATES_SQL = dossierStatesSql(OPEN_STATES);
