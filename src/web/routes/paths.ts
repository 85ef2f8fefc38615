/** The addresses of the pages. */
export const paths = {
  signIn: '/sign-in',
  /** Public: the province's public service portal (Cổng dịch vụ công), for citizens and businesses. */
  publicHome: '/',
  /** Signed-in users: the home of their roles (trang làm việc). */
  home: '/home',
  organisation: '/organisation',
  users: '/users',
  audit: '/audit',
  /** System admins: outgoing SMS and e-mail (?state=&channel=&page=). */
  notifications: '/notifications',
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
  /** Clerks: take a dossier at the counter (tiếp nhận hồ sơ). */
  deskIntake: '/desk/intake',
  /** Staff: the work lists (?view=&q=&page=). */
  dossiers: '/dossiers',
  /** Staff: one dossier (use generatePath). */
  dossier: '/dossiers/:id',
  /** Public: a dossier's status by its code and the applicant's phone or id digits (tra cứu). */
  publicLookup: '/tra-cuu',
  /** Public: verification of an issued document, the target of its QR code (use generatePath). */
  verifyForm: '/xac-thuc/:formId',
  /** Statistics readers: the standard report (?period=&unit=&level=&children=&successors=&by=). */
  statsReport: '/stats/report',
  /** Statistics readers: the dossiers behind one number (the report's query, &group=&figure=&page=). */
  statsDossiers: '/stats/dossiers',
  /** Statistics readers: the procedures an index indicator counts (the scope, &filter=&page=). */
  statsProcedures: '/stats/procedures',
  /** Statistics readers: the national service index (Decision 766/QĐ-TTg), computed from our data. */
  statsIndex: '/stats/index',
  /** Reform programme (CCHC): the leaders' live task board (?plan=&area=&unit=). */
  parBoard: '/cchc',
  /** Reform programme: the plans (kế hoạch CCHC). */
  parPlans: '/cchc/plans',
  /** Reform programme: one plan with its targets for a year (use generatePath; ?year=). */
  parPlan: '/cchc/plans/:id',
  /** Reform programme: the tasks the caller follows (?status=&mine=&plan=&unit=&page=). */
  parTasks: '/cchc/tasks',
  /** Reform programme: one task (use generatePath). */
  parTask: '/cchc/tasks/:id',
  /** Reform programme: the PAR-index scoring rounds (chấm điểm Chỉ số CCHC). */
  parScoring: '/cchc/scoring',
  /** Reform programme: one scoring round with its ranking (use generatePath). */
  parScoringRound: '/cchc/scoring/:id',
  /** Reform programme: a scoring round's criteria tree and bands, edited before it opens (use generatePath). */
  parScoringCriteria: '/cchc/scoring/:id/criteria',
  /** Reform programme: one unit's score sheet in a round (use generatePath). */
  parScoreSheet: '/cchc/scoring/:id/units/:unitId',
  /** Reform programme: the yearly PAR inspection plans with their coverage (kiểm tra CCHC). */
  parInspections: '/cchc/inspections',
  /** Reform programme: the findings the caller's units must remedy. */
  parInspectionFindings: '/cchc/inspections/findings',
  /** Reform programme: one inspection plan (use generatePath). */
  parInspectionPlan: '/cchc/inspections/:id',
  /** Reform programme: the periodic report rounds (báo cáo định kỳ CCHC). */
  parReports: '/cchc/reports',
  /** Reform programme: one report round with its units' status (use generatePath). */
  parReportRound: '/cchc/reports/:id',
  /** Reform programme: one unit's report in a round, the province's being the consolidated one (use generatePath). */
  parUnitReport: '/cchc/reports/:id/units/:unitId',
  /** Public: each unit's on-time rate and index (công khai, minh bạch). */
  transparency: '/minh-bach',
} as const;
