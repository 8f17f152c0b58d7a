import { Text } from '@tarojs/components'
import { problemTitles } from '@renshe/shared/platform/messages'
import type { Problem } from '@renshe/shared/platform/problem'
import { useLocale } from '../lib/i18n/locale-store'
import { useT } from '../lib/i18n/translate'
import { Banner } from './banner'
import { ConsentPurpose } from '@renshe/shared/identity/schemas'
import { routes } from '../routes'
import { Button } from './button'
import { domainLabels } from './domain-labels'
import { openPage } from './link'
import { uiMessages } from './messages'

interface ProblemNoticeProps {
  /** `null`: no answer reached us. */
  readonly problem: Problem | null
  readonly onRetry?: () => void
  /** Words for a network failure while loading rather than while sending a form. */
  readonly loading?: boolean
}

/** Says what went wrong, in the person's language from the problem's code, and offers a retry. */
export function ProblemNotice({ problem, onRetry, loading = false }: ProblemNoticeProps) {
  const t = useT(uiMessages)
  const label = useT(domainLabels)
  const locale = useLocale()
  const retry = onRetry ? (
    <Button variant='secondary' onPress={onRetry}>
      {t('retry')}
    </Button>
  ) : null

  if (!problem) {
    return (
      <Banner tone='error' title={t('network.title')}>
        <Text>{loading ? t('network.bodyLoad') : t('network.body')}</Text>
        {retry}
      </Banner>
    )
  }
  const retryable = problem.status >= 500 || problem.code === 'rate_limited' || problem.code === 'idempotency_in_progress'
  const consent = problem.code === 'consent_required' ? ConsentPurpose.safeParse(problem.detail) : null
  // `detail` is written for developers, in English; people get the title and a way forward.
  return (
    <Banner tone='error' title={problemTitles[problem.code][locale]}>
      {consent?.success ? <Text>{t('problem.consentNeeded', { purpose: label(`consent.${consent.data}`) })}</Text> : null}
      {problem.code === 'consent_required' ? (
        <Button onPress={() => openPage(routes.consents)}>{t('problem.toConsents')}</Button>
      ) : null}
      {problem.code === 'real_name_required' ? (
        <Button onPress={() => openPage(routes.realName)}>{t('problem.toRealName')}</Button>
      ) : null}
      <Text className='small'>{t('problem.requestId', { id: problem.requestId })}</Text>
      {retryable ? retry : null}
    </Banner>
  )
}
