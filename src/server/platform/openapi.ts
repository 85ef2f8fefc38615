import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import type { RouteOptions } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { FORM_TEMPLATE_TYPES } from '../../contracts/catalog';
import { type AccessRule, changesState, credentialsRequired } from './access';
import { CSRF_HEADER, SESSION_COOKIE } from './auth-plugin';

/**
 * How the OpenAPI document describes each route, derived from what the route declares: its
 * access rule (the one the auth hook enforces) gives its security and its 401/403 answers, its
 * inputs give 400 and 404, a state change gives 409 and 422.
 */

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Problem statuses a route answers beyond those its declaration implies (documented too). */
    moreProblems?: readonly number[];
  }
}

type Transform = NonNullable<FastifyDynamicSwaggerOptions['transform']>;
type TransformObject = NonNullable<FastifyDynamicSwaggerOptions['transformObject']>;
type RouteSchema = NonNullable<RouteOptions['schema']>;
interface ResponseObject {
  readonly description: string;
  /** JSON schemas with a description; @fastify/swagger turns each into a header object. */
  readonly headers?: Record<string, { description: string; type: string; enum?: readonly string[] }>;
  readonly content: Record<string, { schema: object }>;
}
type SecurityRequirement = Record<string, string[]>;
type JsonSchema = Record<string, unknown>;
const isObject = (value: unknown): value is JsonSchema => typeof value === 'object' && value !== null;

export const SECURITY_SCHEMES = {
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: 'The session cookie POST /api/auth/login sets (HttpOnly); every non-public route needs it.',
  },
  csrf: {
    type: 'apiKey',
    in: 'header',
    name: CSRF_HEADER,
    description:
      'The csrfToken of POST /api/auth/login or GET /api/auth/session; every state-changing request of a session sends it.',
  },
} as const;

/** The security requirement of a route: none when public, the session, and the CSRF header on writes. */
export function securityOf(rule: AccessRule, method: string): SecurityRequirement[] {
  const required = credentialsRequired(rule, method);
  if (!required.session) return [];
  return [required.csrf ? { session: [], csrf: [] } : { session: [] }];
}

const problemWhy: Record<number, string> = {
  400: 'The request is malformed or fails validation (`validation_failed`, with `errors[]` per field).',
  401: 'No valid session (`unauthenticated`), or a wrong username or password at sign-in (`invalid_credentials`).',
  403: 'The caller lacks the role or the right on this record (`forbidden`), or the CSRF header is missing (`csrf_failed`).',
  404: 'Nothing with this id (or these details) in the caller’s scope.',
  409: 'The record changed meanwhile (`version_conflict`) or its state does not allow this.',
  413: 'The body is larger than allowed (`body_too_large`).',
  415: 'The body’s media type is not accepted (`unsupported_media_type`).',
  422: 'Well-formed, but a rule of the domain refuses it.',
  423: 'The account is locked for a while after failed sign-ins (`account_locked`).',
  429: 'Too many requests; try again later (`too_many_requests`).',
};

/** The 4xx answers a route can give, from its declaration. */
export function problemStatusesOf(
  rule: AccessRule,
  method: string,
  schema: Pick<RouteSchema, 'params' | 'querystring' | 'body'> | undefined,
  rateLimited: boolean,
): number[] {
  const required = credentialsRequired(rule, method);
  const isCommand = changesState(method);
  const statuses = new Set<number>();
  if (schema?.params || schema?.querystring || schema?.body || isCommand) statuses.add(400);
  if (required.session) statuses.add(401).add(403);
  if (schema?.params) statuses.add(404);
  if (isCommand) statuses.add(409).add(413).add(415).add(422);
  if (rateLimited) statuses.add(429);
  return [...statuses].sort((a, b) => a - b);
}

const problemResponse = (status: number): ResponseObject => ({
  description: problemWhy[status] ?? 'A problem',
  headers: {
    'content-language': {
      description:
        'The language of `title` and `detail`: vi by default, en when Accept-Language asks for it.',
      type: 'string',
      enum: ['vi', 'en'],
    },
  },
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/** What a route that declares no JSON answer sends, told by its path. */
function fileResponseOf(url: string): ResponseObject {
  const binary = { schema: { type: 'string', format: 'binary' } } as const;
  if (url.endsWith('/live'))
    return {
      description: 'Server-sent events',
      content: { 'text/event-stream': { schema: { type: 'string' } } },
    };
  // The office types we send are the ones form templates may have (PDF, Word, Excel…).
  const extension = url.slice(url.lastIndexOf('.'));
  const type = Object.entries(FORM_TEMPLATE_TYPES).find(([, known]) => known === extension)?.[0];
  return { description: 'The file', content: { [type ?? 'application/octet-stream']: binary } };
}

const isSuccess = (status: string) => status.startsWith('2');

const successWhy: Record<string, string> = { '200': 'OK', '201': 'Created', '204': 'Done; nothing to send' };

/** A declared JSON answer, with a description in place of @fastify/swagger's "Default Response". */
function jsonResponse(status: string, schema: unknown): unknown {
  const description = successWhy[status] ?? 'Success';
  if (!isObject(schema) || 'content' in schema) return schema;
  if (schema.type === 'null') return { ...schema, description };
  return { description, content: { 'application/json': { schema } } };
}

/** Adds security, problem answers and file answers to what the Zod transform makes of a route. */
export const openApiTransform: Transform = (document) => {
  const transformed = jsonSchemaTransform(document);
  const { route } = document;
  const rule = route.config?.access;
  const schema = transformed.schema as Record<string, unknown> & { hide?: boolean };
  if (!rule || schema.hide) return transformed;
  const method = (Array.isArray(route.method) ? route.method[0] : route.method) ?? 'GET';
  const declared = (schema.response ?? {}) as Record<string, unknown>;
  const response: Record<string, unknown> = {};
  for (const [status, answer] of Object.entries(declared))
    if (!status.startsWith('4')) response[status] = jsonResponse(status, answer);
  if (!Object.keys(response).some(isSuccess)) response['200'] = fileResponseOf(route.url);
  const derived = problemStatusesOf(rule, method, route.schema, route.config?.rateLimit !== undefined);
  const statuses = [...new Set([...derived, ...(route.config?.moreProblems ?? [])])].sort((a, b) => a - b);
  for (const status of statuses) response[String(status)] = problemResponse(status);
  return { ...transformed, schema: { ...schema, security: securityOf(rule, method), response } };
};

type OpenApiObject = ReturnType<TransformObject>;

/** Components nothing refers to (the input copies of output schemas) are left out. */
function withoutUnusedSchemas(document: OpenApiObject): OpenApiObject {
  const kept = structuredClone(document);
  const schemas = 'components' in kept ? kept.components?.schemas : undefined;
  if (!schemas) return kept;
  for (;;) {
    const text = JSON.stringify(kept);
    const unused = Object.keys(schemas).filter((name) => !text.includes(`"#/components/schemas/${name}"`));
    if (unused.length === 0) return kept;
    for (const name of unused) delete schemas[name];
  }
}

/**
 * A record keyed by an enum (`z.record(z.enum(…), v)`) has every key: say so as properties, so
 * generated clients get the exact keys and validators see the required keys defined.
 */
function withEnumKeysAsProperties(node: unknown): void {
  if (Array.isArray(node)) for (const item of node) withEnumKeysAsProperties(item);
  if (!isObject(node)) return;
  for (const value of Object.values(node)) withEnumKeysAsProperties(value);
  const keys = isObject(node.propertyNames) ? node.propertyNames.enum : undefined;
  if (Array.isArray(keys) && !node.properties && isObject(node.additionalProperties)) {
    const valueSchema = node.additionalProperties;
    node.properties = Object.fromEntries(keys.map((key) => [String(key), valueSchema]));
  }
}

export const openApiTransformObject: TransformObject = (document) => {
  const described = withoutUnusedSchemas(jsonSchemaTransformObject(document));
  withEnumKeysAsProperties(described);
  return described;
};
