/** English strings of a procedure's time rules in the version editor (`catalog.rules`). */
export const catalogRulesEn = {
  pauseAllowed: 'Processing may be paused',
  pauseAllowedHint:
    'Where the procedure’s legal text allows it (financial obligation, verification): the time stops.',
  supplementPolicy: 'When a supplement is asked for during processing',
  policies: {
    restart: 'The time restarts from zero once the dossier is complete (default, Decree 118/2025 art. 19)',
    pause: 'The time left is kept (where the procedure’s own text says so)',
  },
};
