import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import underPressure from '@fastify/under-pressure';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { decodeCsvBytes } from '../domain/organisation/csv';
import type { AppConfig } from './config';
import type { Database } from './db/client';
import { auditRoutes } from './modules/audit/routes';
import { authRoutes } from './modules/auth/routes';
import { calendarRoutes } from './modules/calendar/routes';
import { FORM_CONTENT_TYPES } from './modules/catalog/form-templates';
import { catalogRoutes } from './modules/catalog/routes';
import { applicantFileRoutes } from './modules/dossiers/applicant-file-routes';
import { dossierAssignmentRoutes } from './modules/dossiers/assignment-routes';
import { dossierRoutes } from './modules/dossiers/routes';
import { healthRoutes } from './modules/health/routes';
import { notificationRoutes } from './modules/notifications/routes';
import { unitRoutes } from './modules/organisation/routes';
import { parInspectionRoutes } from './modules/par/inspections-routes';
import { parReportRoutes } from './modules/par/reports-routes';
import { parPlanRoutes } from './modules/par/routes';
import { scoringRoutes } from './modules/par/scoring-routes';
import { parTaskRoutes } from './modules/par/task-routes';
import { statsExportRoutes } from './modules/stats/export-routes';
import { statsIndexRoutes } from './modules/stats/index-routes';
import { statsRoutes } from './modules/stats/routes';
import { userRoutes } from './modules/users/routes';
import { type AccessRule, publicAccess } from './platform/access';
import { registerAuth } from './platform/auth-plugin';
import type { Clock } from './platform/clock';
import type { AppDeps } from './platform/http';
import { uuidv7 } from './platform/ids';
import { openApiTransform, openApiTransformObject, SECURITY_SCHEMES } from './platform/openapi';
import { registerProblemHandlers, sendProblem } from './platform/problem';
import { XLSX_CONTENT_TYPE } from './platform/spreadsheet';
import { answersWithShell, compressJsonAnswers, serveWebApp } from './platform/web-app';
import { announceWrite } from './platform/writes';

export const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

/** Content-Security-Policy the web app passes: no inline scripts, no outside origins. */
export const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  // Mantine sets CSS variables through a style element and style attributes.
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
} as const;

/** Route modules, in one list: every API route comes from one of these. */
const routeModules = [
  healthRoutes,
  authRoutes,
  unitRoutes,
  userRoutes,
  auditRoutes,
  calendarRoutes,
  catalogRoutes,
  dossierRoutes,
  dossierAssignmentRoutes,
  applicantFileRoutes,
  notificationRoutes,
  statsRoutes,
  statsExportRoutes,
  statsIndexRoutes,
  parPlanRoutes,
  parTaskRoutes,
  scoringRoutes,
  parReportRoutes,
  parInspectionRoutes,
];

export interface RegisteredRoute {
  readonly method: string;
  readonly url: string;
  readonly access: AccessRule | undefined;
  readonly hidden: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered, with its declared access rule (the route-rule test walks it). */
    routeCatalog: readonly RegisteredRoute[];
  }
}

export interface BuildAppOptions {
  readonly config: AppConfig;
  readonly database: Database;
  readonly clock: Clock;
  /** The built web app to serve (tests pass their own); the Vite build output by default. */
  readonly webRoot?: string;
}

/** A request as the log shows it: without its query string. */
export function requestForLog(request: { method: string; url: string; hostname?: string; ip?: string }) {
  return {
    method: request.method,
    url: request.url.split('?')[0],
    hostname: request.hostname,
    remoteAddress: request.ip,
  };
}

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config, database, clock } = options;
  const app = Fastify({
    logger:
      config.LOG_LEVEL === 'silent'
        ? false
        : {
            level: config.LOG_LEVEL,
            // Query strings carry what people search for (names, phones, id numbers): never logged.
            serializers: { req: requestForLog },
            ...(config.NODE_ENV === 'development' ? { transport: { target: 'pino-pretty' } } : {}),
          },
    genReqId: () => uuidv7(clock),
    requestIdHeader: false,
    trustProxy: config.TRUST_PROXY,
    bodyLimit: 1_048_576,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandlers(app);
  compressJsonAnswers(app);
  const routeCatalog: RegisteredRoute[] = [];
  app.decorate('routeCatalog', routeCatalog);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      // Read the rule lazily: later onRoute hooks (Swagger UI's) may still set it.
      if (method !== 'HEAD')
        routeCatalog.push({
          method,
          url: route.url,
          get access() {
            return route.config?.access;
          },
          hidden: route.schema?.hide === true,
        });
    }
  });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // After the answer of a command that succeeded (its transaction has committed).
  app.addHook('onResponse', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD' && reply.statusCode < 400) announceWrite();
  });

  const deps: AppDeps = { database, db: database.db, clock, config };

  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: config.COOKIE_SECURE,
  });
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      code: 'too_many_requests',
      ttl: context.ttl,
    }),
  });
  // The embedded database runs its queries on this event loop: there a long delay is a long query,
  // not an overloaded server, and refusing the next requests would only fail the one user.
  if (config.MAX_EVENT_LOOP_DELAY_MS > 0 && database.driver === 'postgres') {
    await app.register(underPressure, {
      maxEventLoopDelay: config.MAX_EVENT_LOOP_DELAY_MS,
      pressureHandler: (request, reply) => {
        sendProblem(request, reply, 503, 'service_unavailable');
      },
    });
  }
  await app.register(multipart, { limits: { fileSize: 20 * 1_048_576, files: 5 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'MộtCửa API',
        version: '0.1.0',
        description: 'One-stop administrative-procedure service and administrative-reform management.',
        license: { name: 'AGPL-3.0-or-later', url: 'https://www.gnu.org/licenses/agpl-3.0.html' },
      },
      servers: [{ url: '/', description: 'This MộtCửa server' }],
      components: { securitySchemes: SECURITY_SCHEMES },
    },
    transform: openApiTransform,
    transformObject: openApiTransformObject,
  });
  // Swagger UI's own pages and assets are public, like the OpenAPI document they show.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/docs')) route.config = { ...route.config, access: publicAccess };
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { docExpansion: 'list', deepLinking: true },
    staticCSP: false,
  });
  app.get('/api/openapi.json', { config: { access: publicAccess }, schema: { hide: true } }, () =>
    app.swagger(),
  );

  registerAuth(app, deps);
  // Uploads: CSV arrives as text (UTF-8 with or without BOM, or Windows-1258), Excel as bytes.
  const UPLOAD_LIMIT = 20 * 1_048_576;
  app.addContentTypeParser('text/csv', { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT }, (_req, body, done) =>
    done(null, decodeCsvBytes(body as Buffer).text),
  );
  app.addContentTypeParser(
    [XLSX_CONTENT_TYPE, ...Object.keys(FORM_CONTENT_TYPES).filter((t) => t !== XLSX_CONTENT_TYPE)],
    { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT },
    (_req, body, done) => done(null, body),
  );
  // Result documents of dossiers: photos of signed papers (PDF is parsed above).
  app.addContentTypeParser(
    ['image/png', 'image/jpeg'],
    { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT },
    (_req, body, done) => done(null, body),
  );
  for (const register of routeModules) await register(app, deps);

  const hasWebApp = await serveWebApp(app, options.webRoot ?? webRoot);
  // The single-page app answers every other GET outside the API with its shell.
  app.setNotFoundHandler((request, reply) => {
    if (hasWebApp && request.method === 'GET' && answersWithShell(request.url))
      return reply.type('text/html').sendFile('index.html');
    return sendProblem(request, reply, 404, 'route_not_found');
  });
  return app;
}
