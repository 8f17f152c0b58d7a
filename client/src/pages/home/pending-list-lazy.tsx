import { lazy, Suspense } from 'react'
import { Loading } from '../../ui/loading'

// h5: the to-do list, and the contracts and zod it needs, load only for someone logged in. The
// logged-out Home, the page a newcomer opens first, is ready without them; once the service
// worker holds the client (decision 038), the extra chunk costs a logged-in visit no network.
const PendingList = lazy(async () => ({ default: (await import('./pending-list')).PendingList }))

export function PendingListOnDemand() {
  return (
    <Suspense fallback={<Loading />}>
      <PendingList />
    </Suspense>
  )
}
