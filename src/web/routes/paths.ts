/** The addresses of the pages. */
export const paths = {
  signIn: '/sign-in',
  home: '/',
  organisation: '/organisation',
  users: '/users',
  audit: '/audit',
  account: '/account',
  /** Public: the working-time calendar of a year. */
  calendar: '/calendar',
  /** Public: when a result is due (khi nào có kết quả). */
  dueTime: '/due-time',
  /** Public: the catalog of administrative procedures (Bộ thủ tục hành chính). */
  procedures: '/procedures',
  /** Catalog admins: the procedures they manage (before `procedure`: a fixed segment, not an id). */
  managedProcedures: '/procedures/managed',
  /** Public: one procedure's version in force (use generatePath). */
  procedure: '/procedures/:id',
  /** Catalog admins: a procedure's versions (use generatePath). */
  procedureVersions: '/procedures/:id/manage',
} as const;
