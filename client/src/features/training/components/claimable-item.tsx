import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { chinaDate } from '@renshe/shared/platform/china-time'
import { claimVoucher } from '@renshe/shared/training/contract'
import type { Problem } from '@renshe/shared/platform/problem'
import type { ClaimableProgramme, Voucher } from '@renshe/shared/training/schemas'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { useSubmission } from '../../../lib/use-submission'
import { Banner } from '../../../ui/banner'
import { Button } from '../../../ui/button'
import { Heading } from '../../../ui/heading'
import { ProblemNotice } from '../../../ui/problem-notice'
import { dayText, refusalText } from '../labels'
import { trainingMessages } from '../messages'
import { CoveredList } from './covered-list'

interface ClaimableItemProps {
  readonly programme: ClaimableProgramme
  readonly onClaimed: (voucher: Voucher) => void
}

/**
 * A general programme she may claim a voucher of, while any are left. The claim carries an
 * Idempotency-Key: a retry after a lost answer is the same claim, never a second voucher.
 */
export function ClaimableItem({ programme, onClaimed }: ClaimableItemProps) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  const { submit, sending } = useSubmission(claimVoucher)
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const reason = refusalText(failure?.problem ?? null, locale)

  const claim = async () => {
    setFailure(null)
    const result = await submit({ params: { id: programme.id } })
    if (result.ok) return onClaimed(result.value)
    setFailure({ problem: result.network ? null : result.problem })
  }

  return (
    <View className='training-voucher'>
      <Heading level={3} className='training-voucher__title'>
        {programme.name}
      </Heading>
      <Text className='training-line'>{t(`kind.${programme.kind}.explain`)}</Text>
      <Text className='training-line'>{t(`payment.${programme.payment}.explain`)}</Text>
      <CoveredList covered={programme.covered} />
      {/* Claimable now, usable later: said before she claims, so a voucher she cannot spend yet is no surprise. */}
      {programme.validFrom > chinaDate(new Date()) ? (
        <Text className='status-tag status-tag--warn'>{t('mine.notYetValid', { date: dayText(programme.validFrom, locale) })}</Text>
      ) : null}
      <Text className='training-line'>{t('voucher.valid', { from: dayText(programme.validFrom, locale), until: dayText(programme.validUntil, locale) })}</Text>
      <Text className='training-line training-line--strong'>{t('mine.remaining', { count: programme.remaining })}</Text>
      {/* A refusal with its reason is final (none left, not eligible, stopped): no button to tap again. */}
      {reason ? <Banner tone='error'>{reason}</Banner> : null}
      {failure && !reason ? <ProblemNotice problem={failure.problem} onRetry={() => void claim()} /> : null}
      {reason ? null : (
        <Button block busy={sending} onPress={() => void claim()}>
          {t('mine.claim')}
        </Button>
      )}
    </View>
  )
}
