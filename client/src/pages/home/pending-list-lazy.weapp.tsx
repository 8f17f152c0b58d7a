// The mini-program loads no code on demand within a package: the list is part of the page.
export { PendingList as PendingListOnDemand } from './pending-list'
