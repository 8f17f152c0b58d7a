import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { getMySeekerProfile } from '@renshe/shared/jobs/contract'
import type { MySeekerProfile } from '@renshe/shared/jobs/profile'
import type { Problem } from '@renshe/shared/platform/problem'
import { actingForStore } from '../../../../lib/acting-for/acting-for-store'
import { sessionStore } from '../../../../lib/auth/session-store'
import { errorOf, errorProp, errorsFromProblem } from '../../../../lib/form-errors'
import { formatDateTime } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { useOperation } from '../../../../lib/use-operation'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import { Card } from '../../../../ui/card'
import { ErrorSummary, type FieldProblem } from '../../../../ui/error-summary'
import { Field } from '../../../../ui/field'
import { Link } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { saveProfile } from '../../api'
import { ConsentCard } from '../../components/consent-card'
import { HoursFields } from '../../components/hours-fields'
import { LoginFirst } from '../../components/login-first'
import { OccupationPicker } from '../../components/occupation-picker'
import { PayFields } from '../../components/pay-fields'
import { PlaceFields } from '../../components/place-fields'
import { SkillCertificates } from '../../components/skill-certificates'
import { fieldProblems, onePerField } from '../../field-errors'
import { jobsMessages } from '../../messages'
import { checkProfile, emptyProfile, maxOccupations, profileFieldIds as ids, profileValuesOf, type ProfileValues } from '../../profile-values'
import '../../jobs.css'

export default function JobProfilePage() {
  const t = useT(jobsMessages)
  const session = useStore(sessionStore)
  const [loaded, reload] = useOperation(getMySeekerProfile, session ? {} : null)

  return (
    <PageShell title={t('profile.title')} operation={getMySeekerProfile}>
      {!session ? <LoginFirst back={routes.jobProfile} /> : null}
      {session && loaded.status === 'loading' ? <Loading /> : null}
      {loaded.status === 'problem' || loaded.status === 'network' ? (
        <ProblemNotice problem={loaded.status === 'problem' ? loaded.problem : null} onRetry={reload} loading />
      ) : null}
      {loaded.status === 'ok' ? <ProfileForm saved={loaded.value.seeker} /> : null}
    </PageShell>
  )
}

function ProfileForm({ saved }: { readonly saved: MySeekerProfile | null }) {
  const t = useT(jobsMessages)
  const locale = useLocale()
  const acting = useStore(actingForStore)
  const [seeker, setSeeker] = useState(saved)
  const [values, setValues] = useState<ProfileValues>(() => (saved ? profileValuesOf(saved.profile, t('list.and')) : emptyProfile))
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const [sending, setSending] = useState(false)
  const [justSaved, setJustSaved] = useState(false)

  const change = (patch: Partial<ProfileValues>) => {
    setValues((current) => ({ ...current, ...patch }))
    setJustSaved(false)
  }

  const send = async () => {
    setFailure(null)
    const checked = checkProfile(values, locale, t)
    if (!checked.ok) {
      setErrors(fieldProblems(checked.problems, ids))
      return
    }
    setErrors([])
    setSending(true)
    const result = await saveProfile(checked.value)
    setSending(false)
    if (result.ok) {
      setSeeker(result.value)
      setJustSaved(true)
      return
    }
    if (result.network) return setFailure({ problem: null })
    const fieldErrors = onePerField(errorsFromProblem(result.problem, ids, locale))
    setErrors(fieldErrors)
    if (fieldErrors.length === 0) setFailure({ problem: result.problem })
  }


  return (
    <View>
      <Text className='page__lead'>{t('profile.lead')}</Text>
      {acting ? <Banner tone='info'>{t('profile.acting', { name: acting.maskedName })}</Banner> : null}
      <ErrorSummary
        errors={errors}
        id='profile-errors'
        labels={{
          [ids.occupations]: t('occupation.legend'),
          [ids['home.community']]: t('place.community'),
          [ids['home.regionCode']]: t('place.region'),
          [ids.lat]: t('place.lat'),
          [ids.lng]: t('place.lng'),
          [ids.travelKm]: t('profile.travel'),
          [ids.availability]: t('hours.days'),
          [ids.from]: t('hours.from'),
          [ids.to]: t('hours.to'),
          [ids.amountFen]: t('pay.amount'),
        }}
      />
      <Card title={t('profile.workTitle')}>
        <OccupationPicker
          id={ids.occupations}
          legend={t('occupation.legend')}
          chosen={values.occupations}
          max={maxOccupations}
          error={errorOf(errors, ids.occupations)}
          onChange={(occupations) => change({ occupations })}
        />
        <Field id={ids.skills} label={t('profile.skills')} hint={t('profile.skillsHint')} maxLength={300} value={values.skills} onChange={(skills) => change({ skills })} {...errorProp(errors, ids.skills)} />
        <Field
          id={ids.certificates}
          label={t('profile.certificates')}
          hint={t('profile.certificatesHint')}
          maxLength={300}
          value={values.certificates}
          onChange={(certificates) => change({ certificates })}
          {...errorProp(errors, ids.certificates)}
        />
      </Card>
      <SkillCertificates certificates={seeker?.skillCertificates ?? []} />
      <Card title={t('profile.homeTitle')}>
        <PlaceFields
          ids={{ community: ids['home.community'], region: ids['home.regionCode'], lat: ids.lat, lng: ids.lng }}
          values={values.home}
          errors={errors}
          onChange={(home) => change({ home })}
        />
        <Field id={ids.travelKm} label={t('profile.travel')} hint={t('profile.travelHint')} type='digit' maxLength={6} value={values.travelKm} onChange={(travelKm) => change({ travelKm })} {...errorProp(errors, ids.travelKm)} />
      </Card>
      <Card title={t('profile.timeTitle')}>
        <HoursFields
          ids={{ days: ids.availability, from: ids.from, to: ids.to }}
          days={values.days}
          from={values.from}
          to={values.to}
          errors={errors}
          onDays={(days) => change({ days })}
          onTimes={(times) => change(times)}
        />
      </Card>
      <Card title={t('profile.payTitle')}>
        <PayFields ids={{ amount: ids.amountFen, unit: ids.unit }} amount={values.payAmount} unit={values.payUnit} errors={errors} onChange={(pay) => change({ payAmount: pay.amount, payUnit: pay.unit })} />
      </Card>
      {failure ? <ProblemNotice problem={failure.problem} onRetry={() => void send()} /> : null}
      {justSaved && seeker ? (
        <Banner tone='success' title={t('profile.savedTitle')}>
          <Text>{t('profile.savedAt', { date: formatDateTime(seeker.updatedAt, locale) })}</Text>
        </Banner>
      ) : null}
      <View className='jobs-actions'>
        <Button block busy={sending} onPress={() => void send()}>
          {t('profile.save')}
        </Button>
      </View>
      <ConsentCard seeker={seeker} onChanged={setSeeker} />
      <View className='jobs-links'>
        <Link to={routes.openJobs}>{t('open.title')}</Link>
      </View>
    </View>
  )
}
