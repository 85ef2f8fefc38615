import { z } from 'zod';
import { problemResponses, ZUuid } from '../../../contracts/common';
import {
  ZCloseUnitRequest,
  ZCreateUnitRequest,
  ZMergeUnitsRequest,
  ZMergeUnitsResponse,
  ZPublicProvince,
  ZUnit,
  ZUnitImportResponse,
  ZUnitList,
  ZUnitListQuery,
  ZUnitSigners,
  ZUnitSignersRequest,
  ZUnitSignersView,
  ZUpdateUnitRequest,
} from '../../../contracts/units';
import { levelOfDesk } from '../../../domain/dossier/desk-suggestions';
import { STAFF_ROLES } from '../../../domain/identity/roles';
import { publicAccess, rolesAccess, type Scope } from '../../platform/access';
import { AppError, notFound } from '../../platform/errors';
import { type RouteModule, requestMeta, requireAuth, typed } from '../../platform/http';
import {
  findProvinceRoot,
  findUnitInScope,
  listLevels,
  listUnitsInScope,
  type UnitRow,
  unitTreeOf,
} from './repo';
import { closeUnit, createUnit, importUnits, mergeUnits, updateUnit } from './service';
import { setUnitSigners, unitSignersView } from './signers';

const toUnit = (row: UnitRow) => ({
  id: row.id,
  code: row.code,
  name: row.name,
  kind: row.kind as z.infer<typeof ZUnit>['kind'],
  levelCode: row.levelCode,
  parentId: row.parentId,
  validFrom: row.validFrom,
  validTo: row.validTo,
  successorId: row.successorId,
  closedReason: row.closedReason,
  version: row.version,
});

const ZIdParams = z.strictObject({ id: ZUuid });
const systemAdmin = rolesAccess('system_admin');
const unitSignerEditors = rolesAccess('system_admin', 'agency_admin');

export const unitRoutes: RouteModule = (app, deps) => {
  const r = typed(app);

  /** Units of a scope with the level each serves (read from the whole tree), and the levels. */
  async function unitList(scope: Scope, query: z.infer<typeof ZUnitListQuery>) {
    const [rows, levelRows, tree] = await Promise.all([
      listUnitsInScope(deps.db, scope, query),
      listLevels(deps.db),
      unitTreeOf(deps.db, deps.config.PROVINCE_CODE),
    ]);
    const links = new Map(tree.map((u) => [u.id, u]));
    return {
      units: rows.map((row) => ({ ...toUnit(row), levelServed: levelOfDesk(row.id, links) })),
      levels: levelRows,
    };
  }

  r.get(
    '/api/units',
    {
      config: { access: rolesAccess(...STAFF_ROLES) },
      schema: {
        operationId: 'listUnits',
        tags: ['organisation'],
        summary: 'Units in the caller’s scope (a flat list the client shapes into a tree), with the levels',
        querystring: ZUnitListQuery,
        response: { 200: ZUnitList, ...problemResponses },
      },
    },
    async (request) => unitList(await request.scope(), request.query),
  );

  r.get(
    '/api/public/province',
    {
      config: { access: publicAccess },
      schema: {
        operationId: 'getPublicProvince',
        tags: ['public'],
        summary: 'The province this deployment serves (the public portal’s name)',
        response: { 200: ZPublicProvince, ...problemResponses },
      },
    },
    async (_request, reply) => {
      const row = await findProvinceRoot(deps.db, deps.config.PROVINCE_CODE);
      if (!row) throw notFound();
      reply.header('cache-control', 'public, max-age=300');
      return { code: row.code, name: row.name };
    },
  );

  r.get(
    '/api/units/directory',
    {
      config: { access: rolesAccess(...STAFF_ROLES) },
      schema: {
        operationId: 'listUnitDirectory',
        tags: ['organisation'],
        summary:
          'Every unit of the province (the organisation is public): to name another agency, e.g. for an inter-agency step',
        querystring: ZUnitListQuery,
        response: { 200: ZUnitList, ...problemResponses },
      },
    },
    async (request) => unitList({ all: true }, request.query),
  );

  r.get(
    '/api/units/:id',
    {
      config: { access: rolesAccess(...STAFF_ROLES) },
      schema: {
        operationId: 'getUnit',
        tags: ['organisation'],
        summary: 'One unit',
        params: ZIdParams,
        response: { 200: ZUnit, ...problemResponses },
      },
    },
    async (request) => {
      const row = await findUnitInScope(deps.db, await request.scope(), request.params.id);
      if (!row) throw notFound();
      return toUnit(row);
    },
  );

  r.post(
    '/api/units',
    {
      config: { access: systemAdmin },
      schema: {
        operationId: 'createUnit',
        tags: ['organisation'],
        summary: 'Create a unit',
        body: ZCreateUnitRequest,
        response: { 201: ZUnit, ...problemResponses },
      },
    },
    async (request, reply) => {
      const row = await createUnit(deps, requireAuth(request), request.body, requestMeta(request));
      return reply.code(201).send(toUnit(row));
    },
  );

  r.patch(
    '/api/units/:id',
    {
      config: { access: systemAdmin },
      schema: {
        operationId: 'updateUnit',
        tags: ['organisation'],
        summary: 'Rename, recode or move a unit (optimistic: send the version you read)',
        params: ZIdParams,
        body: ZUpdateUnitRequest,
        response: { 200: ZUnit, ...problemResponses },
      },
    },
    async (request) =>
      toUnit(
        await updateUnit(deps, requireAuth(request), request.params.id, request.body, requestMeta(request)),
      ),
  );

  r.get(
    '/api/units/:id/signers',
    {
      config: { access: unitSignerEditors },
      schema: {
        operationId: 'getUnitSigners',
        tags: ['organisation'],
        summary: 'Who signs for a unit now (head, person authorised, the printed block) and before',
        params: ZIdParams,
        response: { 200: ZUnitSignersView, ...problemResponses },
      },
    },
    async (request) => unitSignersView(deps, requireAuth(request), request.params.id),
  );

  r.put(
    '/api/units/:id/signers',
    {
      config: { access: unitSignerEditors },
      schema: {
        operationId: 'setUnitSigners',
        tags: ['organisation'],
        summary:
          'Record who signs for a unit from now on (the earlier record is kept for forms issued before)',
        params: ZIdParams,
        body: ZUnitSignersRequest,
        response: { 200: ZUnitSigners, ...problemResponses },
      },
    },
    async (request) =>
      setUnitSigners(deps, requireAuth(request), request.params.id, request.body, requestMeta(request)),
  );

  r.post(
    '/api/units/:id/close',
    {
      config: { access: systemAdmin },
      schema: {
        operationId: 'closeUnit',
        tags: ['organisation'],
        summary: 'Close a unit on a date (it keeps its history)',
        params: ZIdParams,
        body: ZCloseUnitRequest,
        response: { 200: ZUnit, ...problemResponses },
      },
    },
    async (request) =>
      toUnit(
        await closeUnit(deps, requireAuth(request), request.params.id, request.body, requestMeta(request)),
      ),
  );

  r.post(
    '/api/units/merge',
    {
      config: { access: systemAdmin },
      schema: {
        operationId: 'mergeUnits',
        tags: ['organisation'],
        summary: 'Merge units into a successor from a date; the merged units close and point to it',
        body: ZMergeUnitsRequest,
        response: { 200: ZMergeUnitsResponse, ...problemResponses },
      },
    },
    async (request) => {
      const result = await mergeUnits(deps, requireAuth(request), request.body, requestMeta(request));
      return { successor: toUnit(result.successor), closed: result.closed.map(toUnit) };
    },
  );

  r.post(
    '/api/units/import',
    {
      config: { access: systemAdmin },
      schema: {
        operationId: 'importUnits',
        tags: ['organisation'],
        summary:
          'Import units from CSV (text/csv; columns code,name,kind,level,parent_code,valid_from): all rows or none',
        body: z.string().max(5 * 1_048_576),
        response: { 200: ZUnitImportResponse, ...problemResponses },
      },
    },
    async (request) => {
      const meta = requestMeta(request);
      const result = await importUnits(deps, requireAuth(request), request.body, meta);
      if (result.errors.length > 0) {
        throw new AppError(
          'import_invalid',
          422,
          { count: new Set(result.errors.map((e) => e.row)).size },
          result.errors.map((e) => ({
            path: `row ${e.row}: ${e.column}`,
            message: meta.lang === 'vi' ? e.vi : e.en,
            code: 'invalid_row',
          })),
        );
      }
      return result;
    },
  );
};
