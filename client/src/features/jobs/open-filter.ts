import type { JobKind } from '@renshe/shared/jobs/schemas'

export type KindFilter = 'all' | JobKind

/** Day jobs first: they are what most people here look for. */
export const kindFilters: readonly KindFilter[] = ['all', 'day', 'part_time', 'full_time'] satisfies readonly ('all' | JobKind)[]

/** The posts of the kind chosen, in the order the server gave them (newest first). */
export function shownOf<T extends { readonly post: { readonly kind: JobKind } }>(items: readonly T[], kind: KindFilter): readonly T[] {
  return kind === 'all' ? items : items.filter((item) => item.post.kind === kind)
}
