import { Image, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { SkillsSummary } from '@renshe/shared/training/assessment'
import { roleProps } from '../../../lib/a11y/pressable'
import { copyText } from '../../../lib/clipboard'
import { formatDate } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { Button } from '../../../ui/button'
import { Card } from '../../../ui/card'
import { trainingMessages } from '../messages'
import { groupVerificationCode } from '../../../lib/verification-check'

/** A summary she just made: the code to read out, the QR code to show, the link to send, and until when it can be checked. */
export function SkillsSummaryCard({ summary }: { readonly summary: SkillsSummary }) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  const [copied, setCopied] = useState<boolean | null>(null)
  const copy = async () => {
    setCopied(null)
    setCopied(await copyText(summary.verifyUrl))
  }
  return (
    <Card title={t('summary.codeTitle')} tone='highlight'>
      <Text className='skills-code'>{groupVerificationCode(summary.verificationCode)}</Text>
      <Image className='skills-qr' src={summary.qrDataUrl} mode='aspectFit' {...roleProps('img')} aria-label={t('summary.qrAlt')} imgProps={{ alt: t('summary.qrAlt') }} />
      <Text className='training-line training-line--strong'>{t('summary.expires', { date: formatDate(summary.expiresAt, locale) })}</Text>
      <Text className='skills-link'>{t('summary.link', { url: summary.verifyUrl })}</Text>
      <Text className='training-line muted'>{t('summary.frozen')}</Text>
      <View className='training-actions'>
        <Button variant='secondary' block onPress={() => void copy()}>
          {t('summary.copy')}
        </Button>
        <View {...roleProps('status')}>{copied === null ? null : <Text>{t(copied ? 'summary.copied' : 'summary.copyFailed')}</Text>}</View>
      </View>
    </Card>
  )
}
