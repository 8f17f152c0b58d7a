import { z } from 'zod'
import { checkIdNumber, normalizeIdNumber } from './id-number'
import { ProxyScope, RegionCode, Role } from './roles'
import { Timestamp } from '../platform/primitives'

export const PersonName = z
  .string({ message: 'name.required' })
  .trim()
  .min(1, { message: 'name.required', abort: true })
  .regex(/^[\p{Script=Han}A-Za-z·• ]{2,30}$/u, { message: 'name.format' })

/** An 18-digit resident ID number, normalised to upper case. The future-date rule is the service's. */
export const IdNumber = z
  .string({ message: 'idNumber.required' })
  .transform(normalizeIdNumber)
  .superRefine((value, ctx) => {
    const check = checkIdNumber(value, null)
    if (!check.ok) ctx.addIssue({ code: 'custom', message: check.error })
  })

export const MobilePhone = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, { message: 'phone.format' })

export const StaffCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^WG\d{9}$/, { message: 'staffCode.format' })

export const RealNameStatus = z.discriminatedUnion('bound', [
  z.object({ bound: z.literal(false) }),
  z.object({
    bound: z.literal(true),
    maskedName: z.string(),
    maskedIdNumber: z.string(),
    maskedPhone: z.string().nullable(),
    regionCode: RegionCode,
    boundAt: Timestamp,
  }),
])
export type RealNameStatus = z.infer<typeof RealNameStatus>

export const Me = z.object({
  id: z.string(),
  /** Masked; null for an account that has not bound a real name yet. */
  displayName: z.string().nullable(),
  roles: z.array(Role),
  realName: RealNameStatus,
  /** For grid staff and officers: the region they work in. */
  regionCode: RegionCode.nullable(),
  staffCode: z.string().nullable(),
  /** Born 1956 or earlier (70+): the client turns care mode on unless the user turned it off. */
  suggestCareMode: z.boolean(),
})
export type Me = z.infer<typeof Me>

export const LoginProvider = z.enum(['wechat', 'development'])
export type LoginProvider = z.infer<typeof LoginProvider>

export const Session = z.object({
  token: z.string(),
  expiresAt: Timestamp,
  idleExpiresAt: Timestamp,
  provider: LoginProvider,
  me: Me,
})
export type Session = z.infer<typeof Session>

export const DemoAccount = z.object({
  account: z.string(),
  label: z.object({ 'zh-CN': z.string(), en: z.string() }),
  roles: z.array(Role),
})
export type DemoAccount = z.infer<typeof DemoAccount>

export const ConsentPurpose = z.enum(['identity.real_name', 'proxy.sharing'])
export type ConsentPurpose = z.infer<typeof ConsentPurpose>

export const ConsentDocument = z.object({
  purpose: ConsentPurpose,
  version: z.string(),
  title: z.object({ 'zh-CN': z.string(), en: z.string() }),
  text: z.object({ 'zh-CN': z.string(), en: z.string() }),
})
export type ConsentDocument = z.infer<typeof ConsentDocument>

export const Consent = z.object({
  purpose: ConsentPurpose,
  version: z.string(),
  givenAt: Timestamp,
  withdrawnAt: Timestamp.nullable(),
  /** Given for an older text than the current one: ask again before relying on it. */
  outdated: z.boolean(),
})
export type Consent = z.infer<typeof Consent>

export const ProxyGrantStatus = z.enum(['active', 'expired', 'revoked'])
export type ProxyGrantStatus = z.infer<typeof ProxyGrantStatus>

export const StaffCard = z.object({
  staffCode: z.string(),
  maskedName: z.string(),
  regionCode: RegionCode,
  organization: z.string(),
})
export type StaffCard = z.infer<typeof StaffCard>

/**
 * A grid staff member as the citizen who granted them sees them: by staff code and full
 * staff-facing name, as on their badge, so she knows who acts for her.
 */
export const GrantedStaff = StaffCard.extend({ name: z.string() })
export type GrantedStaff = z.infer<typeof GrantedStaff>

/** A grant as its citizen sees it. */
export const ProxyGrant = z.object({
  id: z.string(),
  staff: GrantedStaff,
  scopes: z.array(ProxyScope),
  createdAt: Timestamp,
  expiresAt: Timestamp,
  revokedAt: Timestamp.nullable(),
  status: ProxyGrantStatus,
})
export type ProxyGrant = z.infer<typeof ProxyGrant>

/** A grant as the grid staff member who holds it sees it: whom they may act for. */
export const ProxyClient = z.object({
  grantId: z.string(),
  maskedName: z.string(),
  idNumberHint: z.string(),
  scopes: z.array(ProxyScope),
  expiresAt: Timestamp,
})
export type ProxyClient = z.infer<typeof ProxyClient>

export const AccessLogEntry = z.object({
  id: z.string(),
  at: Timestamp,
  operation: z.string(),
  kind: z.enum(['read', 'write']),
  actor: z.object({
    self: z.boolean(),
    maskedName: z.string(),
    /** In full: a helper acting under the reader's own grant, named as on their badge; else null. */
    name: z.string().nullable(),
    role: Role.nullable(),
    staffCode: z.string().nullable(),
    /** No person: the portal's own scheduled work (a match sent, a deadline passed, a payment received). */
    system: z.boolean(),
  }),
  byProxy: z.boolean(),
})
export type AccessLogEntry = z.infer<typeof AccessLogEntry>
