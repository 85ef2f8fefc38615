import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { type DossierState, OPEN_STATES } from '../../../domain/dossier/state-machine';
import { dossierStatesSql, OPEN_STATES_SQL } from './state-sql';

const dialect = new PgDialect();

describe('dossier states in SQL', () => {
  it('spells the open states of the state machine, and only them', () => {
    const text = dialect.sqlToQuery(OPEN_STATES_SQL).sql;
    expect(text).toBe(`(${OPEN_STATES.map((s) => `'${s}'`).join(',')})`);
  });

  it('refuses a name that is not a dossier state', () => {
    expect(() => dossierStatesSql(["received') or (true" as DossierState])).toThrow(/not a dossier state/);
  });
});
