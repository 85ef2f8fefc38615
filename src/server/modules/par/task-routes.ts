import { z } from 'zod';
import { problemResponses, ZUuid } from '../../../contracts/common';
import {
  ZBoard,
  ZBoardQuery,
  ZCreateTaskRequest,
  ZProgressImportResponse,
  ZTaskCompleteRequest,
  ZTaskContributionRequest,
  ZTaskDetail,
  ZTaskExtensionDecision,
  ZTaskExtensionRequest,
  ZTaskImportQuery,
  ZTaskImportResponse,
  ZTaskList,
  ZTaskListQuery,
  ZTaskProgressRequest,
} from '../../../contracts/par';
import { rolesAccess } from '../../platform/access';
import { contentDisposition } from '../../platform/content-disposition';
import { notFound } from '../../platform/errors';
import { type AppDeps, type RouteModule, requestMeta, requireAuth, typed } from '../../platform/http';
import { RevisionWatcher, streamRevisions } from '../../platform/revision-events';
import { XLSX_CONTENT_TYPE } from '../../platform/spreadsheet';
import { uploadedRows } from '../../platform/uploaded-sheet';
import { onWrite } from '../../platform/writes';
import { PAR_MANAGER_ROLES, PAR_ROLES, parCaller, taskPermissions } from './par-access';
import { scoringRevision } from './scoring-repo';
import {
  completeTask,
  createTask,
  decideExtension,
  postContribution,
  postProgress,
  requestExtension,
} from './task-commands';
import { importProgress, importTasks, progressWorkbook } from './task-sheets';
import { board, taskDetail, taskList } from './task-views';
import { taskById, tasksRevision } from './tasks-repo';

const ZIdParams = z.strictObject({ id: ZUuid });
const access = rolesAccess(...PAR_ROLES);
const ZIdempotencyHeaders = z.object({ 'idempotency-key': z.string().min(8).max(100).optional() });

async function detailOf(deps: AppDeps, auth: ReturnType<typeof requireAuth>, id: string) {
  const caller = await parCaller(deps.db, auth);
  const row = await taskById(deps.db, deps.config.PROVINCE_CODE, id);
  if (!row || !taskPermissions(caller, row).read) throw notFound();
  return taskDetail(deps.db, deps.config.PROVINCE_CODE, caller, row, deps.clock.now());
}

/** Tasks assigned by the People's Committee, their progress, and the leaders' live board. */
export const parTaskRoutes: RouteModule = (app, deps) => {
  const r = typed(app);

  r.get(
    '/api/par/tasks',
    {
      config: { access },
      schema: {
        operationId: 'listReformTasks',
        tags: ['reform'],
        summary:
          'Tasks the caller may read (assigned by units they manage, led by or shared with their unit)',
        querystring: ZTaskListQuery,
        response: { 200: ZTaskList, ...problemResponses },
      },
    },
    async (request) =>
      taskList(
        deps.db,
        deps.config.PROVINCE_CODE,
        await parCaller(deps.db, requireAuth(request)),
        request.query,
        deps.clock.now(),
      ),
  );

  r.post(
    '/api/par/tasks',
    {
      config: { access: rolesAccess(...PAR_MANAGER_ROLES) },
      schema: {
        operationId: 'assignReformTask',
        tags: ['reform'],
        summary: 'Assign a task (a retry with the same Idempotency-Key answers the first task)',
        headers: ZIdempotencyHeaders,
        body: ZCreateTaskRequest,
        response: { 201: ZTaskDetail, ...problemResponses },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const { id } = await createTask(
        deps,
        auth,
        request.body,
        request.headers['idempotency-key'],
        requestMeta(request),
      );
      return reply.code(201).send(await detailOf(deps, auth, id));
    },
  );

  r.post(
    '/api/par/tasks/import',
    {
      config: { access: rolesAccess(...PAR_MANAGER_ROLES) },
      schema: {
        operationId: 'importReformTasks',
        tags: ['reform'],
        summary:
          'Assign the tasks of a sheet (text/csv or .xlsx; columns title, source_document, lead_agency, due_date, expected_output, optional cooperating_agencies, area, assigned_by — or their Vietnamese titles): all rows or none',
        querystring: ZTaskImportQuery,
        response: { 200: ZTaskImportResponse, ...problemResponses },
      },
    },
    async (request) =>
      importTasks(
        deps,
        requireAuth(request),
        { planId: request.query.plan ?? null, rows: await uploadedRows(request.body) },
        requestMeta(request),
      ),
  );

  r.get(
    '/api/par/tasks/progress.xlsx',
    {
      config: { access },
      schema: {
        operationId: 'exportReformTaskProgressSheet',
        tags: ['reform'],
        summary:
          'The open tasks the caller’s units lead, as a sheet to fill in with progress and import back',
        querystring: ZBoardQuery,
      },
    },
    async (request, reply) => {
      const file = await progressWorkbook(deps, requireAuth(request), request.query);
      return reply
        .type(XLSX_CONTENT_TYPE)
        .header('content-disposition', contentDisposition('attachment', file.fileName))
        .send(file.bytes);
    },
  );

  r.post(
    '/api/par/tasks/progress-import',
    {
      config: { access },
      schema: {
        operationId: 'importReformTaskProgress',
        tags: ['reform'],
        summary:
          'Write the progress typed in the exported sheet (text/csv or .xlsx): each changed row as one update of the lead unit, version checked; all rows or none',
        response: { 200: ZProgressImportResponse, ...problemResponses },
      },
    },
    async (request) =>
      importProgress(deps, requireAuth(request), await uploadedRows(request.body), requestMeta(request)),
  );

  r.get(
    '/api/par/tasks/:id',
    {
      config: { access },
      schema: {
        operationId: 'getReformTask',
        tags: ['reform'],
        summary: 'A task with its status, subtasks, history and what the caller may do',
        params: ZIdParams,
        response: { 200: ZTaskDetail, ...problemResponses },
      },
    },
    async (request) => detailOf(deps, requireAuth(request), request.params.id),
  );

  const command = <Body>(
    operationId: string,
    url: string,
    summary: string,
    body: z.ZodType<Body>,
    run: (
      auth: ReturnType<typeof requireAuth>,
      id: string,
      input: Body,
      meta: ReturnType<typeof requestMeta>,
    ) => Promise<void>,
  ) =>
    r.post(
      url,
      {
        config: { access },
        schema: {
          operationId,
          tags: ['reform'],
          summary,
          params: ZIdParams,
          body,
          response: { 200: ZTaskDetail, ...problemResponses },
        },
      },
      async (request) => {
        const auth = requireAuth(request);
        const { id } = request.params as { id: string };
        await run(auth, id, request.body as Body, requestMeta(request));
        return detailOf(deps, auth, id);
      },
    );

  command(
    'reportReformTaskProgress',
    '/api/par/tasks/:id/progress',
    'The lead unit reports progress (percent below 100 and what was done)',
    ZTaskProgressRequest,
    (auth, id, input) => postProgress(deps, auth, id, input),
  );
  command(
    'recordReformTaskContribution',
    '/api/par/tasks/:id/contributions',
    'A cooperating unit records its part of the work',
    ZTaskContributionRequest,
    (auth, id, input) => postContribution(deps, auth, id, input),
  );
  command(
    'requestReformTaskExtension',
    '/api/par/tasks/:id/extension',
    'The lead unit asks for a later due date, with the reason',
    ZTaskExtensionRequest,
    (auth, id, input) => requestExtension(deps, auth, id, input),
  );
  command(
    'decideReformTaskExtension',
    '/api/par/tasks/:id/extension/decision',
    'The assigning side grants or refuses the extension asked for',
    ZTaskExtensionDecision,
    (auth, id, input, meta) => decideExtension(deps, auth, id, input, meta),
  );
  command(
    'completeReformTask',
    '/api/par/tasks/:id/complete',
    'The lead unit marks the task done with its output',
    ZTaskCompleteRequest,
    (auth, id, input) => completeTask(deps, auth, id, input),
  );

  r.get(
    '/api/par/board',
    {
      config: { access },
      schema: {
        operationId: 'getReformTaskBoard',
        tags: ['reform'],
        summary:
          'The task board: counts by status and lead unit, completion rates, overdue and due-soon lists',
        querystring: ZBoardQuery,
        response: { 200: ZBoard, ...problemResponses },
      },
    },
    async (request) =>
      board(
        deps.db,
        deps.config.PROVINCE_CODE,
        await parCaller(deps.db, requireAuth(request)),
        request.query,
        deps.clock.now(),
      ),
  );

  // One stream for the programme's live pages: tasks (boards) and PAR-index scores (rankings, sheets).
  const watcher = new RevisionWatcher(
    async () =>
      (
        await Promise.all([
          tasksRevision(deps.db, deps.config.PROVINCE_CODE),
          scoringRevision(deps.db, deps.config.PROVINCE_CODE),
        ])
      ).join('|'),
    app.log,
    onWrite,
  );
  app.addHook('onClose', async () => watcher.stop());
  r.get(
    '/api/par/board/live',
    {
      config: { access },
      schema: {
        operationId: 'watchReformBoard',
        tags: ['reform'],
        summary:
          'Server-sent events: `event: revision` each time a task or a PAR-index score changes (boards, rankings and score sheets refetch); a comment every 15 s keeps proxies from closing it',
      },
    },
    (request, reply) => streamRevisions(request, reply, watcher),
  );
};
