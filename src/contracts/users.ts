import { z } from 'zod';
import { ZPageQuery, ZRole, ZUuid } from './common';

export const ZUser = z
  .object({
    id: ZUuid,
    username: z.string(),
    fullName: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    active: z.boolean(),
    lockedUntil: z.string().nullable(),
    homeUnitId: ZUuid,
    homeUnitName: z.string(),
    assignments: z.array(z.object({ role: ZRole, unitId: ZUuid, unitName: z.string() })),
    version: z.number().int(),
  })
  .meta({ id: 'User' });

export const ZUserListQuery = ZPageQuery.extend({
  q: z.string().trim().max(100).optional(),
  unitId: ZUuid.optional(),
});

export const ZUserList = z.object({ users: z.array(ZUser), total: z.number().int() });

const username = z
  .string()
  .trim()
  .min(3)
  .max(50)
  .regex(/^[a-z0-9._-]+$/, 'lowercase letters, digits, dot, dash, underscore');

export const ZAssignmentInput = z.strictObject({ role: ZRole, unitId: ZUuid });

export const ZCreateUserRequest = z.strictObject({
  username,
  fullName: z.string().trim().min(2).max(120),
  email: z.email().max(200).nullable().optional(),
  phone: z
    .string()
    .trim()
    .regex(/^(0|\+84)\d{9,10}$/, 'Vietnamese phone number')
    .nullable()
    .optional(),
  password: z.string().min(1).max(200),
  homeUnitId: ZUuid,
  assignments: z.array(ZAssignmentInput).min(1).max(20),
});

export const ZUpdateUserRequest = z.strictObject({
  fullName: z.string().trim().min(2).max(120).optional(),
  email: z.email().max(200).nullable().optional(),
  phone: z
    .string()
    .trim()
    .regex(/^(0|\+84)\d{9,10}$/, 'Vietnamese phone number')
    .nullable()
    .optional(),
  active: z.boolean().optional(),
  assignments: z.array(ZAssignmentInput).min(1).max(20).optional(),
  unlock: z.literal(true).optional(),
  version: z.number().int().positive(),
});

export const ZResetPasswordRequest = z.strictObject({ newPassword: z.string().min(1).max(200) });
