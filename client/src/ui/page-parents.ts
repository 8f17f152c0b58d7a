import type { PageName } from '@renshe/shared/platform/pages'
import { routes } from '../routes'

/**
 * Where "Back" leads when there is nothing to go back to: the page was opened from a link, a
 * QR code, a message or a reload. Each sub-page names the page it is normally reached from; a
 * page not listed falls back to Home. The tab pages (Home, Messages, Me) have no parent.
 */
const parents: Partial<Record<PageName, PageName>> = {
  recordsYear: 'recordsSummary',
  certificate: 'certificates',
  consents: 'me',
  proxyGrants: 'me',
  accessLog: 'me',
  keptProfile: 'me',
  newGrant: 'proxyGrants',
  complaintSubmitted: 'myComplaints',
  complaint: 'myComplaints',
  handleCase: 'caseQueue',
  wagesStats: 'caseQueue',
  employerRespond: 'employerDesk',
  projects: 'employerDesk',
  payroll: 'employerDesk',
  assistance: 'pensionAccount',
  homeVisit: 'homeVisits',
  pensioners: 'pensionCoverage',
  visitReviews: 'pensionCoverage',
  overpayments: 'pensionCoverage',
  deathRecords: 'pensionCoverage',
  postJob: 'myJobPosts',
  flexibleSubsidy: 'flexibleInsurance',
  reviewSubsidies: 'jobsRegion',
  myApplications: 'jobMatches',
  applicants: 'myJobPosts',
  dayWork: 'myJobPosts',
  registerResident: 'jobCallbacks',
  newTrainingProgramme: 'trainingProgrammes',
  trainingProgramme: 'trainingProgrammes',
  trainingCourses: 'myTraining',
  newCourse: 'institutionCourses',
  courseRoster: 'institutionCourses',
  sessionCode: 'courseRoster',
  myEnrolment: 'myTraining',
  institutionFlags: 'trainingSupervision',
  assessmentCourse: 'assessorCourses',
  skillsRecord: 'myTraining',
  institutionSubsidies: 'institutionCourses',
  institutionAccount: 'institutionSubsidies',
  trainingSubsidies: 'trainingProgrammes',
  myEcard: 'myCard',
  myCardBenefits: 'myCard',
  cardApply: 'myCard',
  cardApplication: 'myCard',
  myCardPayments: 'myCard',
  applyArbitration: 'myArbitrations',
  reportInjury: 'myInjuries',
  applyInjury: 'myInjuries',
  applyInjuryForFamily: 'myInjuries',
  injury: 'myInjuries',
  contractDraft: 'myContracts',
  contract: 'myContracts',
}

const byPath = new Map<string, PageName>(Object.entries(routes).map(([name, path]) => [path, name as PageName]))

/** The page a sub-page's "Back" falls back to, from the sub-page's path (query and all). */
export function parentOf(path: string | undefined): string {
  const bare = (path ?? '').split('?')[0] ?? ''
  const name = byPath.get(bare.startsWith('/') ? bare : `/${bare}`)
  const parent = name ? parents[name] : undefined
  return parent ? routes[parent] : routes.home
}
