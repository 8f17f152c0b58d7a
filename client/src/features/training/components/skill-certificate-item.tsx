import { Text, View } from '@tarojs/components'
import type { SkillCertificate } from '@renshe/shared/training/certificate'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { Heading } from '../../../ui/heading'
import { dayText, levelText, occupationLabel } from '../labels'
import { trainingMessages } from '../messages'

/** A skill level certificate: what it certifies, its number, who issued it and when. */
export function SkillCertificateItem({ certificate }: { readonly certificate: Omit<SkillCertificate, 'id'> }) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  return (
    <View className='training-voucher'>
      <Heading level={3} className='training-voucher__title'>
        {t('skills.certificate', { occupation: occupationLabel(certificate.occupationCode, locale), level: levelText(certificate.level, t) })}
      </Heading>
      <Text className='training-line skills-number'>{t('skills.certificateNumber', { number: certificate.certificateNumber })}</Text>
      <Text className='training-line'>{t('skills.issued', { issuer: certificate.issuerName, date: dayText(certificate.issuedOn, locale) })}</Text>
    </View>
  )
}
