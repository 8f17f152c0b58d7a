import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { chinaDate } from '@renshe/shared/platform/china-time'
import { pageLink } from '@renshe/shared/platform/pages'
import type { Problem } from '@renshe/shared/platform/problem'
import type { Enrolment } from '@renshe/shared/training/enrolment'
import { roleProps } from '../../../lib/a11y/pressable'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { Banner } from '../../../ui/banner'
import { Button } from '../../../ui/button'
import { Link } from '../../../ui/link'
import { ProblemNotice } from '../../../ui/problem-notice'
import { withdrawEnrolment } from '../api'
import { dayText, refusalText } from '../labels'
import { trainingMessages } from '../messages'

const tones: Partial<Record<Enrolment['status'], string>> = {
  requested: 'status-tag status-tag--warn',
  confirmed: 'status-tag status-tag--ok',
}

/**
 * The course her voucher is enrolled on, and where that stands: waiting for the institution,
 * confirmed, or declined with the institution's reason. Until the course starts she may withdraw
 * a live one, confirmed in the page (no pop-up) with "keep it" just under "yes" as big; once
 * withdrawn her voucher is hers to enrol with again (`onWithdrawn`).
 */
export function VoucherEnrolment({ enrolment, onWithdrawn }: { readonly enrolment: Enrolment; readonly onWithdrawn: () => void }) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  const [asking, setAsking] = useState(false)
  const [sending, setSending] = useState(false)
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const reason = refusalText(failure?.problem ?? null, locale)
  const live = enrolment.status === 'requested' || enrolment.status === 'confirmed'
  const withdrawable = live && chinaDate(new Date()) < enrolment.courseStartsOn

  const withdraw = async () => {
    setFailure(null)
    setSending(true)
    const result = await withdrawEnrolment(enrolment.id)
    setSending(false)
    if (result.ok) {
      setAsking(false)
      return onWithdrawn()
    }
    setFailure({ problem: result.network ? null : result.problem })
  }

  return (
    <View className='training-enrolment stack'>
      <Text className='training-line'>{t('myEnrolment.course', { name: enrolment.courseName })}</Text>
      <Text className='training-line muted'>{t('myEnrolment.startsOn', { date: dayText(enrolment.courseStartsOn, locale) })}</Text>
      <Text className={tones[enrolment.status] ?? 'status-tag'}>{t(`enrolment.${enrolment.status}`)}</Text>
      {enrolment.status === 'declined' && enrolment.declineReason ? <Text className='training-line'>{t('myEnrolment.reason', { reason: enrolment.declineReason })}</Text> : null}
      {/* Once confirmed, the course's sessions and checking in to them are on a page of their own. */}
      {enrolment.status === 'confirmed' ? (
        <View className='training-links'>
          <Link to={pageLink('myEnrolment', { id: enrolment.id })}>{t('myEnrolment.attendance')}</Link>
        </View>
      ) : null}
      {withdrawable && !asking ? (
        <Button variant='secondary' block onPress={() => setAsking(true)}>
          {t('withdraw.button')}
        </Button>
      ) : null}
      {withdrawable && asking ? (
        <View className='stack'>
          <View {...roleProps('alert')} className='training-confirm'>
            <Text>{t('withdraw.confirm')}</Text>
          </View>
          {reason ? <Banner tone='error'>{reason}</Banner> : null}
          {failure && !reason ? <ProblemNotice problem={failure.problem} onRetry={() => void withdraw()} /> : null}
          <Button variant='danger' block busy={sending} onPress={() => void withdraw()}>
            {t('withdraw.yes')}
          </Button>
          <Button variant='secondary' block disabled={sending} onPress={() => setAsking(false)}>
            {t('withdraw.no')}
          </Button>
        </View>
      ) : null}
    </View>
  )
}
