import { z } from 'zod';
import {
  ZAnnouncementHistory,
  ZAnnouncementRequest,
  ZAnnouncementSaved,
  ZCalendarYear,
  ZCalendarYearParams,
  ZCalendarYearQuery,
  ZDueTimeRequest,
  ZDueTimeResponse,
  ZOfficeHours,
  ZOfficeHoursRequest,
  ZWorkingTimeRequest,
  ZWorkingTimeResponse,
} from '../../../contracts/calendar';
import { problemResponses, ZUuid } from '../../../contracts/common';
import { STAFF_ROLES } from '../../../domain/identity/roles';
import { publicAccess, rolesAccess } from '../../platform/access';
import { type RouteModule, requestMeta, requireAuth, typed } from '../../platform/http';
import {
  announcementHistory,
  calendarYear,
  computeDueTime,
  computeWorkingTime,
  officeHoursInScope,
  saveAnnouncement,
  saveOfficeHours,
} from './service';

const ZUnitParams = z.strictObject({ unitId: ZUuid });
const publicLimit = { max: 120, timeWindow: '1 minute' };

export const calendarRoutes: RouteModule = (app, deps) => {
  const r = typed(app);
  const province = deps.config.PROVINCE_CODE;

  r.get(
    '/api/calendar/years/:year',
    {
      config: { access: publicAccess },
      schema: {
        operationId: 'getCalendarYear',
        tags: ['calendar'],
        summary: 'Every day of a year: working, weekend, holiday, compensatory, swapped; with lunar dates',
        params: ZCalendarYearParams,
        querystring: ZCalendarYearQuery,
        response: { 200: ZCalendarYear, ...problemResponses },
      },
    },
    async (request) => calendarYear(deps.db, request.params.year, request.query.jurisdiction ?? province),
  );

  r.put(
    '/api/calendar/years/:year/announcement',
    {
      config: { access: rolesAccess('system_admin') },
      schema: {
        operationId: 'announceHolidays',
        tags: ['calendar'],
        summary: 'Enter the official holiday announcement of a year; recomputes affected due times',
        params: ZCalendarYearParams,
        body: ZAnnouncementRequest,
        response: { 200: ZAnnouncementSaved, ...problemResponses },
      },
    },
    async (request) =>
      saveAnnouncement(deps, requireAuth(request), requestMeta(request), request.params.year, request.body),
  );

  r.get(
    '/api/calendar/years/:year/history',
    {
      config: { access: rolesAccess('system_admin') },
      schema: {
        operationId: 'listHolidayAnnouncements',
        tags: ['calendar'],
        summary: 'Every version of a year’s announcement, newest first',
        params: ZCalendarYearParams,
        querystring: ZCalendarYearQuery,
        response: { 200: ZAnnouncementHistory, ...problemResponses },
      },
    },
    async (request) => announcementHistory(deps.db, request.params.year, request.query.jurisdiction ?? 'VN'),
  );

  r.post(
    '/api/calendar/due-time',
    {
      config: { access: publicAccess, rateLimit: publicLimit },
      schema: {
        operationId: 'computeDueTime',
        tags: ['calendar'],
        summary: 'When a result is due: receipt time and channel + the procedure’s time, with the reasoning',
        body: ZDueTimeRequest,
        response: { 200: ZDueTimeResponse, ...problemResponses },
      },
    },
    async (request) => computeDueTime(deps.db, province, request.body),
  );

  r.post(
    '/api/calendar/working-time',
    {
      config: { access: publicAccess, rateLimit: publicLimit },
      schema: {
        operationId: 'computeWorkingTime',
        tags: ['calendar'],
        summary: 'Working time between two instants (negative when the second is earlier)',
        body: ZWorkingTimeRequest,
        response: { 200: ZWorkingTimeResponse, ...problemResponses },
      },
    },
    async (request) => computeWorkingTime(deps.db, province, request.body),
  );

  r.get(
    '/api/calendar/office-hours/:unitId',
    {
      config: { access: rolesAccess(...STAFF_ROLES) },
      schema: {
        operationId: 'getOfficeHours',
        tags: ['calendar'],
        summary: 'Office hours and online cut-off that apply to a unit (its own or inherited)',
        params: ZUnitParams,
        response: { 200: ZOfficeHours, ...problemResponses },
      },
    },
    async (request) => officeHoursInScope(deps.db, await request.scope(), request.params.unitId),
  );

  r.put(
    '/api/calendar/office-hours/:unitId',
    {
      config: { access: rolesAccess('system_admin', 'agency_admin') },
      schema: {
        operationId: 'setOfficeHours',
        tags: ['calendar'],
        summary: 'Set a unit’s own office hours and online cut-off (for clocks started from now)',
        params: ZUnitParams,
        body: ZOfficeHoursRequest,
        response: { 200: ZOfficeHours, ...problemResponses },
      },
    },
    async (request) =>
      saveOfficeHours(
        deps,
        {
          auth: requireAuth(request),
          meta: requestMeta(request),
          scope: await request.scope(['system_admin', 'agency_admin']),
        },
        request.params.unitId,
        request.body,
      ),
  );
};
