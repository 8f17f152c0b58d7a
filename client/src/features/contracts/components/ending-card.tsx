import { Text, View } from '@tarojs/components'
import { endingGrounds } from '@renshe/shared/contracts/ending'
import type { Contract } from '@renshe/shared/contracts/schemas'
import { pageLink } from '@renshe/shared/platform/pages'
import { formatDate, formatDateTime } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { Card } from '../../../ui/card'
import { Link } from '../../../ui/link'
import { dateAtNoon } from '../dates'
import { endingMessages } from '../ending-messages'
import { ContractDownload } from './contract-download'

type Ending = NonNullable<Contract['ending']>

/**
 * How a contract ended, to both parties: the ground with its article, the last day, the
 * employer's note, whether economic compensation is owed (information, with the articles), and
 * the certificate of ending with its hash and the free download.
 */
export function EndingCard({ contract, ending }: { readonly contract: Contract; readonly ending: Ending }) {
  const t = useT(endingMessages)
  const locale = useLocale()
  const language = locale === 'en' ? 'en' : 'zh'
  const ground = endingGrounds[ending.ground]
  return (
    <Card title={t('ending.title')}>
      <View className='contract-stack'>
        <Text>{t('ending.ground', { ground: ground.label[language], article: ground.article[language] })}</Text>
        <Text>{t('ending.lastDay', { date: formatDate(dateAtNoon(ending.lastDay), locale) })}</Text>
        {ending.reason !== '' ? <Text>{t('ending.reason', { reason: ending.reason })}</Text> : null}
        <Text>{t('ending.service', { months: ending.compensation.serviceMonths })}</Text>
        <Text className='contract-compensation'>{t(`compensation.${ending.compensation.rule}`, { months: ending.compensation.monthsOfWage })}</Text>
        <Text className='muted'>{t('compensation.note')}</Text>
        <Text className='contract-fact__label'>{t('certificate.title')}</Text>
        <Text>{t('certificate.number', { number: ending.certificate.number })}</Text>
        <View>
          <Text className='contract-fact__label'>{t('certificate.sha256')}</Text>
          <Text className='contract-hash'>{ending.certificate.sha256}</Text>
        </View>
        <Text>{t('certificate.timestampedAt', { time: formatDateTime(ending.certificate.timestampedAt, locale) })}</Text>
        {contract.allowedActions.includes('download_certificate') ? (
          <ContractDownload
            contractId={contract.id}
            certificate={{ button: t('certificate.download'), save: (name) => t('certificate.save', { name }), failed: t('certificate.failed') }}
          />
        ) : null}
        <Text>
          <Link to={pageLink('verifyContract', { sha256: ending.certificate.sha256 })}>{t('certificate.verify')}</Link>
        </Text>
      </View>
    </Card>
  )
}
