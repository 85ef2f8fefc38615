/** Stable codes for service-index errors; the HTTP layer maps them to problem+json. */
export type ServiceIndexErrorCode = 'no_formula_set_in_force' | 'invalid_input' | 'invalid_bands';

/** A typed domain error for the national service index, carrying a stable `code`. */
export class ServiceIndexError extends Error {
  /** The message in Vietnamese, for people; `message` is the English one. */
  readonly vi: string;
  constructor(
    readonly code: ServiceIndexErrorCode,
    message: string,
    vi: string = message,
  ) {
    super(message);
    this.vi = vi;
    this.name = 'ServiceIndexError';
  }
}
