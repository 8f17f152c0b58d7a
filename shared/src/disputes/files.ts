import { z } from 'zod'
import { EvidenceFile } from '../wages/schemas'

/*
 * Files of a dispute (issue 15; decisions 071, 072): evidence with an arbitration's application or
 * its defence, and the documents of a work-injury application. A file is uploaded first, into its
 * uploader's pool, then attached to the case with the act that sends it; the photos and PDFs are
 * checked by their content and sealed at rest as the wage complaints' are (same limits).
 */

/** At most this many files go with one application, defence or supply of documents. */
export const maxDisputeFiles = 9

export const DisputeFileIds = z.array(z.string().min(1).max(64)).max(maxDisputeFiles, { message: 'evidence.tooMany' })

/**
 * Whose file it is on the case: the applicant's side (the worker, or grid staff for her), the
 * respondent's (the employer), or the office's.
 */
export const DisputeFileSide = z.enum(['applicant', 'respondent', 'office'])
export type DisputeFileSide = z.infer<typeof DisputeFileSide>

/**
 * A file as a case lists it. The other side's files are listed only once served on the caller
 * (arbitration: the application's on the respondent at service, the defence's on the applicant
 * when the commission serves it); before, they are not there at all.
 */
export const DisputeFile = EvidenceFile.extend({ side: DisputeFileSide })
export type DisputeFile = z.infer<typeof DisputeFile>
