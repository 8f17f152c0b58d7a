import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { useT } from '../../../lib/i18n/translate'
import { officeMessages } from '../office-messages'
import { headerLine } from './office-csv'

export interface TemplateProps {
  readonly filename: string
  readonly csv: string
}

// A byte-order mark makes spreadsheet programs read the Chinese column names as UTF-8.
const bom = '\uFEFF'

/** In the browser the template is a real download link, made from the text the server sent. */
export function OfficePayrollTemplate({ filename, csv }: TemplateProps) {
  const t = useT(officeMessages)
  const [url, setUrl] = useState<string | null>(null)

  useEffect(() => {
    const made = URL.createObjectURL(new Blob([csv.startsWith(bom) ? csv : bom + csv], { type: 'text/csv;charset=utf-8' }))
    setUrl(made)
    return () => URL.revokeObjectURL(made)
  }, [csv])

  return (
    <View className='office-template'>
      <Text className='office-block'>{t('template.leadH5')}</Text>
      <Text className='office-template__label'>{t('template.header')}</Text>
      <Text className='office-code'>{headerLine(csv)}</Text>
      {url ? (
        <a className='ui-button ui-button--secondary office-download focusable' href={url} download={filename}>
          {t('template.download', { name: filename })}
        </a>
      ) : null}
    </View>
  )
}
