import { z } from 'zod';
import { problemResponses, ZUuid } from '../../../contracts/common';
import { ZAssignStepRequest, ZDossierAssignments } from '../../../contracts/dossier-assignment';
import { DOSSIER_COMMAND_ROUTES } from '../../../contracts/dossier-command-routes';
import { ZDossier } from '../../../contracts/dossiers';
import { rolesAccess } from '../../platform/access';
import { type RouteModule, requestMeta, requireAuth, typed } from '../../platform/http';
import { assignStep, dossierAssignments } from './assignment';
import { DOSSIER_ROLES } from './command';
import { dossierDetail } from './detail';

const ZIdParams = z.strictObject({ id: ZUuid });
const staff = rolesAccess(...DOSSIER_ROLES);

/** Assigning a dossier's steps to people (phân công xử lý) and its history. */
export const dossierAssignmentRoutes: RouteModule = (app, deps) => {
  const r = typed(app);

  r.get(
    '/api/dossiers/:id/assignments',
    {
      config: { access: staff },
      schema: {
        operationId: 'getStepAssignments',
        tags: ['dossiers'],
        summary:
          'The open steps of a dossier with who has them, whether the caller may (re)assign each and to whom, and the assignment history',
        params: ZIdParams,
        response: { 200: ZDossierAssignments, ...problemResponses },
      },
    },
    async (request) => dossierAssignments(deps, deps.db, requireAuth(request), request.params.id),
  );

  r.post(
    `/api/dossiers/:id/${DOSSIER_COMMAND_ROUTES.assign_step}`,
    {
      config: { access: staff },
      schema: {
        operationId: 'assignDossierStep',
        tags: ['dossier commands'],
        summary:
          "The head of the step's unit assigns an open step to a person of that unit (a reassignment needs a reason)",
        params: ZIdParams,
        body: ZAssignStepRequest,
        response: { 200: ZDossier, ...problemResponses },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      await assignStep(deps, { auth, meta: requestMeta(request) }, request.params.id, request.body);
      return dossierDetail(deps, deps.db, auth, request.params.id);
    },
  );
};
