import { Text, View } from '@tarojs/components'
import type { EarlierRound } from '@renshe/shared/jobs/posts'
import { roleProps } from '../../../lib/a11y/pressable'
import { formatDateTime } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { jobsMessages } from '../messages'

/**
 * How a resubmitted post stood before each change: held, declined or waiting, with the rules'
 * reasons and the officer's note. The officer reads what was wrong before judging the change.
 */
export function EarlierRounds({ rounds }: { readonly rounds: readonly EarlierRound[] }) {
  const t = useT(jobsMessages)
  const locale = useLocale()
  if (rounds.length === 0) return null
  return (
    <View className='jobs-held jobs-rounds'>
      <Text className='jobs-held__title'>{t('rounds.title')}</Text>
      <View {...roleProps('list')} className='jobs-held__list'>
        {rounds.map((round) => (
          <View {...roleProps('listitem')} key={round.resubmittedAt} className='jobs-rounds__item'>
            <Text>{t('rounds.item', { date: formatDateTime(round.resubmittedAt, locale), status: t(`status.${round.status}`) })}</Text>
            {round.holdReasons.map((held) => (
              <Text key={held.text} className='jobs-rounds__line'>
                {t('rounds.reason', { reason: held.text })}
              </Text>
            ))}
            {round.decisionNote ? <Text className='jobs-rounds__line'>{t('rounds.note', { note: round.decisionNote })}</Text> : null}
          </View>
        ))}
      </View>
    </View>
  )
}
