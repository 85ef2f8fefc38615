import { z } from 'zod';
import { ONLINE_AVAILABILITY, PROCEDURE_LEVELS, PROCESSING_UNITS } from '../domain/catalog/procedure';
import { ZPageQuery, ZUuid } from './common';

export const ZOnlineAvailability = z.enum(ONLINE_AVAILABILITY);
export const ZProcedureLevel = z.enum(PROCEDURE_LEVELS);

export const ZProcedureSearchQuery = ZPageQuery.extend({
  /** Words to find, with or without diacritics; each must start a word of the name or documents. */
  q: z.string().trim().max(200).default(''),
  field: z.string().max(20).optional(),
  level: ZProcedureLevel.optional(),
  online: ZOnlineAvailability.optional(),
  /** Procedures implemented (decided or received) by this unit. */
  unitId: ZUuid.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const ZProcessingTime = z.object({
  unit: z.enum(PROCESSING_UNITS),
  amount: z.number(),
  online: z
    .object({ unit: z.enum(PROCESSING_UNITS), amount: z.number() })
    .nullable()
    .optional(),
});

export const ZField = z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string() });

export const ZProcedureSummary = z.object({
  id: ZUuid,
  code: z.string(),
  name: z.string(),
  field: ZField,
  levels: z.array(ZProcedureLevel),
  online: ZOnlineAvailability,
  onlinePayment: z.boolean(),
  processing: ZProcessingTime,
  versionId: ZUuid,
  version: z.number().int(),
  /** 0 = the name is the query … 4 = some words only in the documents (see search-rank.ts). */
  rank: z.number().int(),
});

export const ZProcedureSearchResult = z
  .object({ total: z.number().int(), items: z.array(ZProcedureSummary) })
  .meta({ id: 'ProcedureSearchResult' });

export const ZFieldList = z.object({
  fields: z.array(ZField.extend({ procedures: z.number().int() })),
});

export const ZProcedureDetail = z
  .object({
    id: ZUuid,
    code: z.string(),
    field: ZField,
    versionId: ZUuid,
    version: z.number().int(),
    effectiveFrom: z.string().nullable(),
    name: z.string(),
    levels: z.array(ZProcedureLevel),
    processing: ZProcessingTime,
    fees: z.array(z.object({ name: z.string(), kind: z.enum(['fee', 'charge']), amount: z.number() })),
    documents: z.array(
      z.object({
        name: z.string(),
        originals: z.number().int(),
        copies: z.number().int(),
        template: z.string().nullable(),
        reusable: z.boolean(),
      }),
    ),
    steps: z.array(z.string()),
    workflow: z.array(
      z.object({ name: z.string(), role: z.string(), unitKind: z.string(), share: z.number() }),
    ),
    legalBasis: z.array(z.object({ text: z.string(), sample: z.boolean() })),
    resultType: z.string(),
    online: ZOnlineAvailability,
    onlinePayment: z.boolean(),
    competentUnits: z.array(z.object({ id: ZUuid, name: z.string() })),
    receivingUnits: z.array(z.object({ id: ZUuid, name: z.string() })),
  })
  .meta({ id: 'ProcedureDetail' });

export type ProcedureSearchResult = z.infer<typeof ZProcedureSearchResult>;
export type ProcedureSummary = z.infer<typeof ZProcedureSummary>;
export type ProcedureDetail = z.infer<typeof ZProcedureDetail>;
export type FieldList = z.infer<typeof ZFieldList>;
