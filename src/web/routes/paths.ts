/** The addresses of the pages. */
export const paths = {
  signIn: '/sign-in',
  home: '/',
  organisation: '/organisation',
  users: '/users',
  audit: '/audit',
  account: '/account',
} as const;
