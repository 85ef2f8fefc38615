import { z } from 'zod';
import { ZUuid } from './common';

/** Assign (or reassign, with a reason) an open step of the dossier to a person of its unit. */
export const ZAssignStepRequest = z.strictObject({
  version: z.number().int().min(1),
  stepId: ZUuid,
  assigneeId: ZUuid,
  /** Required when the step already has someone. */
  reason: z.string().trim().max(2000).default(''),
});

export const ZPersonRef = z.object({ id: ZUuid, name: z.string() });

/** The dossier's open steps as the caller may assign them, and every assignment so far. */
export const ZDossierAssignments = z
  .object({
    steps: z.array(
      z.object({
        stepId: ZUuid,
        name: z.string(),
        unit: z.string(),
        role: z.enum(['clerk', 'officer', 'approver']),
        assignee: ZPersonRef.nullable(),
        /** The caller heads the step's unit and may (re)assign it. */
        canAssign: z.boolean(),
        /** People of the unit holding the step's role (only when `canAssign`). */
        candidates: z.array(ZPersonRef),
      }),
    ),
    history: z.array(
      z.object({
        at: z.string(),
        stepName: z.string(),
        assignee: z.string(),
        previousAssignee: z.string().nullable(),
        by: z.string(),
        reason: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'DossierAssignments' });

export type DossierAssignmentsDto = z.infer<typeof ZDossierAssignments>;
