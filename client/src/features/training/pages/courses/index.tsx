import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useCallback, useState } from 'react'
import type { Enrolment } from '@renshe/shared/training/courses'
import { searchCourses } from '@renshe/shared/training/courses-contract'
import { sessionStore } from '../../../../lib/auth/session-store'
import { errorOf, errorProp, errorsFromIssues } from '../../../../lib/form-errors'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { usePaged } from '../../../../lib/use-paged'
import { Button } from '../../../../ui/button'
import { Card } from '../../../../ui/card'
import { ErrorSummary, type FieldProblem } from '../../../../ui/error-summary'
import { Field } from '../../../../ui/field'
import { Link } from '../../../../ui/link'
import { PageShell } from '../../../../ui/page-shell'
import { PagedList } from '../../../../ui/paged-list'
import { useRegionName } from '../../../../ui/region-name'
import { findCourses, type CourseFilter } from '../../api'
import { ChoiceRow } from '../../../../ui/choice-row'
import { CourseItem } from '../../components/course-item'
import { LoginFirst } from '../../components/login-first'
import { OccupationPicker } from '../../components/occupation-picker'
import { trainingMessages } from '../../messages'
import { courseRegions } from '../../regions'
import '../../training.css'
import { pageLink } from '@renshe/shared/platform/pages'
import { routes } from '../../../../routes'

/** The search as typed; '' is "any". */
interface SearchValues {
  readonly occupation: string
  readonly region: string
  readonly startsFrom: string
}

const ids = { occupationCode: 'courses-occupation', regionCode: 'courses-region', startsFrom: 'courses-starts-from' }

/**
 * Open courses for a holder: by occupation, district and first day; opened from her voucher
 * (`?voucherId=`), only the courses it can be spent on, each with "enrol with this voucher".
 */
export default function TrainingCoursesPage() {
  const t = useT(trainingMessages)
  const session = useStore(sessionStore)
  const { voucherId } = useRouter().params
  return (
    <PageShell title={t('courses.title')} operation={searchCourses}>
      {!session ? <LoginFirst back={pageLink('trainingCourses', voucherId ? { voucherId } : {})} /> : null}
      {session ? <CourseSearchView voucherId={voucherId ?? null} /> : null}
    </PageShell>
  )
}

function CourseSearchView({ voucherId }: { readonly voucherId: string | null }) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  const regionName = useRegionName()
  // What was typed stays as typed, whatever a search or an enrolment answers.
  const [values, setValues] = useState<SearchValues>({ occupation: '', region: '', startsFrom: '' })
  const [filter, setFilter] = useState<CourseFilter>(voucherId ? { voucherId } : {})
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null)
  const courses = usePaged(
    useCallback((cursor: string | undefined) => findCourses(filter)(cursor), [filter]),
    true,
  )

  const search = () => {
    const typed = {
      ...(values.occupation ? { occupationCode: values.occupation } : {}),
      ...(values.region ? { regionCode: values.region } : {}),
      ...(values.startsFrom.trim() ? { startsFrom: values.startsFrom.normalize('NFKC').trim() } : {}),
      ...(voucherId ? { voucherId } : {}),
    }
    const parsed = searchCourses.query.safeParse(typed)
    if (!parsed.success) return setErrors(errorsFromIssues(parsed.error.issues, ids, locale))
    setErrors([])
    setFilter(typed)
    courses.reload()
  }

  return (
    <View>
      <Text className='page__lead'>{t('courses.lead')}</Text>
      {voucherId ? (
        <Text className='page__lead'>{t('courses.forVoucher')}</Text>
      ) : (
        <View className='training-links'>
          <Text className='training-line'>{t('courses.noVoucher')}</Text>
          <Link to={routes.myTraining}>{t('courses.toMine')}</Link>
        </View>
      )}
      <ErrorSummary errors={errors} id='courses-errors' labels={{ [ids.startsFrom]: t('courses.startsFrom') }} />
      <Card>
        <OccupationPicker id={ids.occupationCode} legend={t('courses.occupation')} chosen={values.occupation} error={errorOf(errors, ids.occupationCode)} onChange={(occupation) => setValues({ ...values, occupation })} />
        {values.occupation ? (
          <Button variant='secondary' block onPress={() => setValues({ ...values, occupation: '' })}>
            {t('courses.anyOccupation')}
          </Button>
        ) : null}
        <ChoiceRow<string>
          id={ids.regionCode}
          legend={t('courses.region')}
          error={errorOf(errors, ids.regionCode)}
          options={[{ value: '', label: t('courses.anyRegion') }, ...courseRegions.map((code) => ({ value: code, label: regionName(code) }))]}
          isOn={(code) => code === values.region}
          onPress={(region) => setValues({ ...values, region })}
        />
        <Field
          id={ids.startsFrom}
          label={t('courses.startsFrom')}
          hint={t('courses.startsFromHint')}
          maxLength={10}
          value={values.startsFrom}
          onChange={(startsFrom) => setValues({ ...values, startsFrom })}
          {...errorProp(errors, ids.startsFrom)}
        />
        <Button block onPress={search}>
          {t('courses.search')}
        </Button>
      </Card>
      <PagedList paged={courses} empty={t('courses.none')} keyOf={(course) => course.id} listClassName='training-list' itemClassName={() => 'training-list__item'}>
        {(course) => <CourseItem course={course} voucherId={voucherId} enrolment={enrolment} onEnrolled={setEnrolment} />}
      </PagedList>
    </View>
  )
}
