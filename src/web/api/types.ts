/** Types of the HTTP API, inferred from the Zod contracts (the single source of truth). */
import type { z } from 'zod';
import type {
  ZAuditEntry,
  ZAuditList,
  ZAuditTimeline,
  ZAuditTimelineEntry,
  ZAuditVerifyResponse,
} from '../../contracts/audit';
import type { ZSessionResponse } from '../../contracts/auth';
import type {
  ZAnnouncedDay,
  ZAnnouncement,
  ZAnnouncementHistory,
  ZAnnouncementRequest,
  ZAnnouncementSaved,
  ZCalendarDay,
  ZCalendarYear,
  ZDayKind,
  ZDueTimeRequest,
  ZDueTimeResponse,
  ZDuration,
  ZHolidayKind,
  ZHolidaySpan,
  ZOfficeHours,
  ZOfficeHoursRequest,
  ZSkippedDay,
  ZWeekdayHours,
} from '../../contracts/calendar';
import type {
  ZCreateProcedureRequest,
  ZFieldList,
  ZFormTemplate,
  ZFormTemplateList,
  ZManagedList,
  ZProcedureContent,
  ZProcedureDetail,
  ZProcedureSearchResult,
  ZProcedureVersion,
  ZVersionList,
} from '../../contracts/catalog';
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
  ZUnitSignersRequest,
  ZUnitSignersView,
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
export type UnitSignersRequest = z.infer<typeof ZUnitSignersRequest>;
export type UnitSignersView = z.infer<typeof ZUnitSignersView>;
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
export type AuditTimeline = z.infer<typeof ZAuditTimeline>;
export type AuditTimelineEntry = z.infer<typeof ZAuditTimelineEntry>;
export type CalendarYear = z.infer<typeof ZCalendarYear>;
export type CalendarDay = z.infer<typeof ZCalendarDay>;
export type DayKind = z.infer<typeof ZDayKind>;
export type HolidayKind = z.infer<typeof ZHolidayKind>;
export type HolidaySpan = z.infer<typeof ZHolidaySpan>;
export type AnnouncedDay = z.infer<typeof ZAnnouncedDay>;
export type Announcement = z.infer<typeof ZAnnouncement>;
export type AnnouncementRequest = z.input<typeof ZAnnouncementRequest>;
export type AnnouncementSaved = z.infer<typeof ZAnnouncementSaved>;
export type AnnouncementHistory = z.infer<typeof ZAnnouncementHistory>;
export type AnnouncementHistoryEntry = AnnouncementHistory['entries'][number];
export type Duration = z.infer<typeof ZDuration>;
export type DurationUnit = Duration['unit'];
export type DueTimeRequest = z.input<typeof ZDueTimeRequest>;
export type DueTimeResponse = z.infer<typeof ZDueTimeResponse>;
export type SkippedDay = z.infer<typeof ZSkippedDay>;
export type ClockStartReason = DueTimeResponse['clockStartReason'];
export type WeekdayHours = z.infer<typeof ZWeekdayHours>;
export type OfficeHours = z.infer<typeof ZOfficeHours>;
export type OfficeHoursRequest = z.infer<typeof ZOfficeHoursRequest>;
export type ProcedureSearchResult = z.infer<typeof ZProcedureSearchResult>;
export type ProcedureSummary = ProcedureSearchResult['items'][number];
export type ProcedureDetail = z.infer<typeof ZProcedureDetail>;
export type ProcessingTime = ProcedureDetail['processing'];
export type ProcessingUnit = ProcessingTime['unit'];
export type ProcedureLevel = ProcedureDetail['levels'][number];
export type OnlineAvailability = ProcedureDetail['online'];
export type CatalogFieldList = z.infer<typeof ZFieldList>;
export type CatalogField = CatalogFieldList['fields'][number];
export type ProcedureContent = z.infer<typeof ZProcedureContent>;
export type ProcedureVersion = z.infer<typeof ZProcedureVersion>;
export type VersionStatus = ProcedureVersion['status'];
export type VersionSummary = z.infer<typeof ZVersionList>['versions'][number];
export type ManagedList = z.infer<typeof ZManagedList>;
export type ManagedProcedure = ManagedList['items'][number];
export type CreateProcedureRequest = z.input<typeof ZCreateProcedureRequest>;
export type FormTemplate = z.infer<typeof ZFormTemplate>;
export type FormTemplateList = z.infer<typeof ZFormTemplateList>;
