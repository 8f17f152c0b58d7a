import { Text, View } from '@tarojs/components'
import type { SkillCertificate } from '@renshe/shared/training/certificate'
import { roleProps } from '../../../lib/a11y/pressable'
import { formatDate } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { Card } from '../../../ui/card'
import { Heading } from '../../../ui/heading'
import { occupationLabel } from '../labels'
import { jobsMessages } from '../messages'

const levelKeys = ['skillLevel.1', 'skillLevel.2', 'skillLevel.3', 'skillLevel.4', 'skillLevel.5'] as const

/**
 * The seeker's certificates as assessment bodies recorded them (decision 061): shown, never
 * edited here, because an employer reads them as verified. Nothing is shown until there is one.
 */
export function SkillCertificates({ certificates }: { readonly certificates: readonly SkillCertificate[] }) {
  const t = useT(jobsMessages)
  const locale = useLocale()
  if (certificates.length === 0) return null
  return (
    <Card title={t('profile.skillCertificatesTitle')}>
      <Text className='muted'>{t('profile.skillCertificatesLead')}</Text>
      <View {...roleProps('list')} className='jobs-certificates'>
        {certificates.map((certificate) => {
          const level = levelKeys[certificate.level - 1]
          return (
            <View {...roleProps('listitem')} key={certificate.id} className='jobs-certificate'>
              <Heading level={3} className='jobs-certificate__title'>
                {t('profile.skillCertificate', { occupation: occupationLabel(certificate.occupationCode, locale), level: level ? t(level) : String(certificate.level) })}
              </Heading>
              <Text className='jobs-certificate__facts'>
                {t('profile.skillCertificateFacts', { number: certificate.certificateNumber, issuer: certificate.issuerName, date: formatDate(`${certificate.issuedOn}T00:00:00+08:00`, locale) })}
              </Text>
              <Text className='status-tag status-tag--ok'>{t('profile.skillCertificateVerified')}</Text>
            </View>
          )
        })}
      </View>
    </Card>
  )
}
