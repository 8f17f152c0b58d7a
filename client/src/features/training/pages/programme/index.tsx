import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { getProgramme } from '@renshe/shared/training/programmes-contract'
import { pageLink } from '@renshe/shared/platform/pages'
import type { Problem } from '@renshe/shared/platform/problem'
import type { Programme } from '@renshe/shared/training/schemas'
import { sessionStore } from '../../../../lib/auth/session-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Card } from '../../../../ui/card'
import { Heading } from '../../../../ui/heading'
import { Link } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { loadProgramme } from '../../api'
import { ApprovedInstitutions } from '../../components/approved-institutions'
import { CloseProgramme } from '../../components/close-programme'
import { Ledger } from '../../components/ledger'
import { LoginFirst } from '../../components/login-first'
import { ProgrammeFacts } from '../../components/programme-facts'
import { trainingMessages } from '../../messages'
import '../../training.css'

type Loaded = { readonly status: 'loading' } | { readonly status: 'ok'; readonly programme: Programme } | { readonly status: 'failed'; readonly problem: Problem | null }

/** One programme of the officer's region: what it is, its ledger, its institutions and approving more, and stopping it. */
export default function TrainingProgrammePage() {
  const t = useT(trainingMessages)
  const session = useStore(sessionStore)
  const { id = '' } = useRouter().params
  return (
    <PageShell title={t('programme.title')} operation={getProgramme}>
      {!session ? <LoginFirst back={pageLink('trainingProgramme', { id })} /> : null}
      {session ? <ProgrammeView id={id} /> : null}
    </PageShell>
  )
}

function ProgrammeView({ id }: { readonly id: string }) {
  const t = useT(trainingMessages)
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const [closed, setClosed] = useState(false)
  useEffect(() => {
    let live = true
    setLoaded({ status: 'loading' })
    void loadProgramme(id).then((result) => {
      if (live) setLoaded(result.ok ? { status: 'ok', programme: result.value } : { status: 'failed', problem: result.network ? null : result.problem })
    })
    return () => {
      live = false
    }
  }, [id, attempt])

  if (loaded.status === 'loading') return <Loading />
  if (loaded.status === 'failed') return <ProblemNotice problem={loaded.problem} onRetry={() => setAttempt((n) => n + 1)} loading />
  const { programme } = loaded
  return (
    <View>
      <Heading level={2} className='training-voucher__title'>
        {programme.name}
      </Heading>
      {closed ? <Banner tone='success'>{t('close.done')}</Banner> : null}
      <Card title={t('ledger.title')}>
        <Ledger ledger={programme.ledger} />
      </Card>
      <Card>
        <ProgrammeFacts programme={programme} />
      </Card>
      <Card title={t('programme.institutions')}>
        <ApprovedInstitutions programme={programme} onApproved={(changed) => setLoaded({ status: 'ok', programme: changed })} />
      </Card>
      {programme.status === 'open' ? (
        <View className='training-actions'>
          <CloseProgramme
            programme={programme}
            onClosed={(changed) => {
              setClosed(true)
              setLoaded({ status: 'ok', programme: changed })
            }}
          />
        </View>
      ) : null}
      <View className='training-links'>
        <Link to={routes.trainingProgrammes}>{t('programme.toList')}</Link>
      </View>
    </View>
  )
}
