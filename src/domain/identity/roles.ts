/** Roles of domain.md §1; every assignment is scoped to an organisation unit and its descendants. */
export const ROLES = [
  'citizen', // người dân, doanh nghiệp
  'clerk', // công chức Bộ phận Một cửa
  'officer', // chuyên viên xử lý
  'approver', // lãnh đạo phòng / cơ quan
  'agency_admin', // quản trị đơn vị
  'par_officer', // chuyên viên CCHC
  'leader', // lãnh đạo UBND
  'system_admin', // quản trị hệ thống
] as const;

export type Role = (typeof ROLES)[number];

export const STAFF_ROLES: readonly Role[] = ROLES.filter((r) => r !== 'citizen');

/** Roles an agency admin may hand out inside its own scope (never system_admin). */
export const ASSIGNABLE_BY_AGENCY_ADMIN: readonly Role[] = [
  'clerk',
  'officer',
  'approver',
  'agency_admin',
  'par_officer',
  'leader',
];
