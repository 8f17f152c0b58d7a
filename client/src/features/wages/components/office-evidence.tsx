import { Image, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { EvidenceFile } from '@renshe/shared/wages/schemas'
import { pressable, roleProps } from '../../../lib/a11y/pressable'
import { formatDateTime } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { evidenceContent } from '../office-api'
import { officeMessages } from '../office-messages'
import { OfficeFileOpener } from './office-file-opener'
import '../../../ui/field.css'

// Browsers and WeChat show these inline; HEIC and PDF open in a viewer of their own.
const inlineImages: readonly EvidenceFile['mime'][] = ['image/jpeg', 'image/png', 'image/webp']

type Thumb = { readonly status: 'loading' | 'failed' } | { readonly status: 'ready'; readonly dataUrl: string }

export function fileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
  return `${Math.max(1, Math.round(bytes / 1024))} KB`
}

/**
 * The files sent with a case. Photos are fetched one after another (a case may carry nine of up
 * to 10 MB) and shown as thumbnails that open larger in place; other files open on request.
 */
export function OfficeEvidence({ files }: { readonly files: readonly EvidenceFile[] }) {
  const t = useT(officeMessages)
  const locale = useLocale()
  const [thumbs, setThumbs] = useState<Readonly<Record<string, Thumb>>>({})
  const [enlarged, setEnlarged] = useState<string | null>(null)
  const imageIds = files.filter((file) => inlineImages.includes(file.mime)).map((file) => file.id)
  const imageKey = imageIds.join(',')

  useEffect(() => {
    let live = true
    void (async () => {
      for (const id of imageKey ? imageKey.split(',') : []) {
        if (!live) return
        setThumbs((current) => ({ ...current, [id]: { status: 'loading' } }))
        const result = await evidenceContent(id)
        if (!live) return
        setThumbs((current) => ({ ...current, [id]: result.ok ? { status: 'ready', dataUrl: result.value.dataUrl } : { status: 'failed' } }))
      }
    })()
    return () => {
      live = false
    }
  }, [imageKey])

  if (files.length === 0) return <Text className='muted'>{t('evidence.none')}</Text>

  return (
    <View {...roleProps('list')} className='office-evidence'>
      {files.map((file) => {
        const thumb = thumbs[file.id]
        const kind = file.mime === 'application/pdf' ? t('evidence.kindPdf') : t('evidence.kindPhoto')
        const big = enlarged === file.id
        const toggle = () => setEnlarged(big ? null : file.id)
        return (
          <View key={file.id} {...roleProps('listitem')} className='office-evidence__item'>
            <Text className='office-evidence__name'>{t('evidence.item', { kind, name: file.name })}</Text>
            <Text className='muted small'>
              {t('evidence.meta', { size: fileSize(file.size), date: formatDateTime(file.uploadedAt, locale) })}
            </Text>
            {inlineImages.includes(file.mime) ? (
              thumb?.status === 'ready' ? (
                <View
                  {...pressable(toggle)}
                  aria-expanded={big ? 'true' : 'false'}
                  aria-label={big ? t('evidence.shrink', { name: file.name }) : t('evidence.enlarge', { name: file.name })}
                  className='office-evidence__thumb focusable'
                  onClick={toggle}
                >
                  <Image
                    className={big ? 'office-evidence__image office-evidence__image--big' : 'office-evidence__image'}
                    src={thumb.dataUrl}
                    mode='aspectFit'
                    imgProps={{ alt: t('evidence.alt', { name: file.name }) }}
                  />
                </View>
              ) : (
                <Text className={thumb?.status === 'failed' ? 'field__error' : 'muted'}>
                  {thumb?.status === 'failed' ? t('evidence.failed') : t('evidence.loading')}
                </Text>
              )
            ) : (
              <OfficeFileOpener file={file} />
            )}
          </View>
        )
      })}
    </View>
  )
}
