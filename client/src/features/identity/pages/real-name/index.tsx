import { Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { bindRealName } from '@renshe/shared/identity/contract'
import { getKeptProfile } from '@renshe/shared/identity/kept-contract'
import type { Me } from '@renshe/shared/identity/schemas'
import { call } from '../../../../lib/api'
import { sessionStore, updateMe } from '../../../../lib/auth/session-store'
import { useStore } from '../../../../lib/store'
import { useT } from '../../../../lib/i18n/translate'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import { openPage } from '../../../../ui/link'
import { PageShell } from '../../../../ui/page-shell'
import { ConsentStep } from '../../components/consent-step'
import { RealNameForm } from '../../components/real-name-form'
import { identityMessages } from '../../messages'

type Step = { readonly kind: 'consent'; readonly askAgain: boolean } | { readonly kind: 'form' } | { readonly kind: 'done'; readonly me: Me | null }

export default function RealNamePage() {
  const t = useT(identityMessages)
  const alreadyBound = useStore(sessionStore)?.me.realName.bound ?? false
  const [step, setStep] = useState<Step>(alreadyBound ? { kind: 'done', me: null } : { kind: 'consent', askAgain: false })
  const agreed = useCallback(() => setStep({ kind: 'form' }), [])

  const bound = async (me: Me) => {
    updateMe(me)
    // Registered by grid staff before she had an account: she sees what was kept, to decide.
    const kept = await call(getKeptProfile, {})
    if (kept.ok && kept.value.kept?.status === 'kept') return openPage(routes.keptProfile, true)
    setStep({ kind: 'done', me })
  }

  return (
    <PageShell title={t('realName.title')} operation={bindRealName}>
      {step.kind === 'consent' ? <ConsentStep purpose='identity.real_name' onAgreed={agreed} askAgain={step.askAgain} /> : null}
      {step.kind === 'form' ? (
        <View>
          <Text className='page__lead'>{t('realName.lead')}</Text>
          <RealNameForm
            onBound={(me) => void bound(me)}
            onConsentRequired={() => setStep({ kind: 'consent', askAgain: true })}
            onAlreadyBound={() => setStep({ kind: 'done', me: null })}
          />
        </View>
      ) : null}
      {step.kind === 'done' ? (
        <View className='stack'>
          {step.me?.realName.bound ? (
            <Banner tone='success' title={t('realName.done')}>
              {t('realName.doneBody', { name: step.me.realName.maskedName, idNumber: step.me.realName.maskedIdNumber })}
            </Banner>
          ) : (
            <Banner tone='info'>{t('realName.alreadyBound')}</Banner>
          )}
          <Button block onPress={() => openPage(routes.recordsSummary, true)}>
            {t('realName.toRecords')}
          </Button>
          <Button variant='secondary' block onPress={() => openPage(routes.home, true)}>
            {t('realName.toHome')}
          </Button>
        </View>
      ) : null}
    </PageShell>
  )
}
