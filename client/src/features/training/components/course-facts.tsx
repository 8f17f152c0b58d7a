import { Text, View } from '@tarojs/components'
import type { Course } from '@renshe/shared/training/courses'
import { roleProps } from '../../../lib/a11y/pressable'
import { formatFen } from '../../../lib/format'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { useRegionName } from '../../../ui/region-name'
import { dayText, occupationLabel, levelText } from '../labels'
import { trainingMessages } from '../messages'

/** Places still free: the roster never grows past the capacity, but an answer is not trusted to say so. */
export const placesLeft = (course: Pick<Course, 'capacity' | 'enrolled'>) => Math.max(0, course.capacity - course.enrolled)

/**
 * What a course is, as a holder chooses one: who teaches it, what it leads to, how long, what it
 * costs, how many places are left, and every session with its date, hours and place.
 */
export function CourseFacts({ course }: { readonly course: Course }) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  const regionName = useRegionName()
  const left = placesLeft(course)
  return (
    <View className='training-facts'>
      <Text className='training-line'>{t('course.institution', { name: course.institutionName })}</Text>
      <Text className='training-line'>{t('course.what', { occupation: occupationLabel(course.occupationCode, locale), level: levelText(course.level, t) })}</Text>
      <Text className='training-line'>
        {t('course.startsOn', { date: dayText(course.startsOn, locale) })} · {regionName(course.regionCode)} · {t('course.hours', { hours: course.hours })}
      </Text>
      <Text className='training-line training-line--strong'>{t('course.price', { amount: formatFen(course.priceFen) })}</Text>
      <Text className={left > 0 ? 'status-tag status-tag--ok' : 'status-tag status-tag--warn'}>{left > 0 ? t('course.placesLeft', { count: left }) : t('course.full')}</Text>
      <SessionList course={course} />
    </View>
  )
}

function SessionList({ course }: { readonly course: Course }) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  return (
    <View className='training-covered'>
      <Text className='training-covered__title'>{t('course.sessions', { count: course.sessions.length })}</Text>
      <View {...roleProps('list')}>
        {course.sessions.map((session) => (
          <View {...roleProps('listitem')} key={session.id} className='training-covered__item'>
            <Text className='training-line'>{t('course.session', { date: dayText(session.date, locale), from: session.from, to: session.to })}</Text>
            <Text className='training-line muted'>{session.place}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
