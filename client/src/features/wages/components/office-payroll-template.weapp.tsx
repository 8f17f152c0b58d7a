import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { roleProps } from '../../../lib/a11y/pressable'
import { useT } from '../../../lib/i18n/translate'
import { Button } from '../../../ui/button'
import { officeMessages } from '../office-messages'
import { headerLine } from './office-csv'
import type { TemplateProps } from './office-payroll-template'

/** A mini-program cannot save a file where a spreadsheet finds it: the header line is copied instead. */
export function OfficePayrollTemplate({ csv }: TemplateProps) {
  const t = useT(officeMessages)
  const [copied, setCopied] = useState(false)
  const header = headerLine(csv)
  const copy = () =>
    Taro.setClipboardData({ data: header })
      .then(() => setCopied(true))
      .catch(() => setCopied(false))
  return (
    <View className='office-template'>
      <Text className='office-block'>{t('template.leadWeapp')}</Text>
      <Text className='office-template__label'>{t('template.header')}</Text>
      <Text className='office-code' userSelect>
        {header}
      </Text>
      <Button variant='secondary' onPress={() => void copy()}>
        {t('template.copy')}
      </Button>
      {copied ? <Text {...roleProps('status')}>{t('template.copied')}</Text> : null}
    </View>
  )
}
