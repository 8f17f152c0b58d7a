/** Every page's path, for links between modules that must not import one another. */
export const routes = {
  recordsSummary: '/features/records/pages/summary/index',
  issueCertificate: '/features/records/pages/issue/index',
  certificates: '/features/records/pages/certificates/index',
  verify: '/features/records/pages/verify/index',
  realName: '/features/identity/pages/real-name/index',
  consents: '/features/identity/pages/consents/index',
  proxyGrants: '/features/identity/pages/proxy-grants/index',
  accessLog: '/features/identity/pages/access-log/index',
  actFor: '/features/identity/pages/act-for/index',
  home: '/pages/home/index',
  inbox: '/pages/inbox/index',
  me: '/pages/me/index',
  login: '/pages/login/index',
  newGrant: '/features/identity/pages/new-grant/index',
  recordsYear: '/features/records/pages/year/index',
  certificate: '/features/records/pages/certificate/index',
} as const
