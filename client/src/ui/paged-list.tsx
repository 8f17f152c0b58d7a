import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { roleProps } from '../lib/a11y/pressable'
import { useT } from '../lib/i18n/translate'
import type { Paged } from '../lib/use-paged'
import { Button } from './button'
import { EmptyState } from './empty-state'
import { Loading } from './loading'
import { uiMessages } from './messages'
import { ProblemNotice } from './problem-notice'

interface PagedListProps<T> {
  readonly paged: Paged<T>
  /** What is shown of the loaded items (a filter on the page), all of them by default. */
  readonly items?: readonly T[]
  /** Said when the list is loaded and has nothing to show; a node for a message with a way forward. */
  readonly empty: string | ReactNode
  readonly keyOf: (item: T) => string
  readonly listClassName: string
  readonly itemClassName: (item: T) => string
  readonly children: (item: T) => ReactNode
}

/**
 * A cursor-paged list as every list page shows one: why it could not load (with a retry), an
 * empty state, the items as a list, a loading line, and "load more" while there is more.
 */
export function PagedList<T>({ paged, items = paged.items, empty, keyOf, listClassName, itemClassName, children }: PagedListProps<T>) {
  const t = useT(uiMessages)
  return (
    <View>
      {paged.status === 'problem' || paged.status === 'network' ? <ProblemNotice problem={paged.problem} onRetry={paged.reload} loading /> : null}
      {paged.status === 'ready' && items.length === 0 ? typeof empty === 'string' ? <EmptyState message={empty} /> : empty : null}
      {items.length > 0 ? (
        <View {...roleProps('list')} className={listClassName}>
          {items.map((item) => (
            <View {...roleProps('listitem')} key={keyOf(item)} className={itemClassName(item)}>
              {children(item)}
            </View>
          ))}
        </View>
      ) : null}
      {paged.status === 'loading' ? <Loading /> : null}
      {paged.hasMore && paged.status === 'ready' ? (
        <Button variant='secondary' block onPress={paged.loadMore}>
          {t('loadMore')}
        </Button>
      ) : null}
    </View>
  )
}
