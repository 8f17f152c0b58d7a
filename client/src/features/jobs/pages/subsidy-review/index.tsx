import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { decideSubsidy, listSubsidyApplications } from '@renshe/shared/jobs/subsidy-contract'
import { subsidyDeclineReasonMaxLength, type FemaleCategory, type SubsidyDecision, type SubsidyReviewItem } from '@renshe/shared/jobs/subsidy'
import type { Problem } from '@renshe/shared/platform/problem'
import { call } from '../../../../lib/api'
import { sessionStore } from '../../../../lib/auth/session-store'
import { errorOf, errorsFromProblem } from '../../../../lib/form-errors'
import { formatFen, formatMonth } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { usePaged } from '../../../../lib/use-paged'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import type { FieldProblem } from '../../../../ui/error-summary'
import { Field } from '../../../../ui/field'
import { LongText } from '../../../../ui/long-text'
import { PageShell } from '../../../../ui/page-shell'
import { PagedList } from '../../../../ui/paged-list'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { ChoiceRow } from '../../../../ui/choice-row'
import { LoginFirst } from '../../components/login-first'
import { subsidyMessages } from '../../subsidy-messages'
import { paidMonthsText, payoutKey } from '../../subsidy-text'
import '../../jobs.css'
import '../../insurance.css'

// The officer's own work: sent as oneself even while acting for someone.
const loadWaiting = (cursor: string | undefined) => call(listSubsidyApplications, { query: cursor ? { status: 'pending', cursor } : { status: 'pending' } }, { actingFor: null })

export default function ReviewSubsidiesPage() {
  const t = useT(subsidyMessages)
  const session = useStore(sessionStore)
  const applications = usePaged(loadWaiting, session !== null)
  const [decided, setDecided] = useState<ReadonlyMap<string, SubsidyReviewItem>>(new Map())
  return (
    <PageShell title={t('review.title')} operation={listSubsidyApplications}>
      {!session ? <LoginFirst back={routes.reviewSubsidies} /> : null}
      {session ? (
        <View>
          <Text className='page__lead'>{t('review.lead')}</Text>
          <PagedList paged={applications} empty={t('review.none')} keyOf={(item) => item.id} listClassName='jobs-list' itemClassName={() => 'jobs-list__item'}>
            {(item) => {
              const done = decided.get(item.id)
              return done ? <Decided item={done} /> : <ToReview item={item} onDecided={(result) => setDecided((current) => new Map(current).set(item.id, result))} />
            }}
          </PagedList>
        </View>
      ) : null}
    </PageShell>
  )
}

function Decided({ item }: { readonly item: SubsidyReviewItem }) {
  const t = useT(subsidyMessages)
  if (item.status !== 'approved' || item.amountFen === null) return <Banner tone='info'>{t('review.declined')}</Banner>
  const payout = item.payout ?? { status: 'pending', channel: item.payTo === 'card' ? 'card' : 'wechat' }
  return <Banner tone='success'>{t('review.approved', { amount: formatFen(item.amountFen), payout: t(payoutKey(payout)) })}</Banner>
}

type Choice = 'approve' | 'decline'
type Category = 'difficulty' | 'graduate'

function ToReview({ item, onDecided }: { readonly item: SubsidyReviewItem; readonly onDecided: (item: SubsidyReviewItem) => void }) {
  const t = useT(subsidyMessages)
  const locale = useLocale()
  const id = `subsidy-${item.id}`
  const ids = { decision: `${id}-decision`, employmentDifficulty: `${id}-category`, graduateYear: `${id}-year`, femaleCategory: `${id}-female`, reason: `${id}-reason` }
  const [choice, setChoice] = useState<Choice | null>(null)
  const [category, setCategory] = useState<Category | null>(null)
  const [year, setYear] = useState('')
  const [femaleCategory, setFemaleCategory] = useState<FemaleCategory | null>(null)
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const [sending, setSending] = useState(false)

  const checked = (): { ok: true; value: SubsidyDecision } | { ok: false; errors: FieldProblem[] } => {
    if (choice === null) return { ok: false, errors: [{ fieldId: ids.decision, message: t('review.chooseDecision') }] }
    if (choice === 'decline') {
      return reason.trim() === '' ? { ok: false, errors: [{ fieldId: ids.reason, message: t('review.reasonRequired') }] } : { ok: true, value: { decision: 'decline', reason: reason.trim() } }
    }
    if (category === null) return { ok: false, errors: [{ fieldId: ids.employmentDifficulty, message: t('review.chooseCategory') }] }
    // Asked of a woman only; the rules say whether it was needed (jobs.femaleCategoryRequired at its field).
    const retirement = item.applicantIsWoman && femaleCategory !== null ? { femaleCategory } : {}
    if (category === 'difficulty') return { ok: true, value: { decision: 'approve', employmentDifficulty: true, graduateYear: null, ...retirement } }
    return /^\d{4}$/.test(year.trim())
      ? { ok: true, value: { decision: 'approve', employmentDifficulty: false, graduateYear: Number(year.trim()), ...retirement } }
      : { ok: false, errors: [{ fieldId: ids.graduateYear, message: t('review.yearInvalid') }] }
  }

  const submit = async () => {
    setFailure(null)
    const decision = checked()
    if (!decision.ok) return setErrors(decision.errors)
    setErrors([])
    setSending(true)
    const result = await call(decideSubsidy, { params: { id: item.id }, body: decision.value }, { actingFor: null })
    setSending(false)
    if (result.ok) return onDecided(result.value)
    if (result.network) return setFailure({ problem: null })
    const fieldErrors = errorsFromProblem(result.problem, ids, locale)
    setErrors(fieldErrors)
    if (fieldErrors.length === 0) setFailure({ problem: result.problem })
  }

  return (
    <View>
      <Text className='jobs-job__title'>{t('review.applicant', { name: item.applicantName, idNumber: item.idNumberMasked })}</Text>
      <View className='insurance__line'>
        <Text>{t('review.enrolledSince', { month: formatMonth(item.enrolledSince, locale) })}</Text>
      </View>
      <View className='insurance__line'>
        <Text>{t('review.months', { months: paidMonthsText(item.months, locale), paid: formatFen(item.paidFen) })}</Text>
      </View>
      <View className='insurance__line'>
        <Text>{t(`subsidy.goesTo.${item.payTo}`)}</Text>
      </View>
      <View className='jobs-decision'>
        <ChoiceRow<Choice>
          id={ids.decision}
          legend={t('review.decision')}
          error={errorOf(errors, ids.decision)}
          options={[
            { value: 'approve', label: t('review.approve') },
            { value: 'decline', label: t('review.decline') },
          ]}
          isOn={(value) => value === choice}
          onPress={setChoice}
        />
        {choice === 'approve' ? (
          <ChoiceRow<Category>
            id={ids.employmentDifficulty}
            legend={t('review.category')}
            error={errorOf(errors, ids.employmentDifficulty)}
            options={[
              { value: 'difficulty', label: t('review.difficulty') },
              { value: 'graduate', label: t('review.graduate') },
            ]}
            isOn={(value) => value === category}
            onPress={setCategory}
          />
        ) : null}
        {choice === 'approve' && category === 'graduate' ? (
          <Field id={ids.graduateYear} label={t('review.graduateYear')} hint={t('review.graduateYearHint')} type='number' maxLength={4} value={year} onChange={setYear} error={errorOf(errors, ids.graduateYear)} />
        ) : null}
        {choice === 'approve' && item.applicantIsWoman ? (
          <ChoiceRow<FemaleCategory>
            id={ids.femaleCategory}
            legend={t('review.femaleCategory')}
            hint={t('review.femaleCategoryHint')}
            error={errorOf(errors, ids.femaleCategory)}
            options={[
              { value: 'worker', label: t('review.femaleWorker') },
              { value: 'cadre', label: t('review.femaleCadre') },
            ]}
            isOn={(value) => value === femaleCategory}
            onPress={setFemaleCategory}
          />
        ) : null}
        {choice === 'decline' ? (
          <LongText id={ids.reason} label={t('review.reason')} maxLength={subsidyDeclineReasonMaxLength} value={reason} onChange={setReason} error={errorOf(errors, ids.reason)} />
        ) : null}
        {failure ? <ProblemNotice problem={failure.problem} onRetry={() => void submit()} /> : null}
        <Button block busy={sending} onPress={() => void submit()}>
          {t('review.send')}
        </Button>
      </View>
    </View>
  )
}
