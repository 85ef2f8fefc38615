import { z } from 'zod';
import { DEFAULT_DOSSIER_CODE_PATTERN, dossierCodePatternProblem } from '../domain/dossier/identifiers';

const ZConfig = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PROVINCE_CODE: z.string().min(1).default('60'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().positive().default(15),
  LOGIN_RATE_PER_MINUTE: z.coerce.number().int().positive().default(20),
  /** Answer 503 while the event loop lags more than this; 0 turns the guard off. */
  MAX_EVENT_LOOP_DELAY_MS: z.coerce.number().int().min(0).default(2000),
  /** Warn this many working days before a dossier or step is due (domain.md §4: default one). */
  DUE_SOON_WORKING_DAYS: z.coerce.number().min(0).max(10).default(1),
  /** Public status look-ups per minute and address (no enumeration of dossier codes). */
  LOOKUP_RATE_PER_MINUTE: z.coerce.number().int().positive().default(10),
  /** Layout of dossier codes (domain.md §4): {agency}, {yymmdd} or {yyyymmdd}, {seq3}…{seq6}. */
  DOSSIER_CODE_PATTERN: z
    .string()
    .default(DEFAULT_DOSSIER_CODE_PATTERN)
    .superRefine((pattern, ctx) => {
      const problem = dossierCodePatternProblem(pattern);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  /** Address printed in QR codes of official documents (the public verification page). */
  PUBLIC_BASE_URL: z.string().url().default('http://localhost:3000'),
  /** E-mail to applicants and staff goes through this SMTP server (smtp:// or smtps://); unset: e-mails wait. */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).default('MộtCửa <no-reply@motcua.invalid>'),
  /** SMS go through this HTTP gateway (POST JSON); unset: SMS wait. */
  SMS_GATEWAY_URL: z.string().url().optional(),
  SMS_GATEWAY_TOKEN: z.string().min(1).optional(),
  /** The brand name SMS are sent under. */
  SMS_SENDER: z.string().min(1).max(11).default('MOTCUA'),
  /** How often the outbox worker looks for messages to send. */
  OUTBOX_POLL_SECONDS: z.coerce.number().positive().default(15),
  COOKIE_SECURE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  DEMO: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /**
   * The counting policy printed under every report (domain/stats/report-figures.ts): whether a
   * received dossier that ended without a result counts as resolved, and whether one waiting for
   * the applicant's supplement counts as in progress.
   */
  STATS_ENDED_WITHOUT_RESULT: z.enum(['resolved', 'separate']).default('resolved'),
  STATS_WAITING_FOR_SUPPLEMENT: z.enum(['in_progress', 'excluded']).default('in_progress'),
  /**
   * Lowest points (over 100, of the points computed) of the service index's bands Tốt, Khá and
   * Trung bình; below the last: Yếu. Official cut-offs were not found (domain.md §9).
   */
  STATS_INDEX_BANDS: z
    .string()
    .regex(/^\d{1,3}(\.\d+)?,\d{1,3}(\.\d+)?,\d{1,3}(\.\d+)?$/)
    .default('80,65,50'),
  /** How often the statistics projector looks for new dossier events (live figures lag at most about this). */
  STATS_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(250),
  /** `false` behind a pooler that cannot keep prepared statements per client (see README). */
  DB_PREPARED_STATEMENTS: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});

export type AppConfig = z.infer<typeof ZConfig>;

/** Environment → typed configuration, with safe embedded defaults. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = ZConfig.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** Configuration for tests: everything default, quiet, with overrides. */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    ...loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DEMO: 'false',
      LOGIN_RATE_PER_MINUTE: '1000',
      // The embedded database runs on the event loop; a loaded test machine must not see 503s.
      MAX_EVENT_LOOP_DELAY_MS: '0',
    }),
    ...overrides,
  };
}
