import { z } from 'zod';
import { SIGNING_AUTHORITIES } from '../domain/organisation/signers';
import { UNIT_KINDS } from '../domain/organisation/units';
import { ZProcedureLevel } from './catalog';
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
  units: z.array(
    ZUnit.extend({
      /**
       * The level of procedures the unit serves: a commune, and anything under one, serves the
       * commune level; every other unit the province's (what a desk's intake offers first).
       */
      levelServed: ZProcedureLevel,
    }),
  ),
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

const personName = z.string().trim().min(2).max(120);
const officeTitle = z.string().trim().min(2).max(120);

/** Who signs for a unit: its head, and optionally the person authorised (KT./TL./TUQ.). */
export const ZUnitSignersRequest = z
  .strictObject({
    headTitle: officeTitle,
    headName: personName,
    /** The collective body the head signs for (TM.), e.g. 'Ủy ban nhân dân'; null for a one-head agency. */
    collectiveName: z.string().trim().min(2).max(200).nullable(),
    authorised: z
      .strictObject({ name: personName, title: officeTitle, authority: z.enum(SIGNING_AUTHORITIES) })
      .nullable(),
  })
  .meta({ id: 'UnitSignersRequest' });

export const ZUnitSigners = ZUnitSignersRequest.extend({
  setAt: z.string(),
  setBy: z.string(),
  /** The block as the head's forms print it. */
  block: z.object({ authorityLines: z.array(z.string()), title: z.string(), name: z.string() }),
}).meta({ id: 'UnitSigners' });

/** The unit's signers now (null when none recorded) and every earlier record, newest first. */
export const ZUnitSignersView = z
  .object({ current: ZUnitSigners.nullable(), history: z.array(ZUnitSigners) })
  .meta({ id: 'UnitSignersView' });
