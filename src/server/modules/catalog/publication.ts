import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { ZPublishRequest, ZWithdrawRequest } from '../../../contracts/catalog';
import { vietnameseDay } from '../../../domain/calendar/civil-date';
import {
  CONTENT_PROBLEM_TEXT,
  contentProblems,
  type ProcedureContent,
} from '../../../domain/catalog/procedure';
import { type PublicationRefusal, planPublication } from '../../../domain/catalog/version-dates';
import type { Tx } from '../../db/client';
import { procedureVersions } from '../../db/schema';
import { AppError } from '../../platform/errors';
import type { AppDeps } from '../../platform/http';
import type { Lang } from '../../platform/messages';
import type { CatalogCaller } from './admin-service';
import { bumpCatalogRevision } from './search-cache';
import { setVersion, versionCommand } from './version-commands';

/**
 * Publishing a draft from a day (today or earlier: in force at once; later: scheduled) and
 * withdrawing a version, as version commands (one transaction each, procedure locked, statuses
 * settled to today). The rules of dates are domain/catalog/version-dates.ts.
 */

/** The other versions that publishing or withdrawing touches: the one in force, the scheduled one. */
async function liveVersions(tx: Tx, procedureId: string) {
  const rows = await tx
    .select()
    .from(procedureVersions)
    .where(
      and(
        eq(procedureVersions.procedureId, procedureId),
        inArray(procedureVersions.status, ['published', 'scheduled']),
      ),
    )
    .for('update');
  return {
    current: rows.find((r) => r.status === 'published') ?? null,
    scheduled: rows.find((r) => r.status === 'scheduled') ?? null,
  };
}

function refusalError(refusal: PublicationRefusal, scheduledVersion: number | undefined): AppError {
  if (refusal.code === 'scheduled_exists') {
    return new AppError('procedure_scheduled_exists', 409, {
      version: scheduledVersion ?? 0,
      dateVi: vietnameseDay(refusal.scheduledFrom),
      dateEn: refusal.scheduledFrom,
    });
  }
  return new AppError('procedure_effective_date', 422, {
    reasonVi: `phải sau ngày bắt đầu của phiên bản đang áp dụng (${vietnameseDay(refusal.currentFrom)})`,
    reasonEn: `must be after the current version's start (${refusal.currentFrom})`,
  });
}

function problemsError(content: ProcedureContent, lang: Lang): AppError | null {
  const problems = contentProblems(content);
  if (problems.length === 0) return null;
  return new AppError(
    'procedure_invalid',
    422,
    { count: problems.length },
    problems.map((p) => ({
      path: `content.${p.path}`,
      message: CONTENT_PROBLEM_TEXT[p.code][lang],
      code: p.code,
    })),
  );
}

/**
 * Publishes a draft from `effectiveFrom` (default today). From today or earlier the version is in
 * force at once and the one in force so far is superseded the day before. From a later day it is
 * scheduled: the version in force stays what citizens see until the day before, then the
 * scheduled one takes over by itself. Dossiers keep the version they were filed under.
 */
export function publishDraft(
  deps: AppDeps,
  caller: CatalogCaller,
  versionId: string,
  request: z.infer<typeof ZPublishRequest>,
) {
  const expected = {
    statuses: ['draft'],
    rowVersion: request.rowVersion,
    action: 'catalog.version_published',
  } as const;
  return versionCommand(deps, caller, versionId, expected, async (tx, procedure, version, today) => {
    const invalid = problemsError(version.content as ProcedureContent, caller.meta.lang);
    if (invalid) throw invalid;
    const effectiveFrom = request.effectiveFrom ?? today;
    const { current, scheduled } = await liveVersions(tx, procedure.id);
    const plan = planPublication({
      today,
      effectiveFrom,
      current: current && { ...current, status: 'published' },
      scheduled: scheduled && { ...scheduled, status: 'scheduled' },
    });
    if (!plan.ok) throw refusalError(plan.refusal, scheduled?.version);
    const now = deps.clock.now();
    if (current && plan.current) {
      await setVersion(tx, current.id, {
        status: plan.current.status,
        effectiveTo: plan.current.effectiveTo,
        updatedAt: now,
        rowVersion: current.rowVersion + 1,
      });
    }
    const [row] = await setVersion(tx, versionId, {
      status: plan.status,
      effectiveFrom,
      publishedAt: now,
      updatedAt: now,
      rowVersion: version.rowVersion + 1,
    });
    await bumpCatalogRevision(tx, deps.config.PROVINCE_CODE);
    const scheduling = plan.status === 'scheduled';
    return {
      row,
      action: scheduling ? 'catalog.version_scheduled' : 'catalog.version_published',
      details: {
        effectiveFrom,
        ...(scheduling
          ? { currentEndsOn: plan.current?.effectiveTo ?? null, current: current?.version ?? null }
          : { superseded: current?.version ?? null }),
      },
    };
  });
}

/**
 * Withdraws a version. The one in force leaves the public catalog from today (the procedure is
 * no longer offered; a scheduled successor must be withdrawn first). A scheduled one is cancelled
 * before it takes effect: the version in force then stays in force with no end.
 */
export function withdrawVersion(
  deps: AppDeps,
  caller: CatalogCaller,
  versionId: string,
  request: z.infer<typeof ZWithdrawRequest>,
) {
  const expected = {
    statuses: ['published', 'scheduled'],
    rowVersion: request.rowVersion,
    action: 'catalog.version_withdrawn',
  } as const;
  return versionCommand(deps, caller, versionId, expected, async (tx, procedure, version, today) => {
    const { current, scheduled } = await liveVersions(tx, procedure.id);
    const now = deps.clock.now();
    if (version.status === 'scheduled') {
      if (current) {
        await setVersion(tx, current.id, {
          effectiveTo: null,
          updatedAt: now,
          rowVersion: current.rowVersion + 1,
        });
      }
      const [row] = await setVersion(tx, versionId, {
        status: 'withdrawn',
        updatedAt: now,
        rowVersion: version.rowVersion + 1,
      });
      await bumpCatalogRevision(tx, deps.config.PROVINCE_CODE);
      return { row, details: { reason: request.reason, scheduledFrom: version.effectiveFrom } };
    }
    if (scheduled?.effectiveFrom) {
      throw refusalError(
        { code: 'scheduled_exists', scheduledFrom: scheduled.effectiveFrom },
        scheduled.version,
      );
    }
    const [row] = await setVersion(tx, versionId, {
      status: 'withdrawn',
      effectiveTo: today,
      updatedAt: now,
      rowVersion: version.rowVersion + 1,
    });
    await bumpCatalogRevision(tx, deps.config.PROVINCE_CODE);
    return { row, details: { reason: request.reason } };
  });
}
