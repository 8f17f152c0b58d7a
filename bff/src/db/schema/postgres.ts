import { buildSchema } from './build'
import { postgresDialect } from './dialect'

/** The portal's tables on PostgreSQL: what drizzle-kit generates that engine's migrations from. */
export const schema = buildSchema(postgresDialect)

export const { users, realNames, sessions, consents, proxyGrants, keptProfiles, auditLog, idempotencyKeys, rateLimits,
  inboxMessages, auditHead, outboundMessages, jobRuns, insuredPersons, contributions, certificates,
  employers, projects, payrollMonths, payrollLines, payrollAlerts, calendarDays, complaintDrafts, cases,
  caseEvents, caseCounters, evidenceFiles, pensioners, pensionCertifications, pensionPayments, faceAttempts,
  partners, partnerKeys, partnerSignals, visitTasks, visitPhotos, assistanceRules, localMinimums, assistanceOffers,
  overpayments, deathRecords, seekerProfiles, jobPosts, jobPostTerms,
  jobMatchNotices, jobCallbacks, jobApplications, jobAttendance, jobRatings,
  flexibleEnrolments, flexiblePayments, flexibleSubsidyOffers, flexibleSubsidyApplications,
  trainingProgrammes, trainingVouchers, trainingCourses, trainingSessions, trainingEnrolments,
  trainingAttendance, trainingFlags, trainingInstitutionStatus, trainingAssessments, skillCertificates, skillsSummaries,
  trainingSubsidies, trainingInstitutionAccounts, cards, cardEvents, cardVenues, cardUses, cardBenefitOpenings, cardOutlets, cardApplications, cardPayments, cardLedgerEntries, cardCreditFiles, cardCreditExceptions, arbitrations, arbitrationEvents, disputeFiles, injuryReports, injuryCases, injuryEvents,
  labourContracts, contractSignatures, contractEvents, contractDocuments, contractNotices, contractEndings } = schema
