import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Problem } from '@renshe/shared/platform/problem'
import type { Voucher } from '@renshe/shared/training/schemas'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { Banner } from '../../../ui/banner'
import { Button } from '../../../ui/button'
import { Heading } from '../../../ui/heading'
import { openPage } from '../../../ui/link'
import { ProblemNotice } from '../../../ui/problem-notice'
import { accept } from '../api'
import { dayText, refusalText } from '../labels'
import { trainingMessages } from '../messages'
import { CoveredList } from './covered-list'
import { InstitutionNames } from './institution-names'
import { hasSubsidyPart, MySubsidy } from './my-subsidy'
import { VoucherEnrolment } from './voucher-enrolment'
import { pageLink } from '@renshe/shared/platform/pages'

const tones: Partial<Record<Voucher['status'], string>> = {
  issued: 'status-tag status-tag--warn',
  claimed: 'status-tag status-tag--ok',
  enrolled: 'status-tag status-tag--ok',
  attending: 'status-tag status-tag--ok',
  subsidy_applied: 'status-tag status-tag--warn',
  approved: 'status-tag status-tag--ok',
  paid: 'status-tag status-tag--ok',
}

/**
 * One voucher as its holder reads it: what it is, how it pays, what it covers, where and until
 * when it can be spent and where it stands; one pushed to her is taken up with one tap, no form,
 * one that is hers leads to the courses it can be spent on, one enrolled with shows that
 * enrolment (withdrawn there, before the course starts), and after the result its subsidy.
 */
export function VoucherItem({ voucher: first }: { readonly voucher: Voucher }) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  const [voucher, setVoucher] = useState(first)
  const [sending, setSending] = useState(false)
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const [accepted, setAccepted] = useState(false)
  const [withdrawn, setWithdrawn] = useState(false)
  const reason = refusalText(failure?.problem ?? null, locale)
  const live = voucher.enrolment?.status === 'requested' || voucher.enrolment?.status === 'confirmed'

  const take = async () => {
    setFailure(null)
    setSending(true)
    const result = await accept(voucher.id)
    setSending(false)
    if (result.ok) {
      setVoucher(result.value)
      setAccepted(true)
    } else setFailure({ problem: result.network ? null : result.problem })
  }

  return (
    <View className='training-voucher'>
      <Heading level={3} className='training-voucher__title'>
        {voucher.programmeName}
      </Heading>
      <Text className={tones[voucher.status] ?? 'status-tag'}>{t(`status.${voucher.status}`)}</Text>
      <Text className='training-line'>{t(`kind.${voucher.kind}.explain`)}</Text>
      <Text className='training-line'>{t(`payment.${voucher.payment}.explain`)}</Text>
      <CoveredList covered={voucher.covered} />
      <Text className='training-line'>{t('voucher.valid', { from: dayText(voucher.validFrom, locale), until: dayText(voucher.validUntil, locale) })}</Text>
      <View className='training-fact'>
        <Text className='training-fact__label'>{t('voucher.institutionsTitle')}</Text>
        <InstitutionNames institutions={voucher.institutions} />
      </View>
      <Text className='training-line muted'>{t('voucher.number', { number: voucher.number })}</Text>
      {accepted ? <Banner tone='success'>{t('mine.accepted')}</Banner> : null}
      {/* A refusal with its reason is final (expired, the programme stopped): no button to tap again. */}
      {reason ? <Banner tone='error'>{reason}</Banner> : null}
      {voucher.status === 'issued' && !reason ? (
        <View className='stack'>
          <Text className='training-line'>{t('mine.pushed')}</Text>
          {failure ? <ProblemNotice problem={failure.problem} onRetry={() => void take()} /> : null}
          <Button block busy={sending} onPress={() => void take()}>
            {t('mine.accept')}
          </Button>
        </View>
      ) : null}
      {voucher.enrolment ? (
        <VoucherEnrolment
          enrolment={voucher.enrolment}
          onWithdrawn={() => {
            setWithdrawn(true)
            // Withdrawn: the voucher is no longer held, and the machine gave a spent one back (enrolled → claimed).
            setVoucher({ ...voucher, status: voucher.status === 'enrolled' ? 'claimed' : voucher.status, enrolment: null })
          }}
        />
      ) : null}
      {withdrawn ? <Banner tone='success'>{t('withdraw.done')}</Banner> : null}
      {/* After the result: her offset voucher's subsidy is hers to apply for; any voucher's application is shown, with its payment (decisions 062, 063). */}
      {hasSubsidyPart(voucher) ? (
        <MySubsidy voucher={voucher} onApplied={() => setVoucher({ ...voucher, status: 'subsidy_applied' })} onPaid={() => setVoucher((current) => ({ ...current, status: 'paid' }))} />
      ) : null}
      {/* Only a voucher that is hers, not yet spent and not held by a request can be enrolled with; one with no institution has nowhere to go yet. */}
      {voucher.status === 'claimed' && !live && voucher.institutions.length > 0 ? (
        <Button variant='secondary' block onPress={() => openPage(pageLink('trainingCourses', { voucherId: voucher.id }))}>
          {t('voucher.findCourse')}
        </Button>
      ) : null}
    </View>
  )
}
