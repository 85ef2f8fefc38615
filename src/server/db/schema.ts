import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** Administrative levels are data: tỉnh / huyện / xã, each with the period it existed. */
export const levels = pgTable('levels', {
  code: text('code').primaryKey(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  rank: integer('rank').notNull(),
  validFrom: date('valid_from').notNull(),
  validTo: date('valid_to'),
});

/** Organisation units: province, departments, districts, communes, service centre, one-stop desks. */
export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey(),
    provinceCode: text('province_code').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    levelCode: text('level_code')
      .notNull()
      .references(() => levels.code),
    parentId: uuid('parent_id').references((): AnyPgColumn => units.id),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    successorId: uuid('successor_id').references((): AnyPgColumn => units.id),
    closedReason: text('closed_reason'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('units_code_uq').on(t.provinceCode, t.code),
    index('units_parent_idx').on(t.parentId),
    index('units_successor_idx').on(t.successorId),
    check(
      'units_kind_ck',
      sql`${t.kind} in ('province','department','district','commune','service_centre','desk','division')`,
    ),
    check('units_validity_ck', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
    check('units_not_own_parent_ck', sql`${t.parentId} is null or ${t.parentId} <> ${t.id}`),
  ],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    username: text('username').notNull(),
    fullName: text('full_name').notNull(),
    email: text('email'),
    phone: text('phone'),
    passwordHash: text('password_hash').notNull(),
    active: boolean('active').notNull().default(true),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull(),
    homeUnitId: uuid('home_unit_id')
      .notNull()
      .references(() => units.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('users_username_uq').on(sql`lower(${t.username})`),
    index('users_home_unit_idx').on(t.homeUnitId),
  ],
);

export const roleAssignments = pgTable(
  'role_assignments',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.role, t.unitId] }),
    index('role_assignments_unit_idx').on(t.unitId),
    check(
      'role_assignments_role_ck',
      sql`${t.role} in ('citizen','clerk','officer','approver','agency_admin','par_officer','leader','system_admin')`,
    ),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [uniqueIndex('sessions_token_hash_uq').on(t.tokenHash), index('sessions_user_idx').on(t.userId)],
);

/** Head of each audit stream: the last sequence number and hash, locked by each append. */
export const auditStreams = pgTable('audit_streams', {
  stream: text('stream').primaryKey(),
  lastSeq: bigint('last_seq', { mode: 'number' }).notNull(),
  lastHash: text('last_hash').notNull(),
});

/** Append-only, hash-chained audit log; one chain per stream (a unit, or "system"). */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey(),
    stream: text('stream').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name'),
    unitId: uuid('unit_id'),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    ip: text('ip'),
    details: jsonb('details').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    uniqueIndex('audit_log_stream_seq_uq').on(t.stream, t.seq),
    index('audit_log_time_idx').on(t.occurredAt),
    index('audit_log_unit_time_idx').on(t.unitId, t.occurredAt),
  ],
);

/** Stored answers of creating requests, so a retried request with the same key gets the first answer. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: uuid('user_id').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    statusCode: integer('status_code').notNull(),
    body: jsonb('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);
