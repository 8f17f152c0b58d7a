import * as card from '../card/contract'
import * as contracts from '../contracts/contract'
import * as disputes from '../disputes/contract'
import * as injuries from '../disputes/injury-contract'
import * as identity from '../identity/contract'
import * as keptPeople from '../identity/kept-contract'
import * as inbox from '../inbox/contract'
import * as jobs from '../jobs/contract'
import * as jobApplications from '../jobs/applications-contract'
import * as jobInsurance from '../jobs/insurance-contract'
import * as jobMatches from '../jobs/matches-contract'
import * as jobPosts from '../jobs/posts-contract'
import * as jobRegion from '../jobs/region-contract'
import * as jobSubsidy from '../jobs/subsidy-contract'
import * as records from '../records/contract'
import * as retiree from '../retiree/contract'
import * as trainingAssessment from '../training/assessment-contract'
import * as trainingAttendance from '../training/attendance-contract'
import * as training from '../training/contract'
import * as trainingCourses from '../training/courses-contract'
import * as trainingProgrammes from '../training/programmes-contract'
import * as trainingSubsidies from '../training/subsidy-contract'
import * as wages from '../wages/contract'
import type { Operation } from './operation'

/** Every operation of the API, for the OpenAPI document and for tests that walk all routes. */
export const allOperations: readonly Operation[] = [
  ...Object.values(identity),
  ...Object.values(keptPeople),
  ...Object.values(inbox),
  ...Object.values(records),
  ...Object.values(wages),
  ...Object.values(disputes),
  ...Object.values(injuries),
  ...Object.values(contracts),
  ...Object.values(retiree),
  ...Object.values(jobs),
  ...Object.values(jobPosts),
  ...Object.values(jobApplications),
  ...Object.values(jobMatches),
  ...Object.values(jobInsurance),
  ...Object.values(jobRegion),
  ...Object.values(jobSubsidy),
  ...Object.values(training),
  ...Object.values(trainingProgrammes),
  ...Object.values(trainingCourses),
  ...Object.values(trainingAssessment),
  ...Object.values(trainingAttendance),
  ...Object.values(trainingSubsidies),
  ...Object.values(card),
]

