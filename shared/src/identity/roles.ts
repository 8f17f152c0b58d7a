import { z } from 'zod'

export const Role = z.enum(['citizen', 'grid_staff', 'employer', 'institution', 'assessor', 'venue', 'officer', 'supervisor', 'admin'])
export type Role = z.infer<typeof Role>

/**
 * What a citizen may let a grid staff member do for them. Each operation that can be done on
 * someone's behalf names the one scope it needs; an operation that names none cannot be done
 * by proxy at all.
 */
export const ProxyScope = z.enum(['profile.read', 'records.read', 'records.certificate', 'inbox.read', 'wages.file', 'retiree.assist', 'jobs.assist', 'card.assist', 'disputes.file'])
export type ProxyScope = z.infer<typeof ProxyScope>

/** Zhejiang administrative division code, 6 digits (330302 is Lucheng, Wenzhou). */
export const RegionCode = z.string().regex(/^\d{6}$/, { message: 'field.invalid' })
export type RegionCode = z.infer<typeof RegionCode>
