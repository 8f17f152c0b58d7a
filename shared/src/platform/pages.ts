/**
 * Every page of the client, by name: the one table both sides use. The client links between
 * modules through it (they must not import one another); the BFF takes from it the page a
 * notice or a subscribe message opens, so a moved page cannot leave a dead link on the server.
 */
export const pages = {
  recordsSummary: '/features/records/pages/summary/index',
  issueCertificate: '/features/records/pages/issue/index',
  certificates: '/features/records/pages/certificates/index',
  verify: '/features/records/pages/verify/index',
  realName: '/features/identity/pages/real-name/index',
  consents: '/features/identity/pages/consents/index',
  proxyGrants: '/features/identity/pages/proxy-grants/index',
  accessLog: '/features/identity/pages/access-log/index',
  actFor: '/features/identity/pages/act-for/index',
  keptProfile: '/features/identity/pages/kept/index',
  home: '/pages/home/index',
  inbox: '/pages/inbox/index',
  me: '/pages/me/index',
  login: '/pages/login/index',
  newGrant: '/features/identity/pages/new-grant/index',
  recordsYear: '/features/records/pages/year/index',
  certificate: '/features/records/pages/certificate/index',
  fileComplaint: '/features/wages/pages/file/index',
  complaintSubmitted: '/features/wages/pages/submitted/index',
  myComplaints: '/features/wages/pages/my-cases/index',
  complaint: '/features/wages/pages/case/index',
  caseQueue: '/features/wages/pages/queue/index',
  handleCase: '/features/wages/pages/handle/index',
  wagesStats: '/features/wages/pages/stats/index',
  employerDesk: '/features/wages/pages/employer/index',
  employerRespond: '/features/wages/pages/respond/index',
  projects: '/features/wages/pages/projects/index',
  payroll: '/features/wages/pages/payroll/index',
  pensionAccount: '/features/retiree/pages/account/index',
  pensionCertify: '/features/retiree/pages/certify/index',
  assistance: '/features/retiree/pages/assistance/index',
  homeVisits: '/features/retiree/pages/visits/index',
  homeVisit: '/features/retiree/pages/visit/index',
  pensionCoverage: '/features/retiree/pages/coverage/index',
  pensioners: '/features/retiree/pages/pensioners/index',
  visitReviews: '/features/retiree/pages/reviews/index',
  overpayments: '/features/retiree/pages/overpayments/index',
  deathRecords: '/features/retiree/pages/deaths/index',
  jobProfile: '/features/jobs/pages/profile/index',
  openJobs: '/features/jobs/pages/open/index',
  postJob: '/features/jobs/pages/post/index',
  myJobPosts: '/features/jobs/pages/my-posts/index',
  reviewJobPosts: '/features/jobs/pages/review/index',
  flexibleInsurance: '/features/jobs/pages/insurance/index',
  jobMatches: '/features/jobs/pages/matches/index',
  myApplications: '/features/jobs/pages/applications/index',
  applicants: '/features/jobs/pages/applicants/index',
  dayWork: '/features/jobs/pages/day-work/index',
  jobCallbacks: '/features/jobs/pages/callbacks/index',
  registerResident: '/features/jobs/pages/register-resident/index',
  jobsRegion: '/features/jobs/pages/region/index',
  flexibleSubsidy: '/features/jobs/pages/subsidy/index',
  reviewSubsidies: '/features/jobs/pages/subsidy-review/index',
  myTraining: '/features/training/pages/mine/index',
  trainingProgrammes: '/features/training/pages/programmes/index',
  newTrainingProgramme: '/features/training/pages/new-programme/index',
  trainingProgramme: '/features/training/pages/programme/index',
  trainingCourses: '/features/training/pages/courses/index',
  institutionCourses: '/features/training/pages/institution-courses/index',
  newCourse: '/features/training/pages/new-course/index',
  courseRoster: '/features/training/pages/roster/index',
  sessionCode: '/features/training/pages/session-code/index',
  myEnrolment: '/features/training/pages/enrolment/index',
  trainingSupervision: '/features/training/pages/supervision/index',
  institutionFlags: '/features/training/pages/institution-flags/index',
  assessorCourses: '/features/training/pages/assessor-courses/index',
  assessmentCourse: '/features/training/pages/assessment-course/index',
  skillsRecord: '/features/training/pages/skills-record/index',
  verifySkills: '/features/training/pages/verify-skills/index',
  trainingSubsidies: '/features/training/pages/subsidies/index',
  institutionSubsidies: '/features/training/pages/institution-subsidies/index',
  institutionAccount: '/features/training/pages/institution-account/index',
  myCard: '/features/card/pages/mine/index',
} as const

export type PageName = keyof typeof pages

/** A link to a page with its query, e.g. `pageLink('complaint', { id })` → `/features/wages/pages/case/index?id=…`. */
export function pageLink(page: PageName, query: Readonly<Record<string, string>> = {}): string {
  // Built by hand: the mini-program runtime has no URLSearchParams.
  const search = Object.entries(query)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&')
  return search ? `${pages[page]}?${search}` : pages[page]
}
