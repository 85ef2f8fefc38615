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
} as const;
