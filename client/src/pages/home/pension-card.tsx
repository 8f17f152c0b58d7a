import { Text, View } from '@tarojs/components'
import type { PendingItem } from '@renshe/shared/inbox/schemas'
import { roleProps } from '../../lib/a11y/pressable'
import { formatDate } from '../../lib/format'
import { useLocale } from '../../lib/i18n/locale-store'
import { useT } from '../../lib/i18n/translate'
import { routes } from '../../routes'
import { Button } from '../../ui/button'
import { certificationTones, needsCertifying } from '../../ui/certification-state'
import { Heading } from '../../ui/heading'
import { Link, openPage } from '../../ui/link'
import { homeMessages } from './messages'
import { pensionHeadline, pensionNote } from './pension-status'
import '../../ui/status-card.css'
import './pension-card.css'

type CertificationItem = Extract<PendingItem, { kind: 'retiree_certification' }>

interface PensionCardProps {
  readonly item: CertificationItem
  /** Grid staff acting for the pensioner: the face check is the pensioner's own, so no button to it. */
  readonly acting: boolean
}

/** The first thing a pensioner sees: this year's certification in words, and one big button. */
export function PensionCard({ item, acting }: PensionCardProps) {
  const t = useT(homeMessages)
  const locale = useLocale()
  const headline = pensionHeadline(item.state, item.daysLeft)
  const note = pensionNote(item.state)
  const date = formatDate(item.dueDate, locale)
  // A death record being checked holds the money whatever the certification says: that comes first.
  const underReview = item.deathRecordUnderReview
  return (
    <View {...roleProps('region')} aria-labelledby='pension-card-title' className={`status-card pension-card status-card--${underReview ? certificationTones.suspended : certificationTones[item.state]}`}>
      {/* Due and overdue headlines name the certification themselves. */}
      {item.state === 'due' || item.state === 'overdue' ? null : <Text className='status-card__label'>{t('pension.label')}</Text>}
      <Heading level={2} id='pension-card-title' className='status-card__headline'>
        {underReview ? t('pension.underReview') : t(headline.key, { days: headline.days, date })}
      </Heading>
      {underReview ? <Text className='status-card__line'>{t('pension.underReviewNote')}</Text> : null}
      {note ? <Text className='status-card__line'>{t(note, { date })}</Text> : null}
      {(needsCertifying(item.state) || underReview) && !acting ? (
        <Button block onPress={() => openPage(routes.pensionCertify)}>
          {t('pension.certify')}
        </Button>
      ) : (
        <Link to={routes.pensionAccount}>{t('pension.account')}</Link>
      )}
    </View>
  )
}
