import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { pageLink } from '@renshe/shared/platform/pages'
import { listAssessableCourses } from '@renshe/shared/training/assessment-contract'
import { sessionStore } from '../../../../lib/auth/session-store'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { usePaged } from '../../../../lib/use-paged'
import { routes } from '../../../../routes'
import { Heading } from '../../../../ui/heading'
import { Link } from '../../../../ui/link'
import { PageShell } from '../../../../ui/page-shell'
import { PagedList } from '../../../../ui/paged-list'
import { loadAssessableCourses } from '../../api'
import { LoginFirst } from '../../components/login-first'
import { dayText, levelText, occupationLabel } from '../../labels'
import { trainingMessages } from '../../messages'
import '../../training.css'
import '../../skills.css'

/** An assessment body's courses of its region, the latest to start first, each with how many trainees still wait for a result. */
export default function AssessorCoursesPage() {
  const t = useT(trainingMessages)
  const locale = useLocale()
  const session = useStore(sessionStore)
  const courses = usePaged(loadAssessableCourses, session !== null)
  // Back from recording results: the counts show them.
  useDidShow(() => {
    if (session && courses.status !== 'loading') courses.reload()
  })

  return (
    <PageShell title={t('assessor.title')} operation={listAssessableCourses}>
      {!session ? <LoginFirst back={routes.assessorCourses} /> : null}
      {session ? (
        <View>
          <Text className='page__lead'>{t('assessor.lead')}</Text>
          <PagedList
            paged={courses}
            empty={t('assessor.none')}
            keyOf={(course) => course.id}
            listClassName='training-list'
            itemClassName={(course) => (course.awaiting > 0 ? 'training-list__item' : 'training-list__item training-list__item--closed')}
          >
            {(course) => (
              <View className='training-programme'>
                <Heading level={2} className='training-voucher__title'>
                  {course.name}
                </Heading>
                <Text className={course.awaiting > 0 ? 'status-tag status-tag--warn' : 'status-tag status-tag--ok'}>
                  {course.awaiting > 0 ? t('assessor.awaiting', { count: course.awaiting }) : t('assessor.allDone')}
                </Text>
                <Text className='training-line'>{t('course.institution', { name: course.institutionName })}</Text>
                <Text className='training-line'>{t('course.what', { occupation: occupationLabel(course.occupationCode, locale), level: levelText(course.level, t) })}</Text>
                <Text className='training-line'>
                  {t('course.startsOn', { date: dayText(course.startsOn, locale) })} · {t('assessor.candidates', { count: course.candidates })}
                </Text>
                <View className='training-links'>
                  <Link to={pageLink('assessmentCourse', { id: course.id })}>{t('assessor.open', { name: course.name })}</Link>
                </View>
              </View>
            )}
          </PagedList>
        </View>
      ) : null}
    </PageShell>
  )
}
