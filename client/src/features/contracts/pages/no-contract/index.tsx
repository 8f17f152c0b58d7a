import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { IsoDate } from '@renshe/shared/platform/primitives'
import { roleProps } from '../../../../lib/a11y/pressable'
import { formatDate } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { routes } from '../../../../routes'
import { Button } from '../../../../ui/button'
import { Card } from '../../../../ui/card'
import { openPage } from '../../../../ui/link'
import { PageShell } from '../../../../ui/page-shell'
import { dateAtNoon } from '../../dates'
import { noContractMessages } from '../../no-contract-messages'
import '../../contracts.css'

/** A page query value as it came, decoded; empty when missing or not decodable. */
function queryText(value: string | undefined): string {
  if (!value) return ''
  try {
    return decodeURIComponent(value).trim()
  } catch {
    return ''
  }
}

/**
 * Opened from the inbox message `contracts.noWrittenContract` (decision 073), whose link carries
 * the employer's name and the days (`employerName`, `startedOn`, `doubleFrom`, `doubleUntil`): what
 * working a month without a written contract means, in plain words, and the way to a wage
 * complaint. Without them it says the same in general.
 */
export default function NoWrittenContractPage() {
  const t = useT(noContractMessages)
  const locale = useLocale()
  const params = useRouter().params
  const day = (value: string) => (IsoDate.safeParse(value).success ? formatDate(dateAtNoon(value), locale) : null)
  const employerName = queryText(params.employerName)
  const startedOn = day(queryText(params.startedOn))
  const doubleFrom = day(queryText(params.doubleFrom))
  const doubleUntil = day(queryText(params.doubleUntil))
  const rules = [
    t('rules.month'),
    doubleFrom && doubleUntil ? `${t('rules.double')}${locale === 'en' ? ' ' : ''}${t('rules.doubleDates', { doubleFrom, doubleUntil })}` : t('rules.double'),
    t('rules.year'),
    t('rules.sign'),
    t('rules.complain'),
  ]

  return (
    <PageShell title={t('title')}>
      <Text className='page__lead'>{employerName && startedOn ? t('lead', { employerName, startedOn }) : t('leadPlain')}</Text>
      <Card title={t('rules.title')}>
        <View {...roleProps('list')} className='contract-rules'>
          {rules.map((rule, index) => (
            <View key={index} {...roleProps('listitem')} className='contract-rule'>
              <Text className='contract-rule__number' aria-hidden='true'>
                {`${index + 1}.`}
              </Text>
              <Text className='contract-rule__text'>{rule}</Text>
            </View>
          ))}
        </View>
      </Card>
      <View className='contract-stack'>
        <Button block onPress={() => openPage(routes.fileComplaint)}>
          {t('complain.button')}
        </Button>
        <Button block variant='secondary' onPress={() => openPage(routes.myContracts)}>
          {t('mine.button')}
        </Button>
      </View>
    </PageShell>
  )
}
