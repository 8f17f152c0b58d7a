import { Text, View } from '@tarojs/components'
import { fieldMessage } from '@renshe/shared/platform/messages'
import { pressable, roleProps } from '../../../lib/a11y/pressable'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT, type Translate } from '../../../lib/i18n/translate'
import type { EvidenceItem } from '../device-draft'
import { wagesMessages } from '../messages'
import { ProgressBar } from './progress-bar'

export type UploadState = { readonly kind: 'uploading'; readonly percent: number } | { readonly kind: 'failed' }

interface EvidenceListProps {
  readonly items: readonly EvidenceItem[]
  /** Uploads under way or failed in this visit, by item key. */
  readonly uploads: Readonly<Record<string, UploadState | undefined>>
  readonly onRemove?: (key: string) => void
}

export function fileSize(bytes: number, t: Translate<'evidence.sizeMb' | 'evidence.sizeKb'>): string {
  if (bytes >= 1024 * 1024) return t('evidence.sizeMb', { size: (bytes / 1024 / 1024).toFixed(1) })
  return t('evidence.sizeKb', { size: Math.max(1, Math.round(bytes / 1024)) })
}

/** The files of a complaint, each with where it is (on this phone, uploading, uploaded) and a remove button. */
export function EvidenceList({ items, uploads, onRemove }: EvidenceListProps) {
  const t = useT(wagesMessages)
  const locale = useLocale()
  if (items.length === 0) return <Text className='muted'>{t('evidence.none')}</Text>
  return (
    <View {...roleProps('list')} aria-label={t('evidence.listLabel')} className='evidence-list'>
      {items.map((item, index) => {
        const name = item.name || t('evidence.unnamed', { n: index + 1 })
        const upload = uploads[item.key]
        const remove = () => onRemove?.(item.key)
        return (
          <View key={item.key} {...roleProps('listitem')} className={item.refused ? 'evidence evidence--refused' : 'evidence'}>
            <View className='evidence__text'>
              <Text className='evidence__name'>{name}</Text>
              {item.size > 0 ? <Text className='evidence__meta'>{fileSize(item.size, t)}</Text> : null}
              {item.refused ? (
                <Text className='field__error'>{fieldMessage('evidence.type', locale)}</Text>
              ) : upload?.kind === 'uploading' ? (
                <View className='evidence__progress'>
                  <Text className='evidence__meta'>{t('evidence.uploading', { percent: Math.round(upload.percent) })}</Text>
                  <ProgressBar id={`evidence-progress-${index}`} percent={upload.percent} label={t('evidence.progress', { name })} />
                </View>
              ) : item.serverId ? (
                <Text className='evidence__status'>
                  <Text aria-hidden='true'>✓ </Text>
                  {t('evidence.uploaded')}
                </Text>
              ) : upload?.kind === 'failed' ? (
                <Text className='evidence__meta'>{t('evidence.failed')}</Text>
              ) : (
                <Text className='evidence__meta'>{t('evidence.waiting')}</Text>
              )}
            </View>
            {onRemove ? (
              <View {...pressable(remove)} aria-label={t('evidence.removeNamed', { name })} className='ui-button ui-button--danger evidence__remove focusable' onClick={remove}>
                {t('evidence.remove')}
              </View>
            ) : null}
          </View>
        )
      })}
    </View>
  )
}
