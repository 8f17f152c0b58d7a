import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { Certification } from '@renshe/shared/retiree/schemas'
import { formatDate } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { certificationTones } from '../../../ui/certification-state'
import { domainLabels } from '../../../ui/domain-labels'
import { Heading } from '../../../ui/heading'
import '../../../ui/status-card.css'
import { howCertified, statusHeadline } from '../certification-words'
import { retireeMessages } from '../messages'

interface CertificationStatusProps {
  readonly certification: Certification
  /** The way forward (the big "Certify now" button), under the words. */
  readonly children?: ReactNode
}

/** Where this year's certification stands, in words: days left, the date, how it was last done. */
export function CertificationStatus({ certification, children }: CertificationStatusProps) {
  const t = useT(retireeMessages)
  const label = useT(domainLabels)
  const locale = useLocale()
  const { state, dueDate, daysLeft, suspendsOn, lastCertifiedOn, lastMethod, lastSource } = certification
  const headline = statusHeadline(state, daysLeft)
  const date = (iso: string) => formatDate(iso, locale)

  return (
    <View className={`status-card status-card--${certificationTones[state]}`}>
      {/* Due and overdue headlines name the certification themselves. */}
      {state === 'due' || state === 'overdue' ? null : <Text className='status-card__label'>{t('status.label')}</Text>}
      <Heading level={2} className='status-card__headline'>
        {t(headline.key, { days: headline.days, date: date(dueDate) })}
      </Heading>
      {state === 'due' ? <Text className='status-card__line'>{t('status.dueBy', { date: date(dueDate) })}</Text> : null}
      {state === 'overdue' ? <Text className='status-card__line'>{t('status.overdueBy', { date: date(suspendsOn) })}</Text> : null}
      {state === 'suspended' ? <Text className='status-card__line'>{t('status.suspendedSince', { date: date(suspendsOn) })}</Text> : null}
      {lastCertifiedOn && lastMethod ? (
        <Text className='status-card__line'>
          {t('status.lastCertified', { date: date(lastCertifiedOn), how: label(howCertified(lastMethod, lastSource)) })}
        </Text>
      ) : (
        <Text className='status-card__line'>{t('status.neverCertified')}</Text>
      )}
      {certification.homeVisitPending ? <Text className='status-card__line status-card__strong'>{t('status.homeVisitPending')}</Text> : null}
      {children ? <View className='status-card__actions'>{children}</View> : null}
    </View>
  )
}
