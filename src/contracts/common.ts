import { z } from 'zod';
import { ROLES } from '../domain/identity/roles';

export const ZRole = z.enum(ROLES);
export const ZUuid = z.uuid();
export const ZIsoDate = z.iso.date();

/** RFC 9457 problem details, with our stable code and the field errors of a failed validation. */
export const ZProblem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    instance: z.string().optional(),
    requestId: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string(), code: z.string().optional() })),
  })
  .meta({ id: 'Problem' });

export const ZPageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const problemResponses = {
  400: ZProblem,
  401: ZProblem,
  403: ZProblem,
  404: ZProblem,
  409: ZProblem,
  413: ZProblem,
  415: ZProblem,
  422: ZProblem,
  423: ZProblem,
  429: ZProblem,
} as const;

export const ZOk = z.object({ ok: z.literal(true) });
