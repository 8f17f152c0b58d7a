import { Text, View } from '@tarojs/components'
import { roleProps } from '../../../../lib/a11y/pressable'
import { useT } from '../../../../lib/i18n/translate'
import { Button } from '../../../../ui/button'
import { Heading } from '../../../../ui/heading'
import { ProblemNotice } from '../../../../ui/problem-notice'
import type { UploadReport } from '../../venue-uses'
import { venueMessages } from '../../venue-messages'

interface PendingUploadsProps {
  readonly count: number
  /** The venue's county, named in a "not for other counties" refusal. */
  readonly county: string
  /** The last upload's outcome; `asked`: the venue pressed "upload again", so "still offline" is said too. */
  readonly report: { readonly report: UploadReport; readonly asked: boolean } | null
  readonly uploading: boolean
  readonly onUpload: () => void
}

/** The uses admitted offline that wait to be recorded, how many, and what became of the last upload. */
export function PendingUploads({ count, county, report, uploading, onUpload }: PendingUploadsProps) {
  const t = useT(venueMessages)
  const last = report?.report
  const refused = last?.refused ?? []
  const said = last && (last.uploaded > 0 || refused.length > 0 || (last.stopped && (report.asked || last.stopped.problem)))
  if (count === 0 && !said) return null
  return (
    <View {...roleProps('region')} aria-labelledby='venue-pending-title' className='venue-pending'>
      <Heading level={2} id='venue-pending-title' className='venue-pending__title'>
        {t('pending.title')}
      </Heading>
      {count > 0 ? <Text>{t('pending.count', { count })}</Text> : null}
      {last ? (
        <View {...roleProps('status')} className='stack'>
          {last.uploaded > 0 ? <Text>{t('pending.uploaded', { count: last.uploaded })}</Text> : null}
          {refused.length > 0 ? (
            <View>
              <Text>{t('pending.refused', { count: refused.length })}</Text>
              <View {...roleProps('list')}>
                {refused.map((item, index) => (
                  <View key={index} {...roleProps('listitem')} className='venue-pending__refused'>
                    <Text>{t('pending.refusedItem', { name: item.maskedName, reason: t(`refusal.${item.reason}`, { county }) })}</Text>
                  </View>
                ))}
              </View>
            </View>
          ) : null}
          {last.stopped && !last.stopped.problem && report.asked ? <Text>{t('pending.stillOffline')}</Text> : null}
        </View>
      ) : null}
      {last?.stopped?.problem ? <ProblemNotice problem={last.stopped.problem} /> : null}
      {count > 0 ? (
        <Button variant='secondary' block busy={uploading} onPress={onUpload}>
          {t('pending.retry')}
        </Button>
      ) : null}
    </View>
  )
}
