import { Text, View } from '@tarojs/components'
import { formatDate, formatMonth } from '../../../../lib/format'
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
import { verifyCode } from '../../api'
import { CertificateStatusTag } from '../../components/certificate-status'
import { Figure } from '../../components/figure'
import { recordsMessages } from '../../messages'
import '../../records.css'

const codeField = 'verify-code'

/** Public: a school or employer checks a code without logging in, and sees only what the contract allows. */
export default function VerifyPage() {
  const t = useT(recordsMessages)
  const locale = useLocale()
  const { code, setCode, errors, outcome, checking, check } = useVerificationCheck(codeField, verifyCode)
  const verdict = outcome?.kind === 'found' ? outcome.value : null

  return (
    <PageShell title={t('verify.title')}>
      <Text className='page__lead'>{t('verify.lead')}</Text>
      <ErrorSummary errors={errors} />
      <Field
        id={codeField}
        label={t('verify.code')}
        hint={t('verify.codeHint')}
        value={code}
        maxLength={16}
        onChange={setCode}
        {...(errors[0] ? { error: errors[0].message } : {})}
      />
      <Button block busy={checking} onPress={() => void check(code)}>
        {t('verify.submit')}
      </Button>
      <View className='stack' style={{ marginTop: '16px' }}>
        {outcome?.kind === 'notFound' ? <Banner tone='error'>{t('verify.notFound')}</Banner> : null}
        {outcome?.kind === 'failed' ? <ProblemNotice problem={outcome.problem} onRetry={() => void check(code)} /> : null}
        {verdict ? (
          <Card title={t('verify.resultTitle')}>
            <Banner tone={verdict.status === 'valid' ? 'success' : 'error'}>{t(`verify.${verdict.status}`)}</Banner>
            <View className='figures'>
              <Figure label={t('certificate.codeTitle')} value={groupVerificationCode(verdict.verificationCode)} />
              <Figure label={t('verify.name')} value={verdict.maskedName} />
              <Figure
                label={t('certificate.period')}
                value={t('periodRange', { from: formatMonth(verdict.period.from, locale), to: formatMonth(verdict.period.to, locale) })}
              />
              <Figure label={t('certificate.issuedAt')} value={formatDate(verdict.issuedAt, locale)} />
              <Figure label={t('certificate.expiresAt')} value={formatDate(verdict.expiresAt, locale)} />
            </View>
            <View className='row' style={{ marginTop: '8px' }}>
              <Text className='figure__label'>{t('certificate.status')}</Text>
              <CertificateStatusTag status={verdict.status} />
            </View>
          </Card>
        ) : null}
      </View>
    </PageShell>
  )
}
