import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { listConsentDocuments, listConsents } from '@renshe/shared/identity/contract'
import type { Consent, ConsentDocument } from '@renshe/shared/identity/schemas'
import type { Problem } from '@renshe/shared/platform/problem'
import { formatDate } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useOperation } from '../../../../lib/use-operation'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import { Card } from '../../../../ui/card'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { agreeTo, withdraw } from '../../api'
import { ConsentText } from '../../components/consent-text'
import { identityMessages } from '../../messages'
import '../../components/consent-step.css'

interface ConsentCardProps {
  readonly document: ConsentDocument
  readonly consent: Consent | undefined
  readonly onChanged: () => void
}

function ConsentCard({ document, consent, onChanged }: ConsentCardProps) {
  const t = useT(identityMessages)
  const locale = useLocale()
  const [confirming, setConfirming] = useState(false)
  const [showText, setShowText] = useState(false)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const active = consent && consent.withdrawnAt === null

  const run = async (action: () => ReturnType<typeof withdraw>) => {
    setBusy(true)
    setFailure(null)
    const result = await action()
    setBusy(false)
    setConfirming(false)
    if (result.ok) onChanged()
    else setFailure({ problem: result.network ? null : result.problem })
  }

  return (
    <Card title={document.title[locale]}>
      <View className='stack'>
        {failure ? <ProblemNotice problem={failure.problem} /> : null}
        <Text className={active && !consent.outdated ? '' : 'muted'}>
          {active
            ? t('consent.agreedAt', { date: formatDate(consent.givenAt, locale), version: consent.version })
            : consent?.withdrawnAt
              ? t('consent.withdrawnAt', { date: formatDate(consent.withdrawnAt, locale) })
              : t('consent.notGiven')}
        </Text>
        {active && consent.outdated ? <Banner tone='warning'>{t('consent.outdated')}</Banner> : null}
        <Button variant='secondary' onPress={() => setShowText(!showText)}>
          {showText ? t('consent.hideText') : t('consent.showText')}
        </Button>
        {showText ? (
          <ConsentText document={document} />
        ) : null}
        {active && !confirming ? (
          <Button variant='danger' onPress={() => setConfirming(true)}>
            {t('consent.withdraw')}
          </Button>
        ) : null}
        {active && confirming ? (
          <Banner tone='warning' urgent>
            {t('consent.withdrawConfirm')}
            <View className='row'>
              <Button variant='danger' busy={busy} onPress={() => run(() => withdraw(document.purpose))}>
                {t('consent.withdrawYes')}
              </Button>
              <Button variant='secondary' onPress={() => setConfirming(false)}>
                {t('consent.keep')}
              </Button>
            </View>
          </Banner>
        ) : null}
        {!active || consent.outdated ? (
          <Button busy={busy} onPress={() => run(() => agreeTo(document.purpose, document.version))}>
            {consent ? t('consent.giveAgain') : t('consent.agree')}
          </Button>
        ) : null}
      </View>
    </Card>
  )
}

export default function ConsentsPage() {
  const t = useT(identityMessages)
  const [documents, reloadDocuments] = useOperation(listConsentDocuments, {})
  const [consents, reloadConsents] = useOperation(listConsents, {})

  return (
    <PageShell title={t('consents.title')} operation={listConsents}>
      <Text className='page__lead'>{t('consents.lead')}</Text>
      {documents.status === 'loading' || consents.status === 'loading' ? <Loading /> : null}
      {documents.status === 'problem' || documents.status === 'network' ? (
        <ProblemNotice problem={documents.status === 'problem' ? documents.problem : null} onRetry={reloadDocuments} loading />
      ) : null}
      {consents.status === 'problem' || consents.status === 'network' ? (
        <ProblemNotice problem={consents.status === 'problem' ? consents.problem : null} onRetry={reloadConsents} loading />
      ) : null}
      {documents.status === 'ok' && consents.status === 'ok'
        ? documents.value.documents.map((document) => (
            <ConsentCard
              key={document.purpose}
              document={document}
              consent={consents.value.consents.find((c) => c.purpose === document.purpose)}
              onChanged={reloadConsents}
            />
          ))
        : null}
    </PageShell>
  )
}
