import { Text, View } from '@tarojs/components'
import { cancelTemporaryLoss, reportCardLostTemporarily } from '@renshe/shared/card/contract'
import type { MyCard } from '@renshe/shared/card/schemas'
import { formatDateTime } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { useSubmission } from '../../../lib/use-submission'
import { Heading } from '../../../ui/heading'
import { cardMessages } from '../messages'
import { ConfirmAct } from './confirm-act'
import '../../../ui/status-card.css'

const tones: Record<MyCard['status'], string> = {
  normal: 'status-card--ok',
  temporarily_lost: 'status-card--warn',
  lost: 'status-card--alert',
  being_replaced: 'status-card--warn',
  cancelled: '',
}

interface CardStatusProps {
  readonly card: MyCard
  /** After a report or its taking back: the card as it is now, and what to tell her. */
  readonly onChanged: (card: MyCard, done: 'reported' | 'cancelled') => void
  /** The card changed elsewhere meanwhile: load it again. */
  readonly onOutdated: () => void
}

/**
 * The card's status in words, with what can be done about it here: report a working card lost
 * for now, take a temporary report back, or, for the rest, where to go instead (the counter).
 */
export function CardStatus({ card, onChanged, onOutdated }: CardStatusProps) {
  const t = useT(cardMessages)
  const locale = useLocale()
  const until = card.temporaryLossUntil ? formatDateTime(card.temporaryLossUntil, locale) : null
  const headline = card.status === 'temporarily_lost' && until ? t('status.temporarily_lost', { until }) : t(`badge.${card.status}`)
  return (
    <View>
      <View className={['status-card', tones[card.status]].filter(Boolean).join(' ')}>
        <Text className='status-card__label'>{t('status.title')}</Text>
        <Heading level={2} className='status-card__headline'>
          {headline}
        </Heading>
        <Text className='status-card__line'>{t(`status.${card.status}.explain`)}</Text>
        {card.status === 'temporarily_lost' ? <Text className='status-card__line'>{t('status.temporarily_lost.counter')}</Text> : null}
      </View>
      {card.status === 'normal' ? <ReportLost card={card} onDone={(changed) => onChanged(changed, 'reported')} onOutdated={onOutdated} /> : null}
      {card.status === 'temporarily_lost' ? <TakeBack onDone={(changed) => onChanged(changed, 'cancelled')} onOutdated={onOutdated} /> : null}
    </View>
  )
}

interface ActProps {
  readonly onDone: (card: MyCard) => void
  readonly onOutdated: () => void
}

function ReportLost({ card, onDone, onOutdated }: ActProps & { readonly card: MyCard }) {
  const t = useT(cardMessages)
  const { submit } = useSubmission(reportCardLostTemporarily)
  return (
    <View className='card-actions'>
      <ConfirmAct
        id='card-report'
        trigger={t('report.button')}
        triggerVariant='danger'
        question={t('report.question', { days: card.temporaryLossDays })}
        yes={t('report.yes')}
        no={t('report.no')}
        send={() => submit({})}
        onDone={onDone}
        onOutdated={onOutdated}
      />
    </View>
  )
}

function TakeBack({ onDone, onOutdated }: ActProps) {
  const t = useT(cardMessages)
  const { submit } = useSubmission(cancelTemporaryLoss)
  return (
    <View className='card-actions'>
      <ConfirmAct id='card-cancel' trigger={t('cancel.button')} triggerVariant='primary' question={t('cancel.question')} yes={t('cancel.yes')} no={t('cancel.no')} send={() => submit({})} onDone={onDone} onOutdated={onOutdated} />
    </View>
  )
}
