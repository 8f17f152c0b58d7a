import { processEngine } from './engine'
import * as postgres from './schema/postgres'
import * as sqlite from './schema/sqlite'

/**
 * The tables of the engine this process runs on. Both are built from one description
 * (schema/*.ts) and share one type, so a repo is written once for both engines.
 */
export const { schema } = processEngine === 'postgres' ? postgres : sqlite

export const { users, realNames, sessions, consents, proxyGrants, keptProfiles, auditLog, idempotencyKeys, rateLimits,
  inboxMessages, auditHead, outboundMessages, jobRuns, insuredPersons, contributions, certificates,
  employers, projects, payrollMonths, payrollLines, payrollAlerts, calendarDays, complaintDrafts, cases,
  caseEvents, caseCounters, evidenceFiles, pensioners, pensionCertifications, pensionPayments, faceAttempts,
  partners, partnerKeys, partnerSignals, visitTasks, visitPhotos, assistanceRules, localMinimums, assistanceOffers,
  overpayments, deathRecords, seekerProfiles, jobPosts, jobPostTerms, jobApplications, jobAttendance, jobRatings,
  jobMatchNotices, jobCallbacks,
  flexibleEnrolments, flexiblePayments, flexibleSubsidyOffers, flexibleSubsidyApplications,
  trainingProgrammes, trainingVouchers, trainingCourses, trainingSessions, trainingEnrolments,
  trainingAttendance, trainingFlags, trainingInstitutionStatus, trainingAssessments, skillCertificates, skillsSummaries,
  trainingSubsidies, trainingInstitutionAccounts, cards, cardEvents, cardVenues, cardUses, cardBenefitOpenings, cardOutlets, cardApplications, cardPayments, cardLedgerEntries, cardCreditFiles, cardCreditExceptions, arbitrations, arbitrationEvents, disputeFiles, injuryReports, injuryCases, injuryEvents,
  labourContracts, contractSignatures, contractEvents, contractDocuments, contractNotices, contractEndings } = schema

export type ContributionRecord = typeof contributions.$inferSelect
