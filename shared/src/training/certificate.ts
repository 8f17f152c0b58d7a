import { z } from 'zod'
import { IsoDate } from '../platform/primitives'

/*
 * A vocational skill level certificate (职业技能等级证书) an assessment body recorded through the
 * portal (decision 061). In a file of its own, free of the occupation table, because the jobs
 * profile shows a seeker's certificates too.
 */

/** The certificate's number as the assessment body prints it: 8 to 32 capital letters and digits. */
export const CertificateNumber = z
  .string({ message: 'field.required' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{8,32}$/, { message: 'training.certificateNumber' })

export const SkillCertificate = z.object({
  id: z.string(),
  certificateNumber: z.string(),
  occupationCode: z.string(),
  /** National skill level, 5 (初级) to 1 (高级技师). */
  level: z.number().int().min(1).max(5),
  issuedOn: IsoDate,
  /** The assessment body that issued it. */
  issuerName: z.string(),
})
export type SkillCertificate = z.infer<typeof SkillCertificate>
