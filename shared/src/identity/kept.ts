import { z } from 'zod'
import { Timestamp } from '../platform/primitives'
import { IdNumber, MobilePhone, PersonName, ProxyGrant, StaffCard } from './schemas'

/**
 * A resident with no account whom a grid staff member registers in person, to keep her job
 * wishes and apply for her (decision 055). She is there and agrees; the staff member says how
 * that agreement is written down: the number of the paper form she signed.
 */
export const AgreementMethod = z.enum(['paper_form'])
export type AgreementMethod = z.infer<typeof AgreementMethod>

/** A paper form's number as printed on it: letters, digits and dashes. */
export const AgreementReference = z
  .string({ message: 'agreementReference.required' })
  .trim()
  .min(1, { message: 'agreementReference.required', abort: true })
  .regex(/^[A-Za-z0-9-]{4,32}$/, { message: 'agreementReference.format' })

export const KeptPersonInput = z.strictObject({
  name: PersonName,
  idNumber: IdNumber,
  phone: MobilePhone.optional(),
  /** The staff member states that the resident was there and agreed: nothing else is accepted. */
  residentPresent: z.literal(true, { message: 'residentPresent.required' }),
  agreement: z.strictObject({ method: AgreementMethod, reference: AgreementReference }),
})
export type KeptPersonInput = z.infer<typeof KeptPersonInput>

/** The person as the staff member who registered her sees her afterwards: masked. */
export const KeptPerson = z.object({
  grantId: z.string(),
  maskedName: z.string(),
  idNumberHint: z.string(),
  maskedPhone: z.string().nullable(),
  registeredAt: Timestamp,
  /** When the grant made with her ends, as on her other grants. */
  expiresAt: Timestamp,
})
export type KeptPerson = z.infer<typeof KeptPerson>

export const KeptStatus = z.enum(['kept', 'confirmed', 'refused'])
export type KeptStatus = z.infer<typeof KeptStatus>

/** What a staff member kept for her, as she sees it once she has bound her real name. */
export const KeptProfile = z.object({
  status: KeptStatus,
  staff: StaffCard,
  registeredAt: Timestamp,
  agreement: z.object({ method: AgreementMethod, reference: z.string() }),
  grant: ProxyGrant,
  decidedAt: Timestamp.nullable(),
})
export type KeptProfile = z.infer<typeof KeptProfile>

export const KeptProfileAnswer = z.object({ kept: KeptProfile.nullable() })
export type KeptProfileAnswer = z.infer<typeof KeptProfileAnswer>

/** Hers to decide: keep it, and keep the grant or end it. Refusing takes no body. */
export const KeptConfirmation = z.strictObject({ keepGrant: z.boolean({ message: 'field.choose' }) })
export type KeptConfirmation = z.infer<typeof KeptConfirmation>
