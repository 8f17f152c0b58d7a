import { z } from 'zod'
import { Timestamp } from '@renshe/shared/platform/primitives'
import { KnownEmployer, type ComplaintDraft } from '@renshe/shared/wages/schemas'
import { readStored, writeStored } from '../../lib/storage'
import { emptyValues, FormValues, fromDraftForm } from './form-values'

/** One evidence file of a complaint: kept on this phone until uploaded, then known by its server id. */
export const EvidenceItem = z.object({
  /** Stable while the item lives: the local id, or the server id for files only the server has. */
  key: z.string(),
  localId: z.string().nullable(),
  serverId: z.string().nullable(),
  /** The upload's Idempotency-Key, fixed at its first attempt: a retried upload is the same file. */
  uploadKey: z.string(),
  name: z.string(),
  size: z.number().nonnegative(),
  mime: z.string(),
  /** The server refused this file (not a photo or PDF, or gone): the worker should remove it. */
  refused: z.boolean().optional(),
})
export type EvidenceItem = z.infer<typeof EvidenceItem>

export const ProjectChoice = KnownEmployer.shape.projects.element
export type ProjectChoice = z.infer<typeof ProjectChoice>

/** A work site typed by hand, kept aside while a known site is picked, to come back to. */
export const TypedSite = z.object({ siteName: z.string().max(60), regionCode: z.string().max(6), address: z.string().max(100) })
export type TypedSite = z.infer<typeof TypedSite>

/**
 * The draft as this phone keeps it: the server's draft plus what only the phone can know (files
 * not yet uploaded, their names, the chosen employer's projects).
 */
export const DeviceDraft = z.object({
  draftId: z.uuid(),
  step: z.number().int().min(0).max(6),
  values: FormValues,
  /** The worker chose "I can't find it" and typed the employer. */
  manualEmployer: z.boolean(),
  evidence: z.array(EvidenceItem),
  projects: z.array(ProjectChoice),
  /** The site the worker typed before picking a known one; null when nothing was typed. */
  typedSite: TypedSite.nullable().default(null),
  /** When the worker last changed it (this phone's clock). */
  updatedAt: Timestamp,
  /** The server's `updatedAt` of the last copy saved there; null when none was. */
  syncedAt: Timestamp.nullable(),
  /** Changed since the last copy was saved on the server. */
  unsaved: z.boolean(),
})
export type DeviceDraft = z.infer<typeof DeviceDraft>

/** Drafts are kept per person filed for: grid staff may fill in complaints for several workers. */
export function draftStorageKey(owner: string): string {
  return `renshe.wages.draft.${owner}`
}

export function readDeviceDraft(owner: string): DeviceDraft | null {
  return readStored(draftStorageKey(owner), DeviceDraft)
}

export function writeDeviceDraft(owner: string, draft: DeviceDraft | null): void {
  writeStored(draftStorageKey(owner), draft)
}

export function newDeviceDraft(draftId: string, now: Date): DeviceDraft {
  return {
    draftId,
    step: 0,
    values: emptyValues,
    manualEmployer: false,
    evidence: [],
    projects: [],
    typedSite: null,
    updatedAt: now.toISOString(),
    syncedAt: null,
    unsaved: false,
  }
}

/** A server draft as the phone keeps it, with what this phone knew of the same draft. */
function fromServer(server: ComplaintDraft, device: DeviceDraft | null): DeviceDraft {
  const same = device?.draftId === server.draftId ? device : null
  const values = { ...emptyValues, ...fromDraftForm(server.form) }
  const uploaded = (server.form.evidenceIds ?? []).map(
    (id): EvidenceItem => same?.evidence.find((item) => item.serverId === id) ?? { key: id, localId: null, serverId: id, uploadKey: id, name: '', size: 0, mime: '' },
  )
  const notYetUploaded = same?.evidence.filter((item) => item.serverId === null) ?? []
  return {
    draftId: server.draftId,
    step: server.step,
    values,
    manualEmployer: values.employerId === null && values.employerName !== '',
    evidence: [...uploaded, ...notYetUploaded],
    projects: same && same.values.employerId === values.employerId ? same.projects : [],
    typedSite: same?.typedSite ?? null,
    updatedAt: server.updatedAt,
    syncedAt: server.updatedAt,
    unsaved: false,
  }
}

/**
 * The draft to carry on with: the newer of this phone's and the server's, so a restart or another
 * phone keeps the work. Drafts already sent or waiting in the outbox (`settled`) are not drafts.
 */
export function mergeDrafts(device: DeviceDraft | null, server: ComplaintDraft | null, settled: ReadonlySet<string> = new Set()): DeviceDraft | null {
  const mine = device && !settled.has(device.draftId) ? device : null
  const theirs = server && !settled.has(server.draftId) ? server : null
  if (!theirs) return mine
  if (!mine) return fromServer(theirs, null)
  // The server holds exactly what this phone saved last: the phone's copy says more.
  if (mine.draftId === theirs.draftId && !mine.unsaved && mine.syncedAt === theirs.updatedAt) return mine
  return Date.parse(theirs.updatedAt) > Date.parse(mine.updatedAt) ? fromServer(theirs, mine) : mine
}

/**
 * The draft with `project` as its work site; or, with null, with the site typed by hand again.
 * What was typed is kept aside while a known site is picked: picking never loses it.
 */
export function withSite(draft: DeviceDraft, project: ProjectChoice | null): DeviceDraft {
  const { values } = draft
  if (project) {
    const typedSite = values.projectId === null ? { siteName: values.siteName, regionCode: values.regionCode, address: values.address } : draft.typedSite
    return {
      ...draft,
      typedSite: typedSite && (typedSite.siteName || typedSite.regionCode || typedSite.address) ? typedSite : null,
      values: { ...values, projectId: project.id, siteName: project.name, regionCode: project.regionCode, address: project.address },
    }
  }
  if (values.projectId === null) return draft
  const typed = draft.typedSite ?? { siteName: '', regionCode: '', address: '' }
  return { ...draft, typedSite: null, values: { ...values, projectId: null, ...typed } }
}
