import type { JobKind } from '@renshe/shared/jobs/schemas'

export type KindFilter = 'all' | JobKind

/** Day jobs first: they are what most people here look for. */
export const kindFilters: readonly KindFilter[] = ['all', 'day', 'part_time', 'full_time'] satisfies readonly ('all' | JobKind)[]

/**
 * The kind the server is asked for: none for all. The server filters and pages, so a kind's posts
 * on later pages are found too (a filter of the loaded page missed them).
 */
export function kindAsked(kind: KindFilter): JobKind | undefined {
  return kind === 'all' ? undefined : kind
}
