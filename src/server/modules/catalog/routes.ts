import { z } from 'zod';
import {
  ZFieldList,
  ZProcedureDetail,
  ZProcedureSearchQuery,
  ZProcedureSearchResult,
} from '../../../contracts/catalog';
import { problemResponses, ZUuid } from '../../../contracts/common';
import { publicAccess } from '../../platform/access';
import { type RouteModule, typed } from '../../platform/http';
import { listFieldsWithCounts } from './repo';
import { procedureDetail, searchProcedures } from './service';

const ZIdParams = z.strictObject({ id: ZUuid });

export const catalogRoutes: RouteModule = (app, deps) => {
  const r = typed(app);
  const province = deps.config.PROVINCE_CODE;

  r.get(
    '/api/catalog/procedures',
    {
      config: { access: publicAccess },
      schema: {
        tags: ['catalog'],
        summary: 'Search published procedures: accent- and case-insensitive words, ranked, filtered, paged',
        querystring: ZProcedureSearchQuery,
        response: { 200: ZProcedureSearchResult, ...problemResponses },
      },
    },
    async (request) => searchProcedures(deps.db, province, request.query),
  );

  r.get(
    '/api/catalog/procedures/:id',
    {
      config: { access: publicAccess },
      schema: {
        tags: ['catalog'],
        summary: 'The current version of a procedure: documents, fees, time, where to submit',
        params: ZIdParams,
        response: { 200: ZProcedureDetail, ...problemResponses },
      },
    },
    async (request) => procedureDetail(deps.db, province, request.params.id),
  );

  r.get(
    '/api/catalog/fields',
    {
      config: { access: publicAccess },
      schema: {
        tags: ['catalog'],
        summary: 'Fields of procedures with the number of published procedures in each',
        response: { 200: ZFieldList, ...problemResponses },
      },
    },
    async () => ({ fields: await listFieldsWithCounts(deps.db, province) }),
  );
};
