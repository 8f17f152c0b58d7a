import { Text, View } from '@tarojs/components'
import type { Project } from '@renshe/shared/wages/schemas'
import { formatMonth } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { officeMessages } from '../office-messages'

/** How a project's payroll stands, in words: the missing months named, not only coloured. */
export function OfficeProjectStatus({ project }: { readonly project: Project }) {
  const t = useT(officeMessages)
  const locale = useLocale()
  const missing = project.missingMonths
  const months = missing.map((month) => formatMonth(month, locale)).join(t('listSeparator'))
  return (
    <View className='office-project-status'>
      <Text>{t('projects.uploaded', { count: project.payroll.length })}</Text>
      {missing.length > 0 ? (
        <Text className='office-missing'>
          <Text className='office-missing__tag'>{t('projects.missingTag', { count: missing.length })}</Text>
          {t('projects.missing', { months })}
        </Text>
      ) : (
        <Text className='status-tag status-tag--ok'>{t('projects.noneMissing')}</Text>
      )}
    </View>
  )
}
