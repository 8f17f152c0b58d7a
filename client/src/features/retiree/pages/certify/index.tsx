import { Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import type { Problem } from '@renshe/shared/platform/problem'
import { getPensionAccount, startFaceCertification } from '@renshe/shared/retiree/contract'
import type { Certification, FaceOutcome } from '@renshe/shared/retiree/schemas'
import { roleProps } from '../../../../lib/a11y/pressable'
import { sessionStore } from '../../../../lib/auth/session-store'
import { startFaceCheck } from '../../../../lib/face-check/face-check'
import { formatDate, formatFen } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { useOperation } from '../../../../lib/use-operation'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import { DevFacePanel } from '../../../../ui/dev-face-panel'
import { openPage } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { finishFace, startFace } from '../../api'
import { faceTriesLeft, needsCertifying } from '../../certification-words'
import { DeathRecordNotice } from '../../components/death-record-notice'
import { HomeVisitOffer } from '../../components/home-visit-offer'
import { LoginFirst } from '../../components/login-first'
import { NotAPensioner } from '../../components/not-a-pensioner'
import { BigLink } from '../../components/big-link'
import { retireeMessages } from '../../messages'
import '../../retiree.css'

type Step =
  | { readonly kind: 'ready' }
  | { readonly kind: 'busy' }
  /** The development provider: its labelled panel stands in for the phone's face check. */
  | { readonly kind: 'development'; readonly attemptId: string; readonly verifyId: string }
  | { readonly kind: 'unsupported' | 'outdated' | 'cancelled' | 'error' }
  | { readonly kind: 'outcome'; readonly outcome: FaceOutcome }

export default function CertifyPage() {
  const t = useT(retireeMessages)
  const session = useStore(sessionStore)
  const [account, reload] = useOperation(getPensionAccount, session ? {} : null)

  return (
    <PageShell title={t('certify.title')} operation={startFaceCertification}>
      <Text className='page__lead'>{t('certify.lead')}</Text>
      {!session ? <LoginFirst back={routes.pensionCertify} /> : null}
      {session && account.status === 'loading' ? <Loading /> : null}
      {account.status === 'problem' && account.problem.code === 'not_found' ? <NotAPensioner /> : null}
      {(account.status === 'problem' && account.problem.code !== 'not_found') || account.status === 'network' ? (
        <ProblemNotice problem={account.status === 'problem' ? account.problem : null} onRetry={reload} loading />
      ) : null}
      {account.status === 'ok' && account.value.deathRecordUnderReview ? <DeathRecordNotice /> : null}
      {account.status === 'ok' ? <FaceCertification before={account.value.certification} heldFen={account.value.heldFen} underReview={account.value.deathRecordUnderReview} /> : null}
    </PageShell>
  )
}

/** A check that has run: the server is asked (again, after a lost answer) about its session. */
interface FinishedCheck {
  readonly attemptId: string
  readonly verifyId: string
  readonly simulated?: 'pass' | 'fail'
}

interface FaceCertificationProps {
  readonly before: Certification
  /** Money held back before this certification: paid at once when it resumes the pension. */
  readonly heldFen: number
  /** A death record holds the pension: a face check now shows the officer the record may be wrong. */
  readonly underReview: boolean
}

function FaceCertification({ before, heldFen, underReview }: FaceCertificationProps) {
  const t = useT(retireeMessages)
  const locale = useLocale()
  const [step, setStep] = useState<Step>({ kind: 'ready' })
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const lastResult = useRef<FinishedCheck | null>(null)
  const outcome = step.kind === 'outcome' ? step.outcome : null
  const certification = outcome?.certification ?? before

  const finish = async (check: FinishedCheck) => {
    lastResult.current = check
    setFailure(null)
    setStep({ kind: 'busy' })
    const result = await finishFace(check.attemptId, check.verifyId, check.simulated)
    if (result.ok) return setStep({ kind: 'outcome', outcome: result.value })
    setFailure({ problem: result.network ? null : result.problem })
    // A lost answer may be retried with the same result; a refused one starts over.
    setStep(result.network ? { kind: 'error' } : { kind: 'ready' })
    if (!result.network) lastResult.current = null
  }

  const begin = async () => {
    setFailure(null)
    lastResult.current = null
    setStep({ kind: 'busy' })
    const started = await startFace()
    if (!started.ok) {
      setFailure({ problem: started.network ? null : started.problem })
      return setStep({ kind: 'ready' })
    }
    const { attemptId, provider, verifyId } = started.value
    if (provider === 'development') return setStep({ kind: 'development', attemptId, verifyId })
    const checked = await startFaceCheck({ verifyId })
    if (checked.kind === 'done') return finish({ attemptId, verifyId })
    setStep({ kind: checked.kind })
  }

  const retry = () => {
    const last = lastResult.current
    if (last) void finish(last)
    else void begin()
  }

  if (outcome?.outcome === 'certified') {
    return (
      <Banner tone='success' title={t('certify.success.title')}>
        <View className='retiree-result'>
          <Text className='retiree-result__text'>{t('certify.success.next', { date: formatDate(certification.dueDate, locale) })}</Text>
          {underReview ? <Text className='retiree-result__text'>{t('certify.success.underReview')}</Text> : null}
          {before.state === 'suspended' && !underReview ? (
            <Text className='retiree-result__text'>{t('certify.success.resumed', { amount: formatFen(heldFen) })}</Text>
          ) : null}
          <Button block onPress={() => openPage(routes.home, true)}>
            {t('toHome')}
          </Button>
        </View>
      </Banner>
    )
  }
  if (certification.state === 'stopped') return <Banner tone='info'>{t('certify.stopped')}</Banner>
  if (!needsCertifying(certification.state) && !underReview) {
    return (
      <Banner tone='success'>
        <Text>{t('certify.already', { date: formatDate(certification.dueDate, locale) })}</Text>
        <BigLink to={routes.pensionAccount}>{t('account.title')}</BigLink>
      </Banner>
    )
  }

  const triesLeft = faceTriesLeft(certification.faceFailures)
  const homeVisit = certification.homeVisitOffered || triesLeft === 0
  const busy = step.kind === 'busy'
  return (
    <View className='stack'>
      {outcome?.outcome === 'failed' ? (
        <Banner tone='warning' title={homeVisit ? t('certify.failed.noMore') : t('certify.failed.title', { left: triesLeft })}>
          {homeVisit ? null : <Text>{t('certify.failed.lead')}</Text>}
        </Banner>
      ) : null}
      {step.kind === 'unsupported' ? (
        <Banner tone='warning' title={t('certify.wechatOnly.title')}>
          <Text>{t('certify.wechatOnly.body')}</Text>
        </Banner>
      ) : null}
      {step.kind === 'outdated' ? (
        <Banner tone='warning' title={t('certify.updateWechat.title')}>
          <Text>{t('certify.updateWechat.body')}</Text>
        </Banner>
      ) : null}
      {step.kind === 'cancelled' ? <Banner tone='info'>{t('certify.cancelled')}</Banner> : null}
      {step.kind === 'error' && !failure ? <Banner tone='error'>{t('certify.error')}</Banner> : null}
      {failure ? <ProblemNotice problem={failure.problem} onRetry={retry} /> : null}
      {busy ? (
        <Text {...roleProps('status')} className='muted'>
          {t('certify.starting')}
        </Text>
      ) : null}

      {homeVisit ? <HomeVisitOffer asked={certification.homeVisitPending} /> : null}
      {step.kind === 'development' ? <DevFacePanel busy={false} onResult={(simulated) => void finish({ attemptId: step.attemptId, verifyId: step.verifyId, simulated })} /> : null}
      {!homeVisit && step.kind !== 'development' ? (
        <Button block busy={busy} onPress={() => void begin()}>
          {t('certify.start')}
        </Button>
      ) : null}
    </View>
  )
}
