import { z } from 'zod';
import { ROLES } from '../domain/identity/roles';

export const ZRole = z.enum(ROLES);
export const ZUuid = z.uuid();
export const ZIsoDate = z.iso.date();

/**
 * RFC 9457 problem details, with our stable code and the field errors of a failed validation. The
 * texts are in the request's language: Vietnamese by default, English when Accept-Language asks.
 */
export const ZProblem = z
  .object({
    type: z.string().describe('A URI naming the problem: https://motcua.gov.vn/problems/<code with dashes>'),
    title: z
      .string()
      .describe('The status in words, in the request’s language (vi by default, en on request)'),
    status: z.number().int().describe('The HTTP status'),
    detail: z.string().describe('What went wrong and what to do, in the request’s language (vi or en)'),
    code: z
      .string()
      .describe('Stable code to branch on (validation_failed, version_conflict, csrf_failed, …)'),
    instance: z.string().optional().describe('The path of the request'),
    requestId: z.string().describe('The x-request-id of the answer, to quote to support'),
    errors: z
      .array(z.object({ path: z.string(), message: z.string(), code: z.string().optional() }))
      .describe(
        'One entry per field or row at fault (path such as body.findings.1.dueDate); empty otherwise',
      ),
  })
  .meta({ id: 'Problem' });

export const ZPageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

/**
 * The serializers of a route's problem answers. Which of them the OpenAPI document lists is
 * derived from the route's declaration (`src/server/platform/openapi.ts`).
 */
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
