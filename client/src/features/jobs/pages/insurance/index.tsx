import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { getFlexiblePayment, getMyFlexibleInsurance, startFlexiblePayment } from '@renshe/shared/jobs/insurance-contract'
import type { FlexiblePayment, MyFlexibleInsurance } from '@renshe/shared/jobs/insurance'
import type { Problem } from '@renshe/shared/platform/problem'
import { roleProps } from '../../../../lib/a11y/pressable'
import { call } from '../../../../lib/api'
import { formatDateTime, formatFen, formatMonth } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useOperation } from '../../../../lib/use-operation'
import { useSubmission } from '../../../../lib/use-submission'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import { Card } from '../../../../ui/card'
import { Heading } from '../../../../ui/heading'
import { openPage } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { EnrolmentForm } from '../../components/enrolment-form'
import { insuranceMessages } from '../../insurance-messages'
import { requestPayment } from '../../request-payment'
import '../../insurance.css'

function monthsText(months: readonly string[], locale: ReturnType<typeof useLocale>): string {
  const first = months[0]
  const last = months[months.length - 1]
  if (first === undefined || last === undefined) return ''
  return first === last ? formatMonth(first, locale) : `${formatMonth(first, locale)} – ${formatMonth(last, locale)}`
}

function PaymentRow({ payment, onPay, paying }: { readonly payment: FlexiblePayment; readonly onPay: () => void; readonly paying: boolean }) {
  const t = useT(insuranceMessages)
  const locale = useLocale()
  const tone = payment.status === 'paid' ? 'status-tag status-tag--ok' : payment.status === 'pending' ? 'status-tag status-tag--warn' : 'status-tag'
  return (
    <View {...roleProps('listitem')} className='type-row'>
      <View className='type-row__head'>
        <Text>{t('insurance.payment', { months: monthsText(payment.months, locale), amount: formatFen(payment.amountFen) })}</Text>
        <Text className={tone}>{t(`insurance.status.${payment.status}`)}</Text>
      </View>
      {payment.status === 'pending' && payment.expiresAt ? (
        <Text className='muted small'>{t('insurance.expiresAt', { time: formatDateTime(payment.expiresAt, locale) })}</Text>
      ) : null}
      {payment.refund ? <Text className='muted small'>{t(`insurance.refund.${payment.refund}`, { amount: formatFen(payment.amountFen) })}</Text> : null}
      {payment.status === 'pending' ? (
        <Button variant='secondary' busy={paying} onPress={onPay}>
          {t('insurance.continue', { amount: formatFen(payment.amountFen) })}
        </Button>
      ) : null}
    </View>
  )
}

type Paying =
  | { readonly kind: 'idle' }
  | { readonly kind: 'problem'; readonly problem: Problem | null }
  | { readonly kind: 'unsupported' | 'cancelled'; readonly payment: FlexiblePayment }

interface InsuranceProps {
  readonly value: MyFlexibleInsurance
  readonly reload: () => void
  /** Told of a payment that is paid; the page keeps saying so while it reloads. */
  readonly onPaid: (payment: FlexiblePayment) => void
}

function Insurance({ value, reload, onPaid }: InsuranceProps) {
  const t = useT(insuranceMessages)
  const locale = useLocale()
  const [paying, setPaying] = useState<Paying>({ kind: 'idle' })
  const { submit, sending } = useSubmission(startFlexiblePayment)
  const { enrolment, limits, next } = value

  const pay = async () => {
    setPaying({ kind: 'idle' })
    const started = await submit({})
    if (!started.ok) return setPaying({ kind: 'problem', problem: started.network ? null : started.problem })
    const { payment, payRequest } = started.value
    if (payment.status === 'paid') return onPaid(payment)
    if (!payRequest) return reload()
    const outcome = await requestPayment(payRequest)
    if (outcome !== 'paid') return setPaying({ kind: outcome, payment })
    await check(payment)
  }

  // Whatever the pay sheet said, the portal's answer decides: it asks WeChat Pay when it has not heard yet.
  const check = async (payment: FlexiblePayment) => {
    const answer = await call(getFlexiblePayment, { params: { id: payment.id } })
    if (!answer.ok) return setPaying({ kind: 'problem', problem: answer.network ? null : answer.problem })
    if (answer.value.status === 'paid') return onPaid(answer.value)
    setPaying({ kind: 'cancelled', payment: answer.value })
    reload()
  }

  return (
    <View>
      {value.channel === 'development' ? <Banner tone='warning'>{t('insurance.devChannel')}</Banner> : null}
      {paying.kind === 'problem' ? <ProblemNotice problem={paying.problem} onRetry={() => void pay()} /> : null}
      {paying.kind === 'unsupported' || paying.kind === 'cancelled' ? (
        <Banner tone='warning'>
          {t(paying.kind === 'unsupported' ? 'insurance.payInWechat' : 'insurance.payCancelled')}
          <Button variant='secondary' onPress={() => void check(paying.payment)}>
            {t('insurance.checkPayment')}
          </Button>
        </Banner>
      ) : null}
      {enrolment ? (
        <Card title={t('insurance.enrolmentTitle')}>
          <View className='insurance__line'>
            <Text>
              {t('insurance.enrolment', { base: formatFen(enrolment.baseFen), period: t(`insurance.every.${enrolment.period}`), from: formatMonth(enrolment.fromMonth, locale) })}
            </Text>
          </View>
          <View className='insurance__line'>
            <Text className='muted small'>{t('insurance.rate')}</Text>
          </View>
          {next ? (
            <View>
              <Heading level={3} className='insurance__due'>
                {t('insurance.nextTitle')}
              </Heading>
              <View className='insurance__line'>
                <Text>{t('insurance.nextMonths', { months: monthsText(next.months, locale) })}</Text>
              </View>
              <View className='insurance__line'>
                <Text className='insurance__amount'>
                  {t('insurance.nextAmount', { total: formatFen(next.totalFen), perMonth: formatFen(next.perMonthFen), account: formatFen(next.personalAccountFen) })}
                </Text>
              </View>
              <Button block busy={sending} onPress={() => void pay()}>
                {t('insurance.pay', { total: formatFen(next.totalFen) })}
              </Button>
            </View>
          ) : (
            <Banner tone='success'>{t('insurance.nothingDue')}</Banner>
          )}
        </Card>
      ) : null}
      <Card title={enrolment ? t('insurance.changeTitle') : t('insurance.enrolTitle')}>
        {enrolment ? (
          <View className='insurance__line'>
            <Text className='muted'>{t('insurance.changeLead')}</Text>
          </View>
        ) : null}
        {limits ? <EnrolmentForm enrolment={enrolment} limits={limits} periods={value.periodsAllowed} onSaved={reload} /> : <Banner tone='info'>{t('insurance.noLimits')}</Banner>}
      </Card>
      {value.payments.some((payment) => payment.status === 'paid') ? (
        <Button variant='secondary' block onPress={() => openPage(routes.flexibleSubsidy)}>
          {t('insurance.toSubsidy')}
        </Button>
      ) : null}
      {enrolment ? (
        <Card title={t('insurance.paymentsTitle')}>
          {value.payments.length === 0 ? (
            <Text className='muted'>{t('insurance.paymentsEmpty')}</Text>
          ) : (
            <View {...roleProps('list')}>
              {value.payments.map((payment) => (
                <PaymentRow key={payment.id} payment={payment} paying={sending} onPay={() => void pay()} />
              ))}
            </View>
          )}
        </Card>
      ) : null}
    </View>
  )
}

export default function FlexibleInsurancePage() {
  const t = useT(insuranceMessages)
  const locale = useLocale()
  const [insurance, reload] = useOperation(getMyFlexibleInsurance, {})
  const [paid, setPaid] = useState<FlexiblePayment | null>(null)
  const onPaid = (payment: FlexiblePayment) => {
    setPaid(payment)
    reload()
  }
  return (
    <PageShell title={t('insurance.title')} operation={getMyFlexibleInsurance}>
      <Text className='page__lead'>{t('insurance.lead')}</Text>
      {paid ? (
        <Banner tone='success'>
          {t('insurance.paid', { months: monthsText(paid.months, locale) })}
          <Button variant='secondary' onPress={() => openPage(routes.recordsSummary)}>
            {t('insurance.toRecords')}
          </Button>
        </Banner>
      ) : null}
      {insurance.status === 'loading' ? <Loading /> : null}
      {insurance.status === 'problem' && insurance.problem.code === 'real_name_required' ? (
        <Banner tone='warning'>
          {t('insurance.noRealName')}
          <Button onPress={() => openPage(routes.realName)}>{t('insurance.toRealName')}</Button>
        </Banner>
      ) : null}
      {insurance.status === 'problem' && insurance.problem.code === 'not_found' ? <Banner tone='info'>{t('insurance.notRegistered')}</Banner> : null}
      {(insurance.status === 'problem' && insurance.problem.code !== 'real_name_required' && insurance.problem.code !== 'not_found') || insurance.status === 'network' ? (
        <ProblemNotice problem={insurance.status === 'problem' ? insurance.problem : null} onRetry={reload} loading />
      ) : null}
      {insurance.status === 'ok' ? <Insurance value={insurance.value} reload={reload} onPaid={onPaid} /> : null}
    </PageShell>
  )
}
