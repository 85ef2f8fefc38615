/**
 * The one HTTP client of the web app: sends the UI language and the CSRF token, and turns
 * problem+json answers into a typed ProblemError.
 */
import i18n from '../i18n';
import type { Problem } from './types';

export class ProblemError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly errors: Problem['errors'];

  constructor(status: number, problem: Partial<Problem>) {
    const detail = problem.detail ?? problem.title ?? `HTTP ${status}`;
    super(detail);
    this.name = 'ProblemError';
    this.status = status;
    this.code = problem.code ?? 'unknown';
    this.detail = detail;
    this.errors = problem.errors ?? [];
  }
}

let csrfToken: string | null = null;
let onUnauthenticated: () => void = () => {};

/** The session's CSRF token, sent with every state-changing request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a signed-in request answers 401 (the session ended or expired). */
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  readonly method?: Method;
  /** A JSON body, or a raw text body with its content type. */
  readonly json?: unknown;
  readonly text?: { readonly body: string; readonly contentType: string };
  readonly query?: Record<string, string | number | undefined>;
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': i18n.language };
  let body: string | undefined;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.text) {
    headers['Content-Type'] = options.text.contentType;
    body = options.text.body;
  }
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  const response = await fetch(withQuery(path, options.query), {
    method,
    headers,
    body,
    credentials: 'same-origin',
  });
  if (!response.ok) {
    const problem = await readProblem(response);
    if (response.status === 401 && path !== '/api/auth/login' && path !== '/api/auth/session')
      onUnauthenticated();
    throw new ProblemError(response.status, problem);
  }
  return (await response.json()) as T;
}

function withQuery(path: string, query: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function readProblem(response: Response): Promise<Partial<Problem>> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return { detail: i18n.t('errors.network', { status: response.status }) };
  try {
    return (await response.json()) as Partial<Problem>;
  } catch {
    return { detail: i18n.t('errors.network', { status: response.status }) };
  }
}
