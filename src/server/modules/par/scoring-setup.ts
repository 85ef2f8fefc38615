import type { z } from 'zod';
import type { ZCreateRoundRequest, ZCriterionInput } from '../../../contracts/par-scoring';
import {
  bandsHighestFirst,
  criteriaTreeFromList,
  validateRoundSetup,
} from '../../../domain/par/criteria-editing';
import { criteriaTemplate } from '../../../domain/par/criteria-templates';
import { DEMO_SCORE_BANDS, type ScoreBand } from '../../../domain/par/score-bands';
import type { CriteriaTree, ParProblem } from '../../../domain/par/scoring';
import type { DbOrTx } from '../../db/client';
import { AppError } from '../../platform/errors';
import type { AppDeps } from '../../platform/http';
import { reformMetrics } from './metrics';
import { bandsOf, criteriaOf, findRound } from './scoring-repo';

/** A round's criteria tree and bands as given: where they come from, and the one check they pass. */

type CriterionInput = z.infer<typeof ZCriterionInput>;

function invalid(problems: readonly ParProblem[], path: (p: ParProblem) => string): AppError {
  return new AppError(
    'par_scoring_invalid',
    422,
    {
      reasonVi: problems.map((p) => p.vi).join('; '),
      reasonEn: problems.map((p) => p.en).join('; '),
    },
    problems.map((p) => ({ path: path(p), message: p.en, code: p.code })),
  );
}

/** The tree from the flat list, with metrics the system knows; a problem names its row. */
export function treeFromInput(deps: AppDeps, list: readonly CriterionInput[]): CriteriaTree {
  const built = criteriaTreeFromList(list);
  if ('problem' in built) throw invalid([built.problem], () => `criteria.${built.problem.index}`);
  const metricCodes = new Set(reformMetrics(deps.config).map((m) => m.code));
  const unknown = list.findIndex((c) => c.metricCode && !metricCodes.has(c.metricCode));
  const entry = list[unknown];
  if (entry) {
    const reason = `${entry.code}: ${entry.metricCode}`;
    throw new AppError(
      'par_scoring_unknown_metric',
      422,
      { code: entry.code, metric: entry.metricCode ?? '' },
      [{ path: `criteria.${unknown}.metricCode`, message: reason, code: 'unknown_metric' }],
    );
  }
  return built.tree;
}

/** Refuses a setup the domain finds a problem in (422, every problem named). */
export function assertValidSetup(tree: CriteriaTree, bands: readonly ScoreBand[]): void {
  const problems = validateRoundSetup(tree, bands);
  if (problems.length > 0) throw invalid(problems, (p) => (p.code in BAND_CODES ? 'bands' : 'criteria'));
}

const BAND_CODES = { no_bands: 1, no_zero_band: 1, invalid_min: 1, duplicate_min: 1 } as const;

/**
 * A new round's criteria and bands: the group's demo template, a copy of another round of the same
 * group (its tree and bands), or the list given; bands given replace the source's.
 */
export async function newRoundSetup(
  deps: AppDeps,
  db: DbOrTx,
  input: z.infer<typeof ZCreateRoundRequest>,
): Promise<{ tree: CriteriaTree; bands: readonly ScoreBand[] }> {
  let tree: CriteriaTree;
  let bands: readonly ScoreBand[] = DEMO_SCORE_BANDS;
  if (input.copyFrom) {
    const source = await findRound(db, deps.config.PROVINCE_CODE, input.copyFrom);
    if (source.groupCode !== input.group)
      throw new AppError('par_scoring_copy_other_group', 422, {}, [
        { path: 'copyFrom', message: 'a round of another group', code: 'other_group' },
      ]);
    tree = criteriaOf(source);
    bands = bandsOf(source);
  } else if (input.template) tree = criteriaTemplate(input.template);
  else tree = treeFromInput(deps, input.criteria ?? []);
  const chosen = bandsHighestFirst(input.bands ?? bands);
  assertValidSetup(tree, chosen);
  return { tree, bands: chosen };
}
