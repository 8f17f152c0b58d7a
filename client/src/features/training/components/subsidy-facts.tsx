import { Text, View } from '@tarojs/components'
import type { SubsidyApplication } from '@renshe/shared/training/subsidy'
import { formatDate, formatFen } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { dayText, levelText, occupationLabel } from '../labels'
import { trainingMessages } from '../messages'
import { SubsidyPaymentLines } from './subsidy-payment'

const tones: Partial<Record<SubsidyApplication['status'], string>> = {
  applied: 'status-tag status-tag--warn',
  approved: 'status-tag status-tag--ok',
  paid: 'status-tag status-tag--ok',
}

/** Where an application stands, in words on a tag (a declined one plain, its reason said in full below). */
export function SubsidyStatusTag({ application }: { readonly application: SubsidyApplication }) {
  const t = useT(trainingMessages)
  return <Text className={tones[application.status] ?? 'status-tag'}>{t(`subsidy.status.${application.status}`)}</Text>
}

interface SubsidyFactsProps {
  readonly application: SubsidyApplication
  /** The institution reading its own applications: its name would only repeat itself. */
  readonly ownInstitution?: boolean
}

/**
 * What an application is for and what it pays: the amount and to whom first (what is decided),
 * then the certificate it rests on, where it was earned, when it was applied for and decided, and
 * once approved, its payment.
 * The course is the item's heading, wherever one is listed.
 */
export function SubsidyFacts({ application, ownInstitution = false }: SubsidyFactsProps) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  return (
    <View className='training-facts'>
      <Text className='training-line training-line--strong'>
        {t('subsidy.amount', { amount: formatFen(application.amountFen) })} · {t(`subsidy.payee.${application.payee}`)}
      </Text>
      <Text className='training-line'>
        {occupationLabel(application.occupationCode, locale)} · {levelText(application.level, t)}
      </Text>
      <Text className='training-line'>{t('subsidy.certificate', { number: application.certificateNumber, date: dayText(application.certificateIssuedOn, locale) })}</Text>
      {ownInstitution ? null : <Text className='training-line'>{t('subsidy.institution', { name: application.institutionName })}</Text>}
      <Text className='training-line'>{t('subsidy.programme', { name: application.programmeName })}</Text>
      <Text className='training-line muted'>
        {t('voucher.number', { number: application.voucherNumber })} · {t('subsidy.appliedAt', { date: formatDate(application.appliedAt, locale) })}
      </Text>
      {application.decidedAt ? <Text className='training-line muted'>{t('subsidy.decidedAt', { date: formatDate(application.decidedAt, locale) })}</Text> : null}
      {application.status === 'declined' && application.declineReason ? (
        <Text className='training-line training-line--strong'>{t('subsidy.declineReason', { reason: application.declineReason })}</Text>
      ) : null}
      <SubsidyPaymentLines application={application} />
    </View>
  )
}
