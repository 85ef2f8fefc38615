/**
 * Where a PAR-index scoring round stands and who may do what on a unit's score sheet: the one
 * rule the API enforces and the screens show (issue "Administrative-reform management", part 4).
 */

export type ScoringStage = 'not_open' | 'self_assessment' | 'appraisal' | 'published';

export interface RoundWindow {
  /** First and last day (province dates, inclusive) units self-score. */
  readonly entryOpensOn: string;
  readonly entryClosesOn: string;
  readonly published: boolean;
}

/** The stage on `today` (a province date, YYYY-MM-DD): publication ends everything. */
export function scoringStage(round: RoundWindow, today: string): ScoringStage {
  if (round.published) return 'published';
  if (today < round.entryOpensOn) return 'not_open';
  if (today <= round.entryClosesOn) return 'self_assessment';
  return 'appraisal';
}

/** Who the caller is for one unit's sheet in one round. */
export interface SheetParty {
  /** The caller acts for the scored unit (its staff). */
  readonly actsForUnit: boolean;
  /** The caller is on the council for this unit. */
  readonly councilMember: boolean;
  /** The unit has sent its self-assessment to the council. */
  readonly submitted: boolean;
}

export interface SheetPermissions {
  /** Write self-scores, evidence and explanations. */
  readonly selfScore: boolean;
  readonly submit: boolean;
  /** Score and comment as the council, return a criterion for explanation. */
  readonly appraise: boolean;
  /** Answer a criterion the council returned. */
  readonly answer: boolean;
}

/**
 * What the caller may do on the sheet: their part (the unit's staff, the unit's council) and a
 * stage that allows it (`stageRefusal`).
 */
export function sheetPermissions(stage: ScoringStage, party: SheetParty): SheetPermissions {
  const allowed = (action: keyof SheetPermissions) => stageRefusal(stage, party.submitted, action) === null;
  return {
    selfScore: party.actsForUnit && allowed('selfScore'),
    submit: party.actsForUnit && allowed('submit'),
    appraise: party.councilMember && allowed('appraise'),
    answer: party.actsForUnit && allowed('answer'),
  };
}

/** Why a write on a sheet is refused, in the order a person would want to hear it. */
export type SheetRefusal = 'published' | 'not_open' | 'window_closed' | 'submitted' | 'not_submitted';

/**
 * The reason the round's stage refuses an action, or null: units self-score in the window until
 * they submit; the council appraises a unit once it has submitted or the window has closed; a unit
 * answers returns until publication; nothing changes once published.
 */
export function stageRefusal(
  stage: ScoringStage,
  submitted: boolean,
  action: keyof SheetPermissions,
): SheetRefusal | null {
  if (stage === 'published') return 'published';
  if (stage === 'not_open') return 'not_open';
  switch (action) {
    case 'selfScore':
    case 'submit':
      if (stage === 'appraisal') return 'window_closed';
      return submitted ? 'submitted' : null;
    case 'appraise':
      return stage === 'self_assessment' && !submitted ? 'not_submitted' : null;
    case 'answer':
      return null;
  }
}

/** Why a round's criteria and bands may no longer change, or null while they may. */
export type CriteriaEditRefusal = 'published' | 'opened' | 'scored';

/**
 * The criteria and bands are the rules units score against: they change only before the
 * self-assessment opens and while no score exists (a window moved later does not reopen them once
 * a unit or the survey has scored).
 */
export function criteriaEditRefusal(stage: ScoringStage, scored: boolean): CriteriaEditRefusal | null {
  if (stage === 'published') return 'published';
  if (stage !== 'not_open') return 'opened';
  return scored ? 'scored' : null;
}
