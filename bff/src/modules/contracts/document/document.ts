import { z } from 'zod'
import { Timestamp } from '@renshe/shared/platform/primitives'
import { CreditCode } from '@renshe/shared/wages/schemas'

/*
 * What the contract PDF prints, as one plain object (decision 073): the renderer takes nothing
 * else — no clock, no randomness, no database — so the same object gives the same bytes and the
 * same SHA-256, today and when the file is checked years later.
 */

/** A line of print: no control characters, no line breaks. */
const line = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(/^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]*$/u, { message: 'field.invalid' })

/** A clause's text: paragraphs separated by line breaks, nothing else invisible. */
const paragraphs = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(/^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]*(?:\n[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]*)*$/u, { message: 'field.invalid' })

/**
 * The portal's contract numbers: upper-case letters, digits and inner hyphens. The number is also
 * written into the PDF's metadata, where the public check looks for it; the strict shape keeps
 * whatever a stranger's file claims from reaching a lookup unless it could be one of ours.
 */
export const ContractNumber = z.string().regex(/^[A-Z0-9][A-Z0-9-]{4,38}[A-Z0-9]$/)
export type ContractNumber = z.infer<typeof ContractNumber>

/**
 * The worker's ID number as the contract states it: whole, as 劳动合同法 art. 17 requires of a
 * contract's contents. The PDF goes to its two parties only (the employer named her by it); the
 * public check never returns it, and pages show it masked.
 */
export const PrintedIdNumber = z.string().regex(/^\d{17}[\dX]$/)

export const ContractSignatureEntry = z.strictObject({
  signer: z.enum(['employer', 'worker']),
  /** Who signed: the worker herself, or the employer's authorised person. */
  name: line(50),
  /** As what: 劳动者本人, 法定代表人, 委托代理人… */
  capacity: line(30),
  signedAt: Timestamp,
  /** The identity check the signature followed: its kind and reference (人脸核身 FV-…). */
  identityCheck: line(100),
})
export type ContractSignatureEntry = z.infer<typeof ContractSignatureEntry>

export const ContractDocument = z.strictObject({
  contractNumber: ContractNumber,
  title: line(60),
  /** When the file was made: its creation and modification dates, so the bytes do not depend on the clock. */
  issuedAt: Timestamp,
  parties: z.strictObject({
    employer: z.strictObject({ name: line(100), creditCode: CreditCode }),
    worker: z.strictObject({ name: line(50), idNumber: PrintedIdNumber }),
  }),
  /** Printed in order as numbered sections; a heading is printed as given after its number. */
  clauses: z.array(z.strictObject({ heading: line(60), text: paragraphs(5_000) })).min(1).max(60),
  signatures: z.array(ContractSignatureEntry).max(4),
  /**
   * Set for a certificate of ending (art. 50) rather than a contract: it has no signatures, and
   * closes with the issuing employer and the day instead, and its own statement of how to check it.
   */
  certificate: z.strictObject({ issuedBy: line(100), issuedOn: line(30) }).optional(),
})
export type ContractDocument = z.infer<typeof ContractDocument>
