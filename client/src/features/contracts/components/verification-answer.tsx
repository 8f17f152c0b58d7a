import { Text, View } from '@tarojs/components'
import type { VerificationResult } from '@renshe/shared/contracts/schemas'
import { contractTitle } from '@renshe/shared/contracts/templates'
import { roleProps } from '../../../lib/a11y/pressable'
import { formatDateTime } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { Banner } from '../../../ui/banner'
import { verifyMessages } from '../verify-messages'

/**
 * What the public check found: genuine (the file as signed, its timestamp verified), changed
 * since it was signed, or unknown here — with what the holder may confirm and nothing of the worker.
 */
export function VerificationAnswer({ answer }: { readonly answer: VerificationResult }) {
  const t = useT(verifyMessages)
  const locale = useLocale()
  const found = answer.contract
  const certificate = answer.documentKind === 'ending_certificate'
  const facts = found
    ? [
        ...(certificate ? [{ key: 'document', label: t('facts.document'), value: t('document.ending_certificate') }] : []),
        { key: 'number', label: t('facts.number'), value: found.contractNumber },
        { key: 'kind', label: t('facts.kind'), value: contractTitle(found.kind, locale === 'en' ? 'en' : 'zh') },
        { key: 'employer', label: t('facts.employer'), value: found.employerName },
        { key: 'signedAt', label: t('facts.signedAt'), value: formatDateTime(found.signedAt, locale) },
        { key: 'timestampedAt', label: t('facts.timestampedAt'), value: formatDateTime(found.timestampedAt, locale) },
        { key: 'status', label: t('facts.status'), value: t(`status.${found.status}`) },
      ]
    : []
  const list = (
    <View {...roleProps('list')} className='contract-facts'>
      {facts.map((fact) => (
        <View key={fact.key} {...roleProps('listitem')} className='contract-fact'>
          <Text className='contract-fact__label'>{fact.label}</Text>
          <Text className='contract-fact__value'>{fact.value}</Text>
        </View>
      ))}
      {answer.sha256 ? (
        <View {...roleProps('listitem')} className='contract-fact'>
          <Text className='contract-fact__label'>{t('facts.sha256')}</Text>
          <Text className='contract-hash'>{answer.sha256}</Text>
        </View>
      ) : null}
    </View>
  )

  if (answer.result === 'valid') {
    return (
      <View className='contract-answer contract-answer--valid'>
        <Banner tone='success' title={certificate ? t('valid.title.ending_certificate') : t('valid.title')}>
          <Text>{certificate ? t('valid.body.ending_certificate') : t('valid.body')}</Text>
        </Banner>
        {list}
      </View>
    )
  }
  if (answer.result === 'altered') {
    return (
      <View className='contract-answer contract-answer--altered'>
        <Banner tone='error' title={t('altered.title')}>
          <Text>{t('altered.body')}</Text>
          {found ? <Text>{t('altered.named', { number: found.contractNumber })}</Text> : null}
        </Banner>
        {list}
      </View>
    )
  }
  return (
    <View className='contract-answer contract-answer--unknown'>
      <Banner tone='warning' title={t('unknown.title')}>
        <Text>{t('unknown.body')}</Text>
      </Banner>
      {list}
    </View>
  )
}
