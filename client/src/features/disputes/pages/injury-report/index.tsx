import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { type AccidentReport } from '@renshe/shared/disputes/injury-cases'
import { reportAccident } from '@renshe/shared/disputes/injury-contract'
import type { Problem } from '@renshe/shared/platform/problem'
import { focusById } from '../../../../lib/a11y/focus'
import { focusTarget } from '../../../../lib/a11y/pressable'
import { actingForStore } from '../../../../lib/acting-for/acting-for-store'
import { sessionStore } from '../../../../lib/auth/session-store'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { useSubmission } from '../../../../lib/use-submission'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import { ErrorSummary, type FieldProblem } from '../../../../ui/error-summary'
import { openPage } from '../../../../ui/link'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { AccidentFields, EmployerFields } from '../../components/accident-fields'
import { InjuryLoginFirst } from '../../components/injury-login-first'
import { InjuryWindow } from '../../components/injury-window'
import { applicationRefusal, checkReport, emptyReport, reportFieldIds, serverErrors, type ReportValues } from '../../injury-form'
import { injuryFormMessages } from '../../injury-form-messages'
import { injuryMessages } from '../../injury-messages'
import '../../disputes.css'
import '../../injury.css'

type Failure = { readonly kind: 'closed'; readonly detail: string | null } | { readonly kind: 'problem'; readonly problem: Problem | null }

/**
 * Reporting an accident at work (decision 071), by the worker or by grid staff for her under
 * `disputes.file`: the employer, the county where it is insured, the day, accident or
 * occupational disease, and what happened. The answer says, in words, until when each side may
 * apply; whatever the server answers, what she typed stays, and a lost answer is sent again as
 * the same report.
 */
export default function ReportInjuryPage() {
  const t = useT(injuryFormMessages)
  const session = useStore(sessionStore)
  const [reported, setReported] = useState<AccidentReport | null>(null)
  if (!session) {
    return (
      <PageShell title={t('report.title')}>
        <InjuryLoginFirst back={routes.reportInjury} />
      </PageShell>
    )
  }
  return (
    <PageShell title={t('report.title')} operation={reportAccident}>
      {reported ? <Reported report={reported} /> : <ReportForm onReported={setReported} />}
    </PageShell>
  )
}

/** The report made: the window it opens, said once more, and the way to the list. */
function Reported({ report }: { readonly report: AccidentReport }) {
  const t = useT(injuryFormMessages)
  return (
    <View id='inj-reported' {...focusTarget()} className='arb-stack'>
      <Banner tone='success' title={t('report.sent')}>
        <InjuryWindow window={report.window} side='worker' />
      </Banner>
      <Text>{t('report.explainKeep')}</Text>
      <Button block onPress={() => openPage(routes.myInjuries, true)}>
        {t('report.toList')}
      </Button>
    </View>
  )
}

function ReportForm({ onReported }: { readonly onReported: (report: AccidentReport) => void }) {
  const t = useT(injuryFormMessages)
  const words = useT(injuryMessages)
  const locale = useLocale()
  const actingFor = useStore(actingForStore)
  const [values, setValues] = useState<ReportValues>(emptyReport)
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [failure, setFailure] = useState<Failure | null>(null)
  const submission = useSubmission(reportAccident)

  const change = (patch: Partial<ReportValues>) => {
    setValues((current) => ({ ...current, ...patch }))
    submission.edited()
  }

  const send = async () => {
    setFailure(null)
    const checked = checkReport(values, locale)
    if (!checked.ok) return setErrors(checked.errors)
    setErrors([])
    const result = await submission.submit({ body: checked.body })
    if (result.ok) {
      onReported(result.value)
      return setTimeout(() => focusById('inj-reported', 'start'), 0)
    }
    if (result.network) return setFailure({ kind: 'problem', problem: null })
    const fieldErrors = serverErrors(result.problem, reportFieldIds, locale)
    setErrors(fieldErrors)
    // Her year from the accident has run out: the day it did comes as the detail, in her language.
    const refusal = applicationRefusal(result.problem)
    if (refusal?.kind === 'closed') return setFailure({ kind: 'closed', detail: refusal.detail })
    if (fieldErrors.length === 0) setFailure({ kind: 'problem', problem: result.problem })
  }

  const labels: Record<string, string> = {
    'inj-employer-name': t('employer.name'),
    'inj-credit-code': t('employer.creditCode'),
    'inj-region': t('region.legend'),
    'inj-accident-on': t('accidentOn.label'),
    'inj-kind': t('kind.legend'),
    'inj-account': t('account.label'),
  }

  return (
    <View className='arb-stack'>
      <Text className='page__lead'>{actingFor ? `${t('report.leadActing', { name: actingFor.maskedName })}${t('report.lead')}` : t('report.lead')}</Text>
      <ErrorSummary errors={errors} id='inj-report-errors' labels={labels} />
      {failure?.kind === 'closed' ? (
        <Banner tone='error' title={t('refusal.closedTitle')}>
          {failure.detail ? <Text>{failure.detail}</Text> : null}
          <Text>{words('window.closedWhat')}</Text>
          <Text>{t('kept')}</Text>
        </Banner>
      ) : errors.length > 0 ? (
        <Text className='muted'>{t('kept')}</Text>
      ) : null}

      <EmployerFields values={values} errors={errors} change={change} />
      <AccidentFields values={values} errors={errors} change={change} />

      <Banner tone='info' title={t('report.explainTitle')} urgent={false}>
        <View className='arb-explain'>
          <Text>{t('report.explainEmployer')}</Text>
          <Text>{t('report.explainWorker')}</Text>
          <Text>{t('report.explainKeep')}</Text>
        </View>
      </Banner>

      {failure?.kind === 'problem' ? <ProblemNotice problem={failure.problem} onRetry={() => void send()} /> : null}
      <Button block busy={submission.sending} onPress={() => void send()}>
        {t('report.submit')}
      </Button>
    </View>
  )
}
