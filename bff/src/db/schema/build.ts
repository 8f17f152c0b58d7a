import { cardTables } from './card'
import { contractsTables } from './contracts'
import type { Dialect } from './dialect'
import { disputesTables } from './disputes'
import { identityTables } from './identity'
import { jobsTables } from './jobs'
import { jobsInsuranceTables } from './jobs-insurance'
import { jobsSearchTables } from './jobs-search'
import { jobsSubsidyTables } from './jobs-subsidy'
import { jobsWorkTables } from './jobs-work'
import { platformTables } from './platform'
import { recordsTables } from './records'
import { retireeTables } from './retiree'
import { trainingTables } from './training'
import { trainingAttendanceTables } from './training-attendance'
import { trainingCourseTables } from './training-courses'
import { trainingSubsidyTables } from './training-subsidies'
import { wagesTables } from './wages'

/** Every table of the portal, built for one engine from the one description in this folder. */
export function buildSchema(d: Dialect) {
  const identity = identityTables(d)
  const wages = wagesTables(d, identity)
  const jobs = jobsTables(d, { users: identity.users, employers: wages.employers })
  const records = recordsTables(d)
  const training = trainingTables(d, { users: identity.users })
  const courses = trainingCourseTables(d, { users: identity.users, trainingVouchers: training.trainingVouchers })
  const retiree = retireeTables(d, identity)
  return {
    ...identity,
    ...platformTables(d),
    ...records,
    ...wages,
    ...retiree,
    ...jobs,
    ...jobsWorkTables(d, { users: identity.users, employers: wages.employers, jobPosts: jobs.jobPosts }),
    ...jobsInsuranceTables(d, { users: identity.users, insuredPersons: records.insuredPersons }),
    ...jobsSearchTables(d, { jobPosts: jobs.jobPosts }),
    ...jobsSubsidyTables(d, { users: identity.users, insuredPersons: records.insuredPersons }),
    ...training,
    ...courses,
    ...trainingAttendanceTables(d, { users: identity.users, trainingVouchers: training.trainingVouchers, ...courses }),
    ...trainingSubsidyTables(d, { users: identity.users, ...training, trainingEnrolments: courses.trainingEnrolments }),
    ...cardTables(d, { users: identity.users, partners: retiree.partners }),
    ...disputesTables(d, { users: identity.users, employers: wages.employers, cases: wages.cases }),
    ...contractsTables(d, { users: identity.users, employers: wages.employers }),
  }
}

export type Schema = ReturnType<typeof buildSchema>
