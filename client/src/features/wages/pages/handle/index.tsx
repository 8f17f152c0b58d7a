import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { Problem } from '@renshe/shared/platform/problem'
import { getComplaint } from '@renshe/shared/wages/contract'
import type { CaseDetail } from '@renshe/shared/wages/schemas'
import { useT } from '../../../../lib/i18n/translate'
import { useOperation } from '../../../../lib/use-operation'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Card } from '../../../../ui/card'
import { Link } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { Deadlines } from '../../components/deadlines'
import { OfficeCaseActions } from '../../components/office-case-actions'
import { OfficeCaseFacts } from '../../components/office-case-facts'
import { OfficeEvidence } from '../../components/office-evidence'
import { OfficeMessageBox } from '../../components/office-message-box'
import { OfficeStageDeadline } from '../../components/office-stage-deadline'
import { Timeline } from '../../components/timeline'
import { officeMessages } from '../../office-messages'
import '../../office.css'
import '../../wages.css'

export default function HandlePage() {
  const t = useT(officeMessages)
  const id = useRouter().params.id ?? ''
  const [loaded, reload] = useOperation(getComplaint, id ? { params: { id } } : null)
  // The case as the last action or message left it, until the page loads it again.
  const [latest, setLatest] = useState<CaseDetail | null>(null)
  const [conflict, setConflict] = useState<Problem | null>(null)

  useEffect(() => {
    if (loaded.status === 'ok') setLatest(null)
  }, [loaded])

  const detail = latest ?? (loaded.status === 'ok' ? loaded.value : null)
  const onConflict = (problem: Problem) => {
    setConflict(problem)
    setLatest(null)
    reload()
  }

  return (
    <PageShell title={t('handle.title')} operation={getComplaint}>
      <View className='office-link-row'>
        <Link to={routes.caseQueue}>{t('handle.toQueue')}</Link>
      </View>
      {!id ? <Banner tone='error' title={t('missingId')} /> : null}
      {conflict ? (
        <View>
          <ProblemNotice problem={conflict} />
          <Text className='office-block'>{t('handle.conflict')}</Text>
        </View>
      ) : null}
      {loaded.status === 'loading' && !detail ? <Loading /> : null}
      {(loaded.status === 'problem' || loaded.status === 'network') && !detail ? (
        <ProblemNotice problem={loaded.status === 'problem' ? loaded.problem : null} onRetry={reload} loading />
      ) : null}
      {detail ? (
        <View>
          <Card title={t('handle.deadlinesTitle')}>
            <View className='office-block'>
              <OfficeStageDeadline deadlines={detail.deadlines} />
            </View>
            <Deadlines deadlines={detail.deadlines} status={detail.status} />
          </Card>
          <OfficeCaseActions
            detail={detail}
            onChanged={(next) => {
              setConflict(null)
              setLatest(next)
            }}
            onConflict={onConflict}
          />
          <OfficeCaseFacts detail={detail} />
          <Card title={t('evidence.title')}>
            <OfficeEvidence files={detail.evidence} />
          </Card>
          {detail.canMessage ? <OfficeMessageBox detail={detail} onSent={setLatest} /> : null}
          <Card title={t('handle.timelineTitle')}>
            <Timeline events={detail.timeline} />
          </Card>
        </View>
      ) : null}
    </PageShell>
  )
}
