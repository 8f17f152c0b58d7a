import { z } from 'zod'
import { RegionCode } from '../identity/roles'
import { IsoDate, Timestamp } from '../platform/primitives'

/*
 * Applying for a card and collecting it (decision 067): a first card or a replacement, collected
 * at an outlet the holder chooses — a bank branch or a community counter that a bank serves —
 * followed step by step as the bank reports it through the partner API: applied → produced →
 * at the outlet → collected. The formal loss report and the collection are the counter's acts,
 * the bank's key at the higher data level.
 */

/* ---- Outlets (网点) ---- */

/** What a counter does: take applications, hand over cards, take formal loss reports, cancel cards. */
export const OutletService = z.enum(['apply', 'collect', 'formal_loss', 'cancel'])
export type OutletService = z.infer<typeof OutletService>

export const OutletKind = z.enum(['bank', 'community'])
export type OutletKind = z.infer<typeof OutletKind>

const Text = (max: number) => z.string().trim().min(1, { message: 'field.required' }).max(max, { message: 'field.tooLong' })

/** An outlet as officers keep it. */
export const OutletInput = z.strictObject({
  name: Text(40),
  kind: OutletKind,
  /** The bank that serves it (a registered bank partner): makes its cards, and its staff act at its counter. */
  partnerId: z.string().min(1, { message: 'field.required' }).max(64),
  regionCode: RegionCode,
  address: Text(80),
  /** WGS 84 degrees. */
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  services: z.array(OutletService).min(1, { message: 'field.required' }).max(4),
  /** Opening hours as people say them: 周一至周五 9:00–17:00，周六 9:00–12:00. */
  hours: Text(80),
  /** A closed outlet is kept (applications name it) but no longer offered. */
  open: z.boolean(),
})
export type OutletInput = z.infer<typeof OutletInput>

export const Outlet = OutletInput.omit({ partnerId: true }).extend({
  id: z.string(),
  partnerId: z.string(),
  /** The serving bank's name. */
  bankName: z.string(),
  /** From the point asked about, straight line; null when no point was given. */
  distanceKm: z.number().nullable(),
})
export type Outlet = z.infer<typeof Outlet>

/** Where the holder is (optional: without it, outlets of her county first), and what she needs done. */
export const OutletsQuery = z.strictObject({
  lat: z.coerce.number().min(-90).max(90).optional(),
  lng: z.coerce.number().min(-180).max(180).optional(),
  service: OutletService.optional(),
})

export const OutletList = z.object({ items: z.array(Outlet), byDistance: z.boolean() })
export type OutletList = z.infer<typeof OutletList>

/** An officer's outlets (open and closed) of her region, and the bank partners she may name. */
export const RegionOutlets = z.object({
  items: z.array(Outlet),
  banks: z.array(z.object({ id: z.string(), name: z.string() })),
})
export type RegionOutlets = z.infer<typeof RegionOutlets>

/* ---- Applications ---- */

export const ApplicationKind = z.enum(['first', 'replacement'])
export type ApplicationKind = z.infer<typeof ApplicationKind>

/** Why a card is replaced: run out, damaged, details changed (a new name or ID number), or lost. */
export const ReplacementReason = z.enum(['expired', 'damaged', 'details_changed', 'lost'])
export type ReplacementReason = z.infer<typeof ReplacementReason>

/** `applied` → `produced` (by the bank) → `at_outlet` → `collected`; `withdrawn` by the holder before production. */
export const ApplicationStatus = z.enum(['applied', 'produced', 'at_outlet', 'collected', 'withdrawn'])
export type ApplicationStatus = z.infer<typeof ApplicationStatus>

export const NewCardApplication = z.strictObject({
  kind: ApplicationKind,
  /** Required for a replacement, absent for a first card. */
  reason: ReplacementReason.optional(),
  outletId: z.string().min(1, { message: 'field.required' }).max(64),
})
export type NewCardApplication = z.infer<typeof NewCardApplication>

export const CardApplication = z.object({
  id: z.string(),
  kind: ApplicationKind,
  reason: ReplacementReason.nullable(),
  status: ApplicationStatus,
  outlet: Outlet.pick({ id: true, name: true, address: true, hours: true, bankName: true }),
  /** Each step reached, in order, with when. */
  steps: z.array(z.object({ status: ApplicationStatus, at: Timestamp })),
  /** The new card's number, masked, once the bank has produced it. */
  newCardNumberMasked: z.string().nullable(),
  /** Collect by this day once it is at the outlet (the outlet keeps it 90 days). */
  collectBy: IsoDate.nullable(),
})
export type CardApplication = z.infer<typeof CardApplication>

/** Her live application, else her latest; null when she has made none. */
export const MyApplicationAnswer = z.object({ application: CardApplication.nullable() })
export type MyApplicationAnswer = z.infer<typeof MyApplicationAnswer>

/** How long an outlet keeps a card for collection. */
export const collectWithinDays = 90

/* ---- The bank's side (partner API) ---- */

/** An application in the bank's production queue: no more of the person than the masked name. */
export const PartnerApplication = z.object({
  id: z.string(),
  kind: ApplicationKind,
  reason: ReplacementReason.nullable(),
  status: ApplicationStatus,
  holderMaskedName: z.string(),
  outletId: z.string(),
  appliedAt: Timestamp,
})
export type PartnerApplication = z.infer<typeof PartnerApplication>

export const PartnerApplicationsQuery = z.strictObject({ status: z.enum(['applied', 'produced', 'at_outlet']).default('applied') })
export const PartnerApplicationList = z.object({ items: z.array(PartnerApplication) })

const Reference = z.string().trim().min(1, { message: 'field.required' }).max(64, { message: 'field.tooLong' })
const PartnerCardNumber = z.string().regex(/^[A-Z]\d{8}$/, { message: 'field.invalid' })
const PartnerIdNumber = z.string().regex(/^\d{17}[\dX]$/, { message: 'field.invalid' })

/** A production step: `produced` names the new card's number; `at_outlet` says it has reached the chosen outlet. */
export const ApplicationStep = z.discriminatedUnion('step', [
  z.strictObject({ step: z.literal('produced'), reference: Reference, newCardNumber: PartnerCardNumber, validUntil: IsoDate }),
  z.strictObject({ step: z.literal('at_outlet'), reference: Reference }),
])
export type ApplicationStep = z.infer<typeof ApplicationStep>

/** The holder collected the card at the counter, her ID checked there: the new card works, the old one is cancelled. */
export const ApplicationCollection = z.strictObject({ reference: Reference, idNumber: PartnerIdNumber })
export type ApplicationCollection = z.infer<typeof ApplicationCollection>

/** A formal loss report at the counter, by the bank that issued the card. */
export const FormalLossReport = z.strictObject({ reference: Reference, cardNumber: PartnerCardNumber, idNumber: PartnerIdNumber })
export type FormalLossReport = z.infer<typeof FormalLossReport>
