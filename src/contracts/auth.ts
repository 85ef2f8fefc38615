import { z } from 'zod';
import { ZRole, ZUuid } from './common';

export const ZLoginRequest = z.strictObject({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

export const ZAssignment = z.object({
  role: ZRole,
  unitId: ZUuid,
  unitName: z.string(),
  unitCode: z.string(),
});

export const ZSessionResponse = z
  .object({
    user: z.object({
      id: ZUuid,
      username: z.string(),
      fullName: z.string(),
      homeUnitId: ZUuid,
      homeUnitName: z.string(),
      assignments: z.array(ZAssignment),
    }),
    csrfToken: z.string(),
    expiresAt: z.string(),
  })
  .meta({ id: 'Session' });

export const ZChangePasswordRequest = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(200),
});

export const ZSignOutEverywhereResponse = z.object({ ended: z.number().int() });
