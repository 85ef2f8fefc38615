import { z } from 'zod';
import { ONLINE_AVAILABILITY, PROCEDURE_LEVELS, PROCESSING_UNITS } from '../domain/catalog/procedure';
import { VERSION_STATUSES } from '../domain/catalog/version-dates';
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
        /** Where to download the form, when `template` names a stored form template. */
        templateUrl: z.string().nullable(),
        /** The stored form's file name, when `templateUrl` is set. */
        templateFileName: z.string().nullable(),
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

/** The kinds of form file accepted, by content type, with the extension the file name must carry. */
export const FORM_TEMPLATE_TYPES = {
  'application/pdf': '.pdf',
  'application/msword': '.doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': '.xlsx',
  'application/vnd.oasis.opendocument.text': '.odt',
} as const;
export type FormTemplateContentType = keyof typeof FORM_TEMPLATE_TYPES;
/** The largest form template accepted, in bytes (10 MB). */
export const FORM_TEMPLATE_MAX_BYTES = 10 * 1_048_576;

export const ZFormTemplateQuery = z.strictObject({ fileName: z.string().trim().min(5).max(200) });
export const ZFormTemplate = z
  .object({
    id: ZUuid,
    fileName: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    uploadedAt: z.string(),
    url: z.string(),
  })
  .meta({ id: 'FormTemplate' });
export const ZFormTemplateListQuery = ZPageQuery.extend({
  /** Words the file name must contain, with or without diacritics. */
  q: z.string().trim().max(200).default(''),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export const ZFormTemplateList = z
  .object({ total: z.number().int(), items: z.array(ZFormTemplate) })
  .meta({ id: 'FormTemplateList' });
export type FormTemplateDto = z.infer<typeof ZFormTemplate>;
export type FormTemplateList = z.infer<typeof ZFormTemplateList>;

export type ProcedureSearchResult = z.infer<typeof ZProcedureSearchResult>;
export type ProcedureSummary = z.infer<typeof ZProcedureSummary>;
export type ProcedureDetail = z.infer<typeof ZProcedureDetail>;
export type FieldList = z.infer<typeof ZFieldList>;

const ZText = (max: number) => z.string().trim().min(1).max(max);
const ZProcessingAmount = z.strictObject({ unit: z.enum(PROCESSING_UNITS), amount: z.number() });

/** A procedure's content as an agency admin edits it; rules across fields give 422 with paths. */
export const ZProcedureContent = z
  .strictObject({
    name: ZText(500),
    levels: z.array(ZProcedureLevel).max(2),
    processing: ZProcessingAmount.extend({ online: ZProcessingAmount.nullable().optional() }),
    fees: z
      .array(z.strictObject({ name: ZText(200), kind: z.enum(['fee', 'charge']), amount: z.number() }))
      .max(20),
    documents: z
      .array(
        z.strictObject({
          name: ZText(500),
          originals: z.number().int(),
          copies: z.number().int(),
          template: z.string().trim().max(200).nullable(),
          reusable: z.boolean(),
        }),
      )
      .max(50),
    steps: z.array(ZText(1000)).max(30),
    workflow: z
      .array(
        z.strictObject({
          name: ZText(200),
          role: z.enum(['clerk', 'officer', 'approver']),
          unitKind: ZText(40),
          share: z.number(),
        }),
      )
      .max(20),
    legalBasis: z.array(z.strictObject({ text: ZText(500), sample: z.boolean() })).max(30),
    resultType: ZText(300),
    online: ZOnlineAvailability,
    onlinePayment: z.boolean(),
    /** The work may be paused (financial obligation, verification); default no. */
    pauseAllowed: z.boolean().optional(),
    /** A supplement during processing: `restart` the time (default, Decree 118/2025 art. 19.5) or `pause` it. */
    supplementPolicy: z.enum(['restart', 'pause']).optional(),
  })
  .meta({ id: 'ProcedureContent' });

export const ZCreateProcedureRequest = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^\d\.\d{6}(\.\d{1,3})?$/, 'a national code such as 1.001234'),
  fieldCode: z.string().trim().min(1).max(20),
  content: ZProcedureContent,
  competentUnitIds: z.array(ZUuid).min(1).max(500),
  receivingUnitIds: z.array(ZUuid).min(1).max(500),
});

/**
 * A version's status on the day asked: `scheduled` = published ahead of its first day (the version
 * in force stays until the day before); `published` = in force.
 */
export const ZVersionStatus = z.enum(VERSION_STATUSES);

export const ZProcedureVersion = z
  .object({
    id: ZUuid,
    procedureId: ZUuid,
    code: z.string(),
    fieldCode: z.string(),
    version: z.number().int(),
    status: ZVersionStatus,
    effectiveFrom: z.string().nullable(),
    effectiveTo: z.string().nullable(),
    content: ZProcedureContent,
    /** Problems that would stop publishing, as `path: code` (empty when publishable). */
    problems: z.array(z.object({ path: z.string(), code: z.string() })),
    /** The stored form templates the documents link (by id in `template`). */
    formTemplates: z.array(ZFormTemplate),
    rowVersion: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ProcedureVersion' });

export const ZVersionList = z.object({
  versions: z.array(
    ZProcedureVersion.omit({ content: true, formTemplates: true }).extend({ name: z.string() }),
  ),
});

export const ZNewDraftRequest = z.strictObject({
  /** The content of the draft; absent to copy the latest version. */
  content: ZProcedureContent.optional(),
});
export const ZUpdateDraftRequest = z.strictObject({
  content: ZProcedureContent,
  rowVersion: z.number().int().min(1),
});
export const ZPublishRequest = z.strictObject({
  /**
   * The day the version takes effect (default today), after the start of the version in force. A
   * later day schedules it: the version in force stays until the day before.
   */
  effectiveFrom: z.iso.date().optional(),
  rowVersion: z.number().int().min(1),
});
export const ZWithdrawRequest = z.strictObject({ reason: ZText(500), rowVersion: z.number().int().min(1) });

export type ProcedureVersionDto = z.infer<typeof ZProcedureVersion>;
export type ProcedureContentDto = z.infer<typeof ZProcedureContent>;

export const ZManagedQuery = ZPageQuery.extend({
  q: z.string().trim().max(200).default(''),
  status: ZVersionStatus.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** A procedure an admin manages, by its latest version (drafts and withdrawn ones included). */
export const ZManagedProcedure = z.object({
  id: ZUuid,
  code: z.string(),
  fieldCode: z.string(),
  name: z.string(),
  latestVersionId: ZUuid,
  latestVersion: z.number().int(),
  latestStatus: ZVersionStatus,
  /** The latest version's first day (its planned day when scheduled). */
  latestEffectiveFrom: z.string().nullable(),
  /** The version in force today. */
  publishedVersion: z.number().int().nullable(),
  updatedAt: z.string(),
});
export const ZManagedList = z
  .object({ total: z.number().int(), items: z.array(ZManagedProcedure) })
  .meta({ id: 'ManagedProcedureList' });
export type ManagedList = z.infer<typeof ZManagedList>;
