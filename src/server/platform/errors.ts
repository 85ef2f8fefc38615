import type { ProblemCode } from './messages';

/** A typed error with a stable code; one handler maps it to problem+json. */
export class AppError extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly status: number,
    readonly params: Record<string, string | number> = {},
    readonly fieldErrors: readonly FieldError[] = [],
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export interface FieldError {
  readonly path: string;
  readonly message: string;
  readonly code?: string;
}

export const notFound = () => new AppError('not_found', 404);
export const forbidden = () => new AppError('forbidden', 403);
export const unauthenticated = () => new AppError('unauthenticated', 401);
export const versionConflict = () => new AppError('version_conflict', 409);
