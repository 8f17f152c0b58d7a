import { Text, View } from '@tarojs/components'
import type { SkillsSummaryStatus, SkillsSummaryVerification } from '@renshe/shared/training/assessment'
import { roleProps } from '../../../../lib/a11y/pressable'
import { formatDate } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { groupVerificationCode, useVerificationCheck } from '../../../../lib/verification-check'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import { Card } from '../../../../ui/card'
import { ErrorSummary } from '../../../../ui/error-summary'
import { Field } from '../../../../ui/field'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { checkSkillsSummary } from '../../api'
import { SkillCertificateItem } from '../../components/skill-certificate-item'
import { SkillsCourseItem } from '../../components/skills-course-item'
import { SkillsFigure } from '../../components/skills-figure'
import { trainingMessages } from '../../messages'
import '../../training.css'
import '../../skills.css'

const codeField = 'verify-skills-code'

const statusTone = { valid: 'success', expired: 'warning', revoked: 'error' } as const satisfies Record<SkillsSummaryStatus, string>

/** Public: an employer checks a skills record summary by its code, no login, and sees only what the summary states. */
export default function VerifySkillsPage() {
  const t = useT(trainingMessages)
  const { code, setCode, errors, outcome, checking, check } = useVerificationCheck(codeField, checkSkillsSummary)

  return (
    <PageShell title={t('verifySkills.title')}>
      <Text className='page__lead'>{t('verifySkills.lead')}</Text>
      <ErrorSummary errors={errors} />
      <Field id={codeField} label={t('verifySkills.code')} hint={t('verifySkills.codeHint')} value={code} maxLength={16} onChange={setCode} {...(errors[0] ? { error: errors[0].message } : {})} />
      <Button block busy={checking} onPress={() => void check(code)}>
        {t('verifySkills.submit')}
      </Button>
      <View className='stack' style={{ marginTop: '16px' }}>
        {outcome?.kind === 'notFound' ? <Banner tone='error'>{t('verifySkills.notFound')}</Banner> : null}
        {outcome?.kind === 'failed' ? <ProblemNotice problem={outcome.problem} onRetry={() => void check(code)} /> : null}
        {outcome?.kind === 'found' ? <Verdict summary={outcome.value} /> : null}
      </View>
    </PageShell>
  )
}

function Verdict({ summary }: { readonly summary: SkillsSummaryVerification }) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  return (
    <View>
      <Card title={t('verifySkills.resultTitle')}>
        <Banner tone={statusTone[summary.status]} urgent={summary.status !== 'valid'}>
          {t(`verifySkills.${summary.status}`)}
        </Banner>
        <View className='skills-status-row'>
          <Text className='skills-figure__label'>{t('verifySkills.status')}</Text>
          <Text className={summary.status === 'valid' ? 'status-tag status-tag--ok' : 'status-tag status-tag--warn'}>{t(`verifySkills.status.${summary.status}`)}</Text>
        </View>
        <View className='skills-figures'>
          <SkillsFigure label={t('summary.codeTitle')} value={groupVerificationCode(summary.verificationCode)} />
          <SkillsFigure label={t('verifySkills.name')} value={summary.maskedName} />
          <SkillsFigure label={t('verifySkills.issuedAt')} value={formatDate(summary.issuedAt, locale)} />
          <SkillsFigure label={t('verifySkills.expiresAt')} value={formatDate(summary.expiresAt, locale)} />
        </View>
      </Card>
      <Card title={t('skills.certificatesTitle', { count: summary.certificates.length })}>
        {summary.certificates.length === 0 ? <Text className='muted'>{t('verifySkills.noCertificates')}</Text> : null}
        <View {...roleProps('list')} className='training-list'>
          {summary.certificates.map((certificate) => (
            <View {...roleProps('listitem')} key={certificate.certificateNumber} className='training-list__item'>
              <SkillCertificateItem certificate={certificate} />
            </View>
          ))}
        </View>
      </Card>
      <Card title={t('skills.coursesTitle', { count: summary.courses.length })}>
        {summary.courses.length === 0 ? <Text className='muted'>{t('verifySkills.noCourses')}</Text> : null}
        <View {...roleProps('list')} className='training-list'>
          {summary.courses.map((course, index) => (
            // A frozen course line has no id of its own; its place in the summary never changes.
            <View {...roleProps('listitem')} key={`${index}-${course.courseName}`} className='training-list__item'>
              <SkillsCourseItem course={course} />
            </View>
          ))}
        </View>
      </Card>
    </View>
  )
}
