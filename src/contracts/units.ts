import { z } from 'zod';
import { UNIT_KINDS } from '../domain/organisation/units';
import { ZIsoDate, ZUuid } from './common';

export const ZUnitKind = z.enum(UNIT_KINDS);
export const ZLevelCode = z.string().min(1).max(40);

export const ZUnit = z
  .object({
    id: ZUuid,
    code: z.string(),
    name: z.string(),
    kind: ZUnitKind,
    levelCode: z.string(),
    parentId: ZUuid.nullable(),
    validFrom: ZIsoDate,
    validTo: ZIsoDate.nullable(),
    successorId: ZUuid.nullable(),
    closedReason: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Unit' });

export const ZUnitListQuery = z.strictObject({
  /** Units in force on this date; omit for every unit, open or closed. */
  on: ZIsoDate.optional(),
  q: z.string().trim().max(100).optional(),
});

export const ZUnitList = z.object({
  units: z.array(ZUnit),
  levels: z.array(
    z.object({
      code: z.string(),
      nameVi: z.string(),
      nameEn: z.string(),
      validFrom: ZIsoDate,
      validTo: ZIsoDate.nullable(),
    }),
  ),
});

const unitCode = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9.\-_]+$/, 'letters, digits, dot, dash, underscore');

export const ZCreateUnitRequest = z.strictObject({
  code: unitCode,
  name: z.string().trim().min(2).max(200),
  kind: ZUnitKind,
  levelCode: ZLevelCode,
  parentId: ZUuid.nullable(),
  validFrom: ZIsoDate,
});

export const ZUpdateUnitRequest = z.strictObject({
  name: z.string().trim().min(2).max(200).optional(),
  code: unitCode.optional(),
  parentId: ZUuid.nullable().optional(),
  version: z.number().int().positive(),
});

export const ZCloseUnitRequest = z.strictObject({
  validTo: ZIsoDate,
  reason: z.string().trim().min(2).max(500),
  version: z.number().int().positive(),
});

export const ZMergeUnitsRequest = z.strictObject({
  /** Units merged into the successor; each is closed the day before `effectiveFrom`. */
  sourceIds: z.array(ZUuid).min(1).max(50),
  /** An existing open unit, or a new one to create. */
  successor: z.union([
    z.strictObject({ existingId: ZUuid }),
    z.strictObject({ create: ZCreateUnitRequest.omit({ validFrom: true }) }),
  ]),
  effectiveFrom: ZIsoDate,
  reason: z.string().trim().min(2).max(500),
});

export const ZMergeUnitsResponse = z.object({ successor: ZUnit, closed: z.array(ZUnit) });

export const ZImportRowError = z.object({
  row: z.number().int(),
  column: z.string(),
  vi: z.string(),
  en: z.string(),
});
export const ZUnitImportResponse = z.object({
  imported: z.number().int(),
  errors: z.array(ZImportRowError),
});

/** The province this deployment serves, as the public portal names it. */
export const ZPublicProvince = z
  .object({ code: z.string(), name: z.string() })
  .meta({ id: 'PublicProvince' });
export type PublicProvinceDto = z.infer<typeof ZPublicProvince>;
