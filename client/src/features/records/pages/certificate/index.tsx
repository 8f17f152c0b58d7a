import { Image, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { pageLink } from '@renshe/shared/platform/pages'
import { getCertificate } from '@renshe/shared/records/contract'
import { roleProps } from '../../../../lib/a11y/pressable'
import { formatDate, formatMonth } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useOperation } from '../../../../lib/use-operation'
import { Button } from '../../../../ui/button'
import { Card } from '../../../../ui/card'
import { domainLabels } from '../../../../ui/domain-labels'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { saveQrImage, shareVerification, useShareMenu, type SaveOutcome, type ShareOutcome } from '../../certificate-share'
import { CertificateStatusTag } from '../../components/certificate-status'
import { Figure } from '../../components/figure'
import { ShareButton } from '../../components/share-button'
import { recordsMessages } from '../../messages'
import { groupVerificationCode } from '../../../../lib/verification-check'
import '../../records.css'

const shareNotices = { shared: 'certificate.shared', copied: 'certificate.copied', failed: 'certificate.shareFailed', cancelled: null } as const
const saveNotices = { saved: 'certificate.saved', failed: 'certificate.saveFailed' } as const
type Notice = (typeof shareNotices)[ShareOutcome] | (typeof saveNotices)[SaveOutcome]

export default function CertificatePage() {
  const t = useT(recordsMessages)
  const label = useT(domainLabels)
  const locale = useLocale()
  const id = useRouter().params.id ?? ''
  const [certificate, reload] = useOperation(getCertificate, { params: { id } })
  const [notice, setNotice] = useState<Notice>(null)
  const issued = certificate.status === 'ok' ? certificate.value : null
  const code = issued ? groupVerificationCode(issued.verificationCode) : ''
  // What a share carries is the public check of the code: nothing about the holder.
  useShareMenu(issued ? { title: t('certificate.shareTitle'), path: pageLink('verify', { code: issued.verificationCode }), imageDataUrl: issued.qrDataUrl } : null)

  const share = async () => {
    if (!issued) return
    setNotice(null)
    setNotice(shareNotices[await shareVerification({ title: t('certificate.shareTitle'), text: t('certificate.shareText', { code }), url: issued.verifyUrl })])
  }
  const save = async () => {
    if (!issued) return
    setNotice(null)
    setNotice(saveNotices[await saveQrImage(issued.qrDataUrl, `certificate-${issued.verificationCode}.png`)])
  }

  return (
    <PageShell title={t('certificate.title')} operation={getCertificate}>
      {certificate.status === 'loading' ? <Loading /> : null}
      {certificate.status === 'problem' || certificate.status === 'network' ? (
        <ProblemNotice problem={certificate.status === 'problem' ? certificate.problem : null} onRetry={reload} loading />
      ) : null}
      {certificate.status === 'ok' ? (
        <View>
          <Card title={t('certificate.codeTitle')}>
            <Text className='certificate-code'>{code}</Text>
            <Image
              className='certificate-qr'
              src={certificate.value.qrDataUrl}
              mode='aspectFit'
              {...roleProps('img')}
              aria-label={t('certificate.qrAlt')}
              imgProps={{ alt: t('certificate.qrAlt') }}
            />
            <Text className='muted'>{t('certificate.codeHint')}</Text>
            <Text className='verify-url'>{t('certificate.verifyUrl', { url: certificate.value.verifyUrl })}</Text>
          </Card>
          <Card title={t('certificate.actionsTitle')}>
            <View className='certificate-actions'>
              <Text className='muted'>{t('certificate.actionsHint')}</Text>
              <ShareButton label={t('certificate.share')} onShare={() => void share()} />
              <Button variant='secondary' block onPress={() => void save()}>
                {t('certificate.save')}
              </Button>
              <View {...roleProps('status')}>{notice ? <Text>{t(notice)}</Text> : null}</View>
            </View>
          </Card>
          <Card title={t('certificate.title')}>
            <View className='figures'>
              <Figure label={t('certificate.holder')} value={certificate.value.holder.maskedName} />
              <Figure label={t('certificate.idNumber')} value={certificate.value.holder.maskedIdNumber} />
              <Figure label={t('certificate.purpose')} value={label(`purpose.${certificate.value.purpose}`)} />
              <Figure
                label={t('certificate.period')}
                value={t('periodRange', {
                  from: formatMonth(certificate.value.period.from, locale),
                  to: formatMonth(certificate.value.period.to, locale),
                })}
              />
              <Figure label={t('certificate.issuedAt')} value={formatDate(certificate.value.issuedAt, locale)} />
              <Figure label={t('certificate.expiresAt')} value={formatDate(certificate.value.expiresAt, locale)} />
            </View>
            <View className='row' style={{ marginTop: '8px' }}>
              <Text className='figure__label'>{t('certificate.status')}</Text>
              <CertificateStatusTag status={certificate.value.status} />
            </View>
          </Card>
          <Card title={t('certificate.linesTitle')}>
            <View {...roleProps('list')}>
              {certificate.value.lines.map((line) => (
                <View key={line.type} {...roleProps('listitem')} className='type-row'>
                  <Text className='type-row__name'>{label(`insurance.${line.type}`)}</Text>
                  <Text>
                    {line.firstMonth && line.lastMonth
                      ? t('certificate.line', {
                          months: line.paidMonths,
                          first: formatMonth(line.firstMonth, locale),
                          last: formatMonth(line.lastMonth, locale),
                        })
                      : t('certificate.lineNone')}
                  </Text>
                </View>
              ))}
            </View>
          </Card>
        </View>
      ) : null}
    </PageShell>
  )
}
