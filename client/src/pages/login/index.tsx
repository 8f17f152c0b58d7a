import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { devLogin, listDemoAccounts, loginProviders, wechatLogin } from '@renshe/shared/identity/contract'
import type { Session } from '@renshe/shared/identity/schemas'
import { problemTitles } from '@renshe/shared/platform/messages'
import type { Problem } from '@renshe/shared/platform/problem'
import { call, type CallResult } from '../../lib/api'
import { sessionStore } from '../../lib/auth/session-store'
import { useLocale } from '../../lib/i18n/locale-store'
import { useT } from '../../lib/i18n/translate'
import { useOperation } from '../../lib/use-operation'
import { wechatLoginAvailable, wechatLoginCode } from '../../lib/wechat-login'
import { Banner } from '../../ui/banner'
import { Button } from '../../ui/button'
import { Card } from '../../ui/card'
import { LanguageSwitch } from '../../ui/language-switch'
import { ListLink } from '../../ui/link'
import { routes } from '../../routes'
import { Loading } from '../../ui/loading'
import { PageShell } from '../../ui/page-shell'
import { ProblemNotice } from '../../ui/problem-notice'
import { loginMessages } from './messages'

type Failure = { readonly problem: Problem | null } | { readonly wechat: true } | null

export default function LoginPage() {
  const t = useT(loginMessages)
  const locale = useLocale()
  const { params } = useRouter()
  const [providers, reloadProviders] = useOperation(loginProviders, {})
  const offersDevelopment = providers.status === 'ok' && providers.value.providers.includes('development')
  const [accounts] = useOperation(listDemoAccounts, offersDevelopment ? {} : null)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<Failure>(null)

  const finish = (result: CallResult<typeof devLogin>) => {
    if (result.ok) {
      startSession(result.value)
      return
    }
    setFailure({ problem: result.network ? null : result.problem })
  }

  const loginAs = async (account: string) => {
    setBusy(true)
    setFailure(null)
    finish(await call(devLogin, { body: { account } }))
    setBusy(false)
  }

  const loginWithWechat = async () => {
    setBusy(true)
    setFailure(null)
    const code = await wechatLoginCode()
    if (code) finish(await call(wechatLogin, { body: { code } }))
    else setFailure({ wechat: true })
    setBusy(false)
  }

  const startSession = (session: Session) => {
    sessionStore.set({ token: session.token, me: session.me })
    const next = params.next ? decodeURIComponent(params.next) : '/pages/home/index'
    Taro.reLaunch({ url: next }).catch(() => Taro.reLaunch({ url: '/pages/home/index' }))
  }

  const reason = params.reason === 'session_expired' || params.reason === 'unauthenticated' ? params.reason : null

  return (
    <PageShell title={t('title')}>
      {reason ? <Banner tone='warning'>{problemTitles[reason][locale]}</Banner> : null}
      <Text className='page__lead'>{t('lead')}</Text>
      {failure && 'wechat' in failure ? <Banner tone='error'>{t('wechatFailed')}</Banner> : null}
      {failure && 'problem' in failure ? <ProblemNotice problem={failure.problem} /> : null}
      {busy ? <Banner tone='info'>{t('loggingIn')}</Banner> : null}

      {providers.status === 'loading' ? <Loading /> : null}
      {providers.status === 'network' || providers.status === 'problem' ? (
        <ProblemNotice problem={providers.status === 'problem' ? providers.problem : null} onRetry={reloadProviders} loading />
      ) : null}

      {providers.status === 'ok' && providers.value.providers.includes('wechat') && wechatLoginAvailable ? (
        <View className='stack'>
          <Button block busy={busy} onPress={loginWithWechat}>
            {t('wechat')}
          </Button>
        </View>
      ) : null}

      {providers.status === 'ok' && providers.value.providers.length === 0 ? <Banner tone='warning'>{t('noProviders')}</Banner> : null}

      {offersDevelopment ? (
        <Card title={t('devTitle')}>
          <Banner tone='warning'>{t('devWarning')}</Banner>
          {accounts.status === 'loading' ? <Loading /> : null}
          {accounts.status === 'ok' ? (
            <View className='stack'>
              {accounts.value.accounts.map((account) => (
                <Button key={account.account} variant='secondary' block busy={busy} onPress={() => loginAs(account.account)}>
                  {account.label[locale]}
                </Button>
              ))}
            </View>
          ) : null}
        </Card>
      ) : null}

      <Card title={t('verifyTitle')}>
        <ListLink to={routes.verify} title={t('verifyLink')} />
      </Card>
      <LanguageSwitch />
    </PageShell>
  )
}
