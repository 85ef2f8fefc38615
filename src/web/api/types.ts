/** Types of the HTTP API, inferred from the Zod contracts (the single source of truth). */
import type { z } from 'zod';
import type { ZAuditEntry, ZAuditList, ZAuditVerifyResponse } from '../../contracts/audit';
import type { ZSessionResponse } from '../../contracts/auth';
import type { ZProblem, ZRole } from '../../contracts/common';
import type {
  ZCloseUnitRequest,
  ZCreateUnitRequest,
  ZMergeUnitsRequest,
  ZMergeUnitsResponse,
  ZUnit,
  ZUnitImportResponse,
  ZUnitKind,
  ZUnitList,
  ZUpdateUnitRequest,
} from '../../contracts/units';
import type { ZCreateUserRequest, ZUpdateUserRequest, ZUser, ZUserList } from '../../contracts/users';

export type Session = z.infer<typeof ZSessionResponse>;
export type Role = z.infer<typeof ZRole>;
export type Problem = z.infer<typeof ZProblem>;
export type Unit = z.infer<typeof ZUnit>;
export type UnitKind = z.infer<typeof ZUnitKind>;
export type UnitList = z.infer<typeof ZUnitList>;
export type Level = UnitList['levels'][number];
export type CreateUnitRequest = z.infer<typeof ZCreateUnitRequest>;
export type UpdateUnitRequest = z.infer<typeof ZUpdateUnitRequest>;
export type CloseUnitRequest = z.infer<typeof ZCloseUnitRequest>;
export type MergeUnitsRequest = z.infer<typeof ZMergeUnitsRequest>;
export type MergeUnitsResponse = z.infer<typeof ZMergeUnitsResponse>;
export type UnitImportResponse = z.infer<typeof ZUnitImportResponse>;
export type User = z.infer<typeof ZUser>;
export type UserList = z.infer<typeof ZUserList>;
export type CreateUserRequest = z.infer<typeof ZCreateUserRequest>;
export type UpdateUserRequest = z.infer<typeof ZUpdateUserRequest>;
export type AuditEntry = z.infer<typeof ZAuditEntry>;
export type AuditList = z.infer<typeof ZAuditList>;
export type AuditVerifyResponse = z.infer<typeof ZAuditVerifyResponse>;
