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
  /** Extra request headers, e.g. an Idempotency-Key on a creating request. */
  readonly headers?: Record<string, string>;
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = {
    ...options.headers,
    Accept: 'application/json',
    'Accept-Language': i18n.language,
  };
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
  if (response.status === 204) return null as T;
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

export interface UploadOptions {
  readonly file: Blob;
  readonly contentType: string;
  /** Called with the share of the body sent so far, 0 to 1. */
  readonly onProgress?: (sent: number) => void;
  /** Aborts the upload (the promise then rejects with an AbortError). */
  readonly signal?: AbortSignal;
}

/**
 * POSTs a file as the raw body and reports upload progress, which fetch cannot do; headers,
 * errors and the 401 handling are the same as api().
 */
export function upload<T>(path: string, options: UploadOptions): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', i18n.language);
    xhr.setRequestHeader('Content-Type', options.contentType);
    if (csrfToken) xhr.setRequestHeader('X-CSRF-Token', csrfToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      const type = xhr.getResponseHeader('content-type') ?? '';
      let parsed: unknown = null;
      if (type.includes('json')) {
        try {
          parsed = JSON.parse(xhr.responseText);
        } catch {
          parsed = null;
        }
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(parsed as T);
        return;
      }
      if (xhr.status === 401) onUnauthenticated();
      const problem =
        parsed && typeof parsed === 'object'
          ? (parsed as Partial<Problem>)
          : { detail: i18n.t('errors.network', { status: xhr.status }) };
      reject(new ProblemError(xhr.status, problem));
    };
    xhr.onerror = () => reject(new ProblemError(0, { detail: i18n.t('errors.network', { status: 0 }) }));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(options.file);
  });
}
