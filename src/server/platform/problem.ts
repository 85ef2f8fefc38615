import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type FieldError } from './errors';
import { formatMessage, type Lang, languageFrom, type ProblemCode, problemMessages } from './messages';

const titles: Record<number, { vi: string; en: string }> = {
  400: { vi: 'Yêu cầu không hợp lệ', en: 'Bad request' },
  401: { vi: 'Chưa đăng nhập', en: 'Unauthenticated' },
  403: { vi: 'Không có quyền', en: 'Forbidden' },
  404: { vi: 'Không tìm thấy', en: 'Not found' },
  409: { vi: 'Xung đột dữ liệu', en: 'Conflict' },
  413: { vi: 'Nội dung quá lớn', en: 'Payload too large' },
  415: { vi: 'Kiểu nội dung không hỗ trợ', en: 'Unsupported media type' },
  422: { vi: 'Không xử lý được', en: 'Unprocessable content' },
  423: { vi: 'Tài khoản tạm khóa', en: 'Locked' },
  429: { vi: 'Quá nhiều yêu cầu', en: 'Too many requests' },
  500: { vi: 'Lỗi hệ thống', en: 'Internal error' },
  503: { vi: 'Hệ thống quá tải', en: 'Service unavailable' },
};

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: ProblemCode,
  params: Record<string, string | number> = {},
  errors: readonly FieldError[] = [],
) {
  const lang: Lang = languageFrom(request.headers['accept-language']);
  const title = (titles[status] ?? titles[400])?.[lang] ?? '';
  return reply
    .code(status)
    .type('application/problem+json')
    .header('content-language', lang)
    .send({
      type: `https://motcua.gov.vn/problems/${code.replaceAll('_', '-')}`,
      title,
      status,
      detail: formatMessage(problemMessages[code][lang], { requestId: request.id, ...params }),
      code,
      instance: request.url,
      requestId: request.id,
      errors,
    });
}

function codeForClientError(error: FastifyError): { status: number; code: ProblemCode } {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, code: 'body_too_large' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { status: 415, code: 'unsupported_media_type' };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { status: 400, code: 'malformed_json' };
    default:
      if (error instanceof SyntaxError) return { status: 400, code: 'malformed_json' };
      if (error.statusCode === 429) return { status: 429, code: 'too_many_requests' };
      if (error.statusCode === 503) return { status: 503, code: 'service_unavailable' };
      return { status: error.statusCode ?? 400, code: 'validation_failed' };
  }
}

/** Unique constraints whose violation means a well-known conflict (a lost race with a twin request). */
const uniqueConstraintCodes: Record<string, ProblemCode> = {
  units_code_uq: 'unit_code_taken',
  users_username_uq: 'username_taken',
  procedures_code_uq: 'procedure_code_taken',
};

/** The PostgreSQL error under a driver's or Drizzle's wrapper, if any. */
function postgresError(error: unknown): { code: string; constraint?: string } | undefined {
  let cursor: unknown = error;
  for (let depth = 0; depth < 5 && cursor && typeof cursor === 'object'; depth++) {
    const candidate = cursor as { code?: unknown; constraint?: unknown; cause?: unknown };
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) {
      return {
        code: candidate.code,
        constraint: typeof candidate.constraint === 'string' ? candidate.constraint : undefined,
      };
    }
    cursor = candidate.cause;
  }
  return undefined;
}

/** One error handler for the whole app: problem+json, vi/en, no details of 5xx to clients. */
export function registerProblemHandlers(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return sendProblem(request, reply, error.status, error.code, error.params, error.fieldErrors);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = error.validation.map((v) => ({
        path: `${error.validationContext ?? 'body'}${v.instancePath.replaceAll('/', '.')}`,
        message: v.message ?? 'invalid',
        code: v.keyword,
      }));
      return sendProblem(request, reply, 400, 'validation_failed', {}, errors);
    }
    const pgError = postgresError(error);
    if (pgError?.code === '23505') {
      return sendProblem(
        request,
        reply,
        409,
        uniqueConstraintCodes[pgError.constraint ?? ''] ?? 'version_conflict',
      );
    }
    // Serialization failure or deadlock: the other request won; the client may retry.
    if (pgError?.code === '40001' || pgError?.code === '40P01')
      return sendProblem(request, reply, 409, 'version_conflict');
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'response did not match its schema');
      return sendProblem(request, reply, 500, 'internal_error');
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const mapped = codeForClientError(error);
      return sendProblem(request, reply, mapped.status, mapped.code);
    }
    if (status === 503) return sendProblem(request, reply, 503, 'service_unavailable');
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, 500, 'internal_error');
  });
}
