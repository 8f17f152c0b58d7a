import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { listConsentDocuments, listConsents } from '@renshe/shared/identity/contract'
import type { ConsentPurpose } from '@renshe/shared/identity/schemas'
import type { Problem } from '@renshe/shared/platform/problem'
import Taro from '@tarojs/taro'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { useOperation } from '../../../lib/use-operation'
import { Banner } from '../../../ui/banner'
import { Button } from '../../../ui/button'
import { Card } from '../../../ui/card'
import { Loading } from '../../../ui/loading'
import { ProblemNotice } from '../../../ui/problem-notice'
import { routes } from '../../../routes'
import { agreeTo } from '../api'
import { ConsentText } from './consent-text'
import { identityMessages } from '../messages'
import './consent-step.css'

interface ConsentStepProps {
  readonly purpose: ConsentPurpose
  /** Called once the current version of the text is agreed to (at once, if it already was). */
  readonly onAgreed: () => void
  /** The server said the consent is missing although we thought it was given: ask regardless. */
  readonly askAgain?: boolean
}

/**
 * A separate consent (PIPL art. 29): the text is shown before the processing it allows, and
 * the person agrees to that version of it before the form that needs it opens.
 */
export function ConsentStep({ purpose, onAgreed, askAgain = false }: ConsentStepProps) {
  const t = useT(identityMessages)
  const locale = useLocale()
  const [documents, reloadDocuments] = useOperation(listConsentDocuments, {})
  const [consents, reloadConsents] = useOperation(listConsents, {})
  const [sending, setSending] = useState(false)
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)

  const document = documents.status === 'ok' ? documents.value.documents.find((d) => d.purpose === purpose) : undefined
  const given =
    consents.status === 'ok'
      ? consents.value.consents.find(
          (c) => c.purpose === purpose && c.withdrawnAt === null && !c.outdated && c.version === document?.version,
        )
      : undefined

  useEffect(() => {
    if (given && !askAgain) onAgreed()
  }, [given, askAgain, onAgreed])

  if (documents.status === 'loading' || consents.status === 'loading') return <Loading />
  if (documents.status !== 'ok') {
    return <ProblemNotice problem={documents.status === 'problem' ? documents.problem : null} onRetry={reloadDocuments} loading />
  }
  if (consents.status !== 'ok') {
    return <ProblemNotice problem={consents.status === 'problem' ? consents.problem : null} onRetry={reloadConsents} loading />
  }
  if (!document) return <ProblemNotice problem={null} onRetry={reloadDocuments} loading />
  if (given && !askAgain) return <Loading />

  const leave = () => {
    Taro.navigateBack().catch(() => Taro.reLaunch({ url: routes.home }).catch(() => undefined))
  }

  const agree = async () => {
    setSending(true)
    setFailure(null)
    const result = await agreeTo(purpose, document.version)
    setSending(false)
    if (result.ok) onAgreed()
    else setFailure({ problem: result.network ? null : result.problem })
  }

  return (
    <View>
      {askAgain ? <Banner tone='warning'>{t('consent.needAgain')}</Banner> : null}
      {failure ? <ProblemNotice problem={failure.problem} onRetry={agree} /> : null}
      <Card title={document.title[locale]}>
        <Text className='muted small'>{t('consent.version', { version: document.version })}</Text>
        <ConsentText document={document} />
        <View className='stack'>
          <Button block busy={sending} onPress={agree}>
            {t('consent.agree')}
          </Button>
          <Button variant='secondary' block onPress={leave}>
            {t('consent.decline')}
          </Button>
        </View>
      </Card>
    </View>
  )
}
