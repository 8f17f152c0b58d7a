import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Problem } from '@renshe/shared/platform/problem'
import { skillsSummaryValidDays, type SkillsRecord, type SkillsSummary } from '@renshe/shared/training/assessment'
import { getSkillsRecord, shareSkillsRecord } from '@renshe/shared/training/assessment-contract'
import { roleProps } from '../../../../lib/a11y/pressable'
import { sessionStore } from '../../../../lib/auth/session-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { useOperation } from '../../../../lib/use-operation'
import { useSubmission } from '../../../../lib/use-submission'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import { Card } from '../../../../ui/card'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { LoginFirst } from '../../components/login-first'
import { SkillCertificateItem } from '../../components/skill-certificate-item'
import { SkillsCourseItem } from '../../components/skills-course-item'
import { SkillsSummaryCard } from '../../components/skills-summary-card'
import { trainingMessages } from '../../messages'
import '../../training.css'
import '../../skills.css'

/** Her lifelong skills record: certificates and courses, and a summary to hand an employer. */
export default function SkillsRecordPage() {
  const t = useT(trainingMessages)
  const session = useStore(sessionStore)
  const [loaded, reload] = useOperation(getSkillsRecord, session ? {} : null)
  return (
    <PageShell title={t('skills.title')} operation={getSkillsRecord}>
      {!session ? <LoginFirst back={routes.skillsRecord} /> : null}
      {session ? <Text className='page__lead'>{t('skills.lead')}</Text> : null}
      {session && loaded.status === 'loading' ? <Loading /> : null}
      {loaded.status === 'problem' || loaded.status === 'network' ? <ProblemNotice problem={loaded.status === 'problem' ? loaded.problem : null} onRetry={reload} loading /> : null}
      {loaded.status === 'ok' ? <Record record={loaded.value} /> : null}
    </PageShell>
  )
}

function Record({ record }: { readonly record: SkillsRecord }) {
  const t = useT(trainingMessages)
  return (
    <View>
      <Card title={t('skills.certificatesTitle', { count: record.certificates.length })}>
        {record.certificates.length === 0 ? <Text className='muted'>{t('skills.noCertificates')}</Text> : null}
        <View {...roleProps('list')} className='training-list'>
          {record.certificates.map((certificate) => (
            <View {...roleProps('listitem')} key={certificate.id} className='training-list__item'>
              <SkillCertificateItem certificate={certificate} />
              <Text className='status-tag status-tag--ok'>{t('skills.verified')}</Text>
            </View>
          ))}
        </View>
      </Card>
      <Card title={t('skills.coursesTitle', { count: record.courses.length })}>
        {record.courses.length === 0 ? <Text className='muted'>{t('skills.noCourses')}</Text> : null}
        <View {...roleProps('list')} className='training-list'>
          {record.courses.map((course) => (
            <View {...roleProps('listitem')} key={course.enrolmentId} className='training-list__item'>
              <SkillsCourseItem course={course} />
            </View>
          ))}
        </View>
      </Card>
      <ShareRecord />
    </View>
  )
}

/**
 * Makes a summary for an employer. With an Idempotency-Key: a retry after a lost answer is the
 * same summary, never a second code.
 */
function ShareRecord() {
  const t = useT(trainingMessages)
  const { submit, sending } = useSubmission(shareSkillsRecord)
  const [summary, setSummary] = useState<SkillsSummary | null>(null)
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)

  const share = async () => {
    setFailure(null)
    const result = await submit({})
    if (result.ok) return setSummary(result.value)
    setFailure({ problem: result.network ? null : result.problem })
  }

  return (
    <View>
      <Card title={t('share.title')}>
        <Text className='training-line'>{t('share.lead', { days: skillsSummaryValidDays })}</Text>
        {failure ? <ProblemNotice problem={failure.problem} onRetry={() => void share()} /> : null}
        <View className='training-actions'>
          <Button block busy={sending} onPress={() => void share()}>
            {t('share.button')}
          </Button>
        </View>
      </Card>
      {summary ? <Banner tone='success'>{t('share.done')}</Banner> : null}
      {summary ? <SkillsSummaryCard summary={summary} /> : null}
    </View>
  )
}
