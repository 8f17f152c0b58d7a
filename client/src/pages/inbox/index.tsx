import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { listMessages, markMessageRead } from '@renshe/shared/inbox/contract'
import type { InboxMessage } from '@renshe/shared/inbox/schemas'
import { actingForStore } from '../../lib/acting-for/acting-for-store'
import { call } from '../../lib/api'
import { sessionStore } from '../../lib/auth/session-store'
import { pressable, roleProps } from '../../lib/a11y/pressable'
import { formatDateTime } from '../../lib/format'
import { useLocale } from '../../lib/i18n/locale-store'
import { useT } from '../../lib/i18n/translate'
import { useStore } from '../../lib/store'
import { usePaged } from '../../lib/use-paged'
import { routes } from '../../routes'
import { Button } from '../../ui/button'
import { EmptyState } from '../../ui/empty-state'
import { openPage } from '../../ui/link'
import { Loading } from '../../ui/loading'
import { PageShell } from '../../ui/page-shell'
import { ProblemNotice } from '../../ui/problem-notice'
import { ConfirmAction } from './confirm-action'
import { messageText } from './message-text'
import { inboxMessages } from './messages'
import './inbox.css'

export default function InboxPage() {
  const t = useT(inboxMessages)
  const locale = useLocale()
  const session = useStore(sessionStore)
  const actingFor = useStore(actingForStore)
  const [readIds, setReadIds] = useState<ReadonlySet<string>>(new Set())
  const messages = usePaged<InboxMessage>(
    (cursor) => call(listMessages, { query: cursor ? { cursor, limit: 30 } : { limit: 30 } }),
    session !== null,
  )

  const open = async (message: InboxMessage) => {
    // Reading a citizen's inbox for them does not mark their messages read.
    if (!message.readAt && !actingFor) {
      setReadIds((ids) => new Set([...ids, message.id]))
      void call(markMessageRead, { params: { id: message.id } })
    }
    if (message.link) openPage(message.link)
  }

  if (!session) {
    return (
      <PageShell title={t('title')} nav='inbox'>
        <Button onPress={() => openPage(`${routes.login}?next=${encodeURIComponent(routes.inbox)}`)}>{t('login')}</Button>
      </PageShell>
    )
  }

  return (
    <PageShell title={t('title')} nav='inbox' operation={listMessages}>
      <>
        {messages.status === 'problem' || messages.status === 'network' ? (
          <ProblemNotice problem={messages.problem} onRetry={messages.reload} loading />
        ) : null}
        {messages.status === 'ready' && messages.items.length === 0 ? <EmptyState message={t('empty')} /> : null}
        {messages.items.length > 0 ? (
          <View {...roleProps('list')} className='list'>
            {messages.items.map((message) => {
              const unread = !message.readAt && !readIds.has(message.id)
              const { action } = message
              // A task done on its own page (a rating, an answer) is said done under its message.
              const oneTap = action?.kind === 'confirm_assistance' || action?.kind === 'apply_subsidy' || action?.kind === 'accept_voucher'
              const taskDone = action && action.kind !== 'confirm_assistance' && action.kind !== 'apply_subsidy' && action.kind !== 'accept_voucher' && action.done ? action.kind : null
              return (
                <View key={message.id} {...roleProps('listitem')}>
                  <View
                    {...pressable(() => void open(message), message.link ? 'link' : 'button')}
                    className={['inbox-item', unread ? 'inbox-item--unread' : '', oneTap || taskDone ? 'inbox-item--with-action' : '', 'focusable']
                      .filter(Boolean)
                      .join(' ')}
                    onClick={() => void open(message)}
                  >
                    {unread ? <Text className='inbox-item__badge'>{t('unread')}</Text> : null}
                    <Text className='inbox-item__text'>{messageText(message, locale)}</Text>
                    <Text className='inbox-item__date'>{formatDateTime(message.createdAt, locale)}</Text>
                  </View>
                  {/* Beside the message, not inside it: a button within a link is lost to screen readers. */}
                  {action && oneTap ? <ConfirmAction action={action} /> : null}
                  {taskDone ? <Text className='inbox-action__done'>{t(`done.${taskDone}`)}</Text> : null}
                </View>
              )
            })}
          </View>
        ) : null}
        {messages.status === 'loading' ? <Loading /> : null}
        {messages.hasMore && messages.status === 'ready' ? (
          <Button variant='secondary' block onPress={messages.loadMore}>
            {t('loadMore')}
          </Button>
        ) : null}
      </>
    </PageShell>
  )
}
