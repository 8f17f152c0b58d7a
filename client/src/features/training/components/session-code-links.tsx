import { Text, View } from '@tarojs/components'
import { pageLink } from '@renshe/shared/platform/pages'
import type { Course } from '@renshe/shared/training/courses'
import { roleProps } from '../../../lib/a11y/pressable'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { Link } from '../../../ui/link'
import { dayText } from '../labels'
import { trainingMessages } from '../messages'

/** A link to each session's check-in code, to open on the institution's own screen when the session is on. */
export function SessionCodeLinks({ course }: { readonly course: Course }) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  return (
    <View>
      <Text className='page__lead'>{t('roster.codesLead')}</Text>
      <View {...roleProps('list')} className='training-links'>
        {course.sessions.map((session) => (
          <View {...roleProps('listitem')} key={session.id}>
            <Link to={pageLink('sessionCode', { id: session.id })}>
              {t('roster.showCode', { session: t('course.session', { date: dayText(session.date, locale), from: session.from, to: session.to }) })}
            </Link>
          </View>
        ))}
      </View>
    </View>
  )
}
