import { useState } from 'react'
import type { Operation, OperationInput, OperationOutput } from '@renshe/shared/platform/operation'
import { useOperation, type Loaded } from '../../../lib/use-operation'
import { Banner } from '../../../ui/banner'
import { Loading } from '../../../ui/loading'
import { ProblemNotice } from '../../../ui/problem-notice'

/** What the page says after the caller's act: done (with which), or the case moved on meanwhile. */
export type ActNotice<A> = { readonly kind: 'done'; readonly action: A } | { readonly kind: 'changed' } | null

/**
 * A machine-backed case page's state (an arbitration, a work-injury case): the case loaded by its
 * id, replaced by the answer to the caller's own act, which is newer; after an act the page says
 * it was done, and when the case had moved on it loads it again and says so.
 */
export function useActedCase<O extends Operation, A>(operation: O, id: string, enabled: boolean) {
  const [loaded, reload] = useOperation(operation, enabled ? ({ params: { id } } as OperationInput<O>) : null)
  const [changed, setChanged] = useState<OperationOutput<O> | null>(null)
  const [notice, setNotice] = useState<ActNotice<A>>(null)
  const detail = changed ?? (loaded.status === 'ok' ? loaded.value : null)
  const onDone = (next: OperationOutput<O>, action: A) => {
    setChanged(next)
    setNotice({ kind: 'done', action })
  }
  const onOutdated = () => {
    setChanged(null)
    setNotice({ kind: 'changed' })
    reload()
  }
  return { loaded, reload, detail, notice, onDone, onOutdated }
}

interface ActedCaseNoticesProps<O extends Operation, A> {
  readonly loaded: Loaded<O>
  readonly reload: () => void
  readonly notice: ActNotice<A>
  /** "Your application is sent", shown to the side that sent it while it waits; null when not. */
  readonly submitted: string | null
  readonly done: (action: A) => string
  readonly changed: string
  readonly hasDetail: boolean
}

/** What stands above a case: sent, done, moved on, loading, or why it could not be loaded. */
export function ActedCaseNotices<O extends Operation, A>({ loaded, reload, notice, submitted, done, changed, hasDetail }: ActedCaseNoticesProps<O, A>) {
  return (
    <>
      {submitted !== null && !notice ? <Banner tone='success'>{submitted}</Banner> : null}
      {notice?.kind === 'done' ? <Banner tone='success'>{done(notice.action)}</Banner> : null}
      {notice?.kind === 'changed' ? <Banner tone='info'>{changed}</Banner> : null}
      {loaded.status === 'loading' && !hasDetail ? <Loading /> : null}
      {loaded.status === 'problem' || loaded.status === 'network' ? <ProblemNotice problem={loaded.status === 'problem' ? loaded.problem : null} onRetry={reload} loading /> : null}
    </>
  )
}
