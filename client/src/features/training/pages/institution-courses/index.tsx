import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { listInstitutionCourses } from '@renshe/shared/training/courses-contract'
import { sessionStore } from '../../../../lib/auth/session-store'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { usePaged } from '../../../../lib/use-paged'
import { Button } from '../../../../ui/button'
import { Heading } from '../../../../ui/heading'
import { Link, openPage } from '../../../../ui/link'
import { PageShell } from '../../../../ui/page-shell'
import { PagedList } from '../../../../ui/paged-list'
import { loadInstitutionCourses } from '../../api'
import { LoginFirst } from '../../components/login-first'
import { dayText, levelText, occupationLabel } from '../../labels'
import { trainingMessages } from '../../messages'
import '../../training.css'
import { pageLink } from '@renshe/shared/platform/pages'
import { routes } from '../../../../routes'

/** A training institution's courses, the next to start first, each with its places taken and the way to its enrolments. */
export default function InstitutionCoursesPage() {
  const t = useT(trainingMessages)
  const locale = useLocale()
  const session = useStore(sessionStore)
  const courses = usePaged(loadInstitutionCourses, session !== null)
  // Back from publishing one or deciding enrolments: the list shows them as they now stand.
  useDidShow(() => {
    if (session && courses.status !== 'loading') courses.reload()
  })

  return (
    <PageShell title={t('institution.title')} operation={listInstitutionCourses}>
      {!session ? <LoginFirst back={routes.institutionCourses} /> : null}
      {session ? (
        <View>
          <Text className='page__lead'>{t('institution.lead')}</Text>
          <View className='training-actions'>
            <Button block onPress={() => openPage(routes.newCourse)}>
              {t('institution.new')}
            </Button>
          </View>
          <View className='training-links'>
            <Link to={routes.institutionSubsidies}>{t('institution.subsidiesLink')}</Link>
          </View>
          <PagedList
            paged={courses}
            empty={t('institution.none')}
            keyOf={(course) => course.id}
            listClassName='training-list'
            itemClassName={(course) => `training-list__item training-list__item--${course.status}`}
          >
            {(course) => (
              <View className='training-programme'>
                <Heading level={2} className='training-voucher__title'>
                  {course.name}
                </Heading>
                <Text className={course.status === 'open' ? 'status-tag status-tag--ok' : 'status-tag'}>{t(`course.status.${course.status}`)}</Text>
                <Text className='training-line'>{t('course.what', { occupation: occupationLabel(course.occupationCode, locale), level: levelText(course.level, t) })}</Text>
                <Text className='training-line'>{t('course.startsOn', { date: dayText(course.startsOn, locale) })}</Text>
                <Text className='training-line training-line--strong'>{t('institution.places', { enrolled: course.enrolled, capacity: course.capacity })}</Text>
                <View className='training-links'>
                  <Link to={pageLink('courseRoster', { id: course.id })}>{t('institution.roster', { name: course.name })}</Link>
                </View>
              </View>
            )}
          </PagedList>
        </View>
      ) : null}
    </PageShell>
  )
}
