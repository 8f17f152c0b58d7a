import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { applySubsidy, checkSubsidyPayout, getMySubsidy } from '@renshe/shared/jobs/subsidy-contract'
import type { MySubsidy, MySubsidyApplication } from '@renshe/shared/jobs/subsidy'
import type { PayTo } from '@renshe/shared/platform/pay-to'
import type { PayoutConfirmation } from '@renshe/shared/platform/payout-confirmation'
import type { Problem } from '@renshe/shared/platform/problem'
import { roleProps } from '../../../../lib/a11y/pressable'
import { errorOf, errorsFromProblem } from '../../../../lib/form-errors'
import { formatFen } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useOperation } from '../../../../lib/use-operation'
import { useSubmission } from '../../../../lib/use-submission'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import { Card } from '../../../../ui/card'
import { ConfirmReceipt } from '../../../../ui/confirm-receipt'
import { ErrorSummary, type FieldProblem } from '../../../../ui/error-summary'
import { Link, openPage } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { PayToChoice } from '../../components/pay-to-choice'
import { subsidyMessages } from '../../subsidy-messages'
import { monthsText, paidMonthsText, payoutKey } from '../../subsidy-text'
import '../../insurance.css'

const payToId = 'subsidy-pay-to'

const tones = { pending: 'status-tag status-tag--warn', approved: 'status-tag status-tag--ok', declined: 'status-tag' } as const

/** A payout waiting for her: confirmed in WeChat, then checked with WeChat Pay by the portal. */
function ConfirmPayout({ applicationId, confirmation, onChecked }: { readonly applicationId: string; readonly confirmation: PayoutConfirmation; readonly onChecked: () => void }) {
  const { submit } = useSubmission(checkSubsidyPayout)
  return <ConfirmReceipt confirmation={confirmation} check={() => submit({ params: { id: applicationId } })} onChecked={onChecked} />
}

function ApplicationRow({ application, onChecked }: { readonly application: MySubsidyApplication; readonly onChecked: () => void }) {
  const t = useT(subsidyMessages)
  const locale = useLocale()
  return (
    <View {...roleProps('listitem')} className='type-row'>
      <View className='type-row__head'>
        <Text>{t('subsidy.application', { months: paidMonthsText(application.months, locale), paid: formatFen(application.paidFen) })}</Text>
        <Text className={tones[application.status]}>{t(`subsidy.status.${application.status}`)}</Text>
      </View>
      {application.amountFen !== null ? (
        <View className='insurance__line'>
          <Text className='insurance__amount'>{t('subsidy.amount', { amount: formatFen(application.amountFen), months: monthsText(application.subsidisedMonths, locale) })}</Text>
        </View>
      ) : null}
      {application.status === 'pending' ? (
        <View className='insurance__line'>
          <Text>{t(`subsidy.goesTo.${application.payTo}`)}</Text>
        </View>
      ) : null}
      {application.payout ? (
        <View className='insurance__line'>
          <Text>{t(payoutKey(application.payout))}</Text>
        </View>
      ) : null}
      {application.payout?.channel === 'card' ? <Link to={routes.myCardPayments}>{t('subsidy.toCardPayments')}</Link> : null}
      {application.confirmation && application.payout?.status === 'pending' ? (
        <ConfirmPayout applicationId={application.id} confirmation={application.confirmation} onChecked={onChecked} />
      ) : null}
      {application.declineReason ? (
        <View className='insurance__line'>
          <Text>{t('subsidy.declineReason', { reason: application.declineReason })}</Text>
        </View>
      ) : null}
    </View>
  )
}

function Subsidy({ value, onApplied, onChecked }: { readonly value: MySubsidy; readonly onApplied: () => void; readonly onChecked: () => void }) {
  const t = useT(subsidyMessages)
  const locale = useLocale()
  const { submit, sending } = useSubmission(applySubsidy)
  const [payTo, setPayTo] = useState<PayTo>('wechat')
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const waiting = value.applications.some((application) => application.status === 'pending')

  const apply = async () => {
    setFailure(null)
    setErrors([])
    const result = await submit({ body: { payTo } })
    if (result.ok) return onApplied()
    if (result.network) return setFailure({ problem: null })
    // Her card refused (none that money can be paid onto): said at the choice, which stays as it was.
    const fieldErrors = errorsFromProblem(result.problem, { payTo: payToId }, locale)
    setErrors(fieldErrors)
    if (fieldErrors.length === 0) setFailure({ problem: result.problem })
  }

  return (
    <View>
      {value.channel === 'development' ? <Banner tone='warning'>{t('subsidy.devChannel')}</Banner> : null}
      <Card title={t('subsidy.openTitle')}>
        {value.openMonths.length > 0 ? (
          <View>
            <View className='insurance__line'>
              <Text>{t('subsidy.openMonths', { months: paidMonthsText(value.openMonths, locale), paid: formatFen(value.openMonths.reduce((sum, paid) => sum + paid.paidFen, 0)) })}</Text>
            </View>
            <View className='insurance__line'>
              <Text className='insurance__amount'>{t('subsidy.upTo', { amount: formatFen(value.upToFen) })}</Text>
            </View>
          </View>
        ) : (
          <Text className='muted'>{t('subsidy.nothingOpen')}</Text>
        )}
        {waiting ? <Banner tone='info'>{t('subsidy.waiting')}</Banner> : null}
        {value.canApply ? (
          <View>
            <ErrorSummary errors={errors} id='subsidy-errors' />
            <PayToChoice id={payToId} cardNumberMasked={value.cardNumberMasked} value={payTo} onChange={setPayTo} error={errorOf(errors, payToId)} />
            {failure ? <ProblemNotice problem={failure.problem} onRetry={() => void apply()} /> : null}
            <Button block busy={sending} onPress={() => void apply()}>
              {t('subsidy.apply')}
            </Button>
          </View>
        ) : null}
      </Card>
      <Card title={t('subsidy.applicationsTitle')}>
        {value.applications.length === 0 ? (
          <Text className='muted'>{t('subsidy.applicationsEmpty')}</Text>
        ) : (
          <View {...roleProps('list')}>
            {value.applications.map((application) => (
              <ApplicationRow key={application.id} application={application} onChecked={onChecked} />
            ))}
          </View>
        )}
      </Card>
    </View>
  )
}

export default function FlexibleSubsidyPage() {
  const t = useT(subsidyMessages)
  const [subsidy, reload] = useOperation(getMySubsidy, {})
  // Kept here, not in the part that shows the subsidy: that part is replaced while the page
  // reads the subsidy again after applying, and the confirmation must outlive it.
  const [applied, setApplied] = useState(false)
  return (
    <PageShell title={t('subsidy.title')} operation={getMySubsidy}>
      <Text className='page__lead'>{t('subsidy.lead')}</Text>
      {applied ? <Banner tone='success'>{t('subsidy.applied')}</Banner> : null}
      {subsidy.status === 'loading' ? <Loading /> : null}
      {subsidy.status === 'problem' && subsidy.problem.code === 'real_name_required' ? (
        <Banner tone='warning'>
          {t('subsidy.noRealName')}
          <Button onPress={() => openPage(routes.realName)}>{t('subsidy.toRealName')}</Button>
        </Banner>
      ) : null}
      {subsidy.status === 'ok' && !subsidy.value.enrolled ? (
        <Banner tone='info'>
          {t('subsidy.notEnrolled')}
          <Button onPress={() => openPage(routes.flexibleInsurance)}>{t('subsidy.toInsurance')}</Button>
        </Banner>
      ) : null}
      {(subsidy.status === 'problem' && subsidy.problem.code !== 'real_name_required') || subsidy.status === 'network' ? (
        <ProblemNotice problem={subsidy.status === 'problem' ? subsidy.problem : null} onRetry={reload} loading />
      ) : null}
      {subsidy.status === 'ok' && subsidy.value.enrolled ? <Subsidy
          value={subsidy.value}
          onApplied={() => {
            setApplied(true)
            reload()
          }}
          onChecked={reload}
        /> : null}
    </PageShell>
  )
}
