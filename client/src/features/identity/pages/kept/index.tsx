import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { confirmKeptProfile, getKeptProfile, refuseKeptProfile } from '@renshe/shared/identity/kept-contract'
import type { KeptProfile } from '@renshe/shared/identity/kept'
import type { Problem } from '@renshe/shared/platform/problem'
import { call } from '../../../../lib/api'
import { formatDate } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useOperation } from '../../../../lib/use-operation'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import { Card } from '../../../../ui/card'
import { EmptyState } from '../../../../ui/empty-state'
import { ListLink, openPage } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { keptMessages } from '../../kept-messages'

type Choice = 'keep' | 'end' | 'refuse'

/**
 * After her first real-name binding: what a grid staff member kept for her before she had an
 * account, her links to see it all, and her decision (decision 055).
 */
export default function KeptProfilePage() {
  const t = useT(keptMessages)
  const locale = useLocale()
  const [loaded, reload] = useOperation(getKeptProfile, {})
  const [decided, setDecided] = useState<{ readonly kept: KeptProfile; readonly choice: Choice } | null>(null)
  const [busy, setBusy] = useState<Choice | null>(null)
  const [failure, setFailure] = useState<{ readonly problem: Problem | null; readonly choice: Choice } | null>(null)

  const decide = async (choice: Choice) => {
    setBusy(choice)
    setFailure(null)
    const result = choice === 'refuse' ? await call(refuseKeptProfile, {}) : await call(confirmKeptProfile, { body: { keepGrant: choice === 'keep' } })
    setBusy(null)
    if (result.ok && result.value.kept) setDecided({ kept: result.value.kept, choice })
    else if (!result.ok) setFailure({ problem: result.network ? null : result.problem, choice })
  }

  const kept = decided?.kept ?? (loaded.status === 'ok' ? loaded.value.kept : null)
  const outcome = decided ? (decided.choice === 'refuse' ? 'kept.refused' : decided.choice === 'end' ? 'kept.confirmedEnded' : 'kept.confirmed') : null
  return (
    <PageShell title={t('kept.title')} operation={getKeptProfile}>
      {loaded.status === 'loading' ? <Loading /> : null}
      {loaded.status === 'problem' || loaded.status === 'network' ? <ProblemNotice problem={loaded.status === 'problem' ? loaded.problem : null} onRetry={reload} loading /> : null}
      {loaded.status === 'ok' && !kept ? <EmptyState message={t('kept.none')} /> : null}
      {outcome ? <Banner tone='success'>{t(outcome)}</Banner> : null}
      {kept ? (
        <View className='stack'>
          {kept.status === 'kept' ? <Text className='page__lead'>{t('kept.lead')}</Text> : null}
          <Card title={t('kept.staff', { name: kept.grant.staff.name || kept.staff.maskedName, code: kept.staff.staffCode })}>
            <View className='stack'>
              <Text>{t('kept.organization', { organization: kept.staff.organization })}</Text>
              <Text>{t('kept.registeredAt', { date: formatDate(kept.registeredAt, locale) })}</Text>
              <Text>{t('kept.agreement', { reference: kept.agreement.reference })}</Text>
              {kept.grant.status === 'active' ? <Text>{t('kept.grantUntil', { date: formatDate(kept.grant.expiresAt, locale) })}</Text> : null}
            </View>
          </Card>
          {kept.status !== 'refused' ? <ListLink to={routes.jobProfile} title={t('kept.seeProfile')} /> : null}
          <ListLink to={routes.myApplications} title={t('kept.seeApplications')} />
          <ListLink to={routes.accessLog} title={t('kept.seeLog')} />
          {failure ? <ProblemNotice problem={failure.problem} onRetry={() => void decide(failure.choice)} /> : null}
          {kept.status === 'kept' ? (
            <View className='stack'>
              <Button block busy={busy === 'keep'} onPress={() => void decide('keep')}>
                {t('kept.confirmKeep')}
              </Button>
              <Button block variant='secondary' busy={busy === 'end'} onPress={() => void decide('end')}>
                {t('kept.confirmEnd')}
              </Button>
              <Text className='field__hint'>{t('kept.refuseHint')}</Text>
              <Button block variant='danger' busy={busy === 'refuse'} onPress={() => void decide('refuse')}>
                {t('kept.refuse')}
              </Button>
            </View>
          ) : (
            <Button block variant='secondary' onPress={() => openPage(routes.home, true)}>
              {t('kept.toHome')}
            </Button>
          )}
        </View>
      ) : null}
    </PageShell>
  )
}
