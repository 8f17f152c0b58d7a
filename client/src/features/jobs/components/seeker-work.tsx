import { Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import { complaintGround, type AttendanceDay, type MyApplication } from '@renshe/shared/jobs/applications'
import { chinaDate } from '@renshe/shared/platform/china-time'
import { fieldMessage } from '@renshe/shared/platform/messages'
import { newIdempotencyKey } from '../../../lib/http/idempotency-key'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { routes } from '../../../routes'
import { Button } from '../../../ui/button'
import { Field } from '../../../ui/field'
import { Heading } from '../../../ui/heading'
import { Link } from '../../../ui/link'
import { LongText } from '../../../ui/long-text'
import { answerDayPay, attend, complainAboutDay, rateMyEmployer } from '../api'
import { checkInCodeOf } from '../check-in-code-text'
import { fenOf } from '../form-text'
import { scanAvailable, scanCode } from '../scan-code'
import { useAction } from '../use-action'
import { workMessages } from '../work-messages'
import { RatingForm, RatingLine } from './rating-form'
import { Refusal } from './refusal'
import { WorkDays } from './work-days'

interface SeekerWorkProps {
  readonly application: MyApplication
  /** The application as it stands after an action: checked in, pay answered, rated. */
  readonly onChanged: (application: MyApplication) => void
}

/**
 * A hired day job from the worker's side: today's check-in or check-out with the employer's code,
 * the days worked with their pay to confirm or dispute, a complaint about a day unpaid, and the
 * rating of the employer after the work.
 */
export function SeekerWork({ application, onChanged }: SeekerWorkProps) {
  const t = useT(workMessages)
  const now = new Date()
  const today = application.days.find((day) => day.workDate === chinaDate(now))
  const action = !today ? 'check_in' : today.checkOutAt === null ? 'check_out' : null
  const worked = application.days.some((day) => day.checkOutAt !== null)
  return (
    <View className='jobs-work'>
      <Heading level={4} className='jobs-work__heading'>{t('work.checkInTitle')}</Heading>
      {action ? <CodeEntry key={action} application={application} action={action} onChanged={onChanged} /> : <Text className='jobs-work__done'>{t('work.doneToday')}</Text>}
      <Heading level={4} className='jobs-work__heading'>{t('work.days')}</Heading>
      <WorkDays days={application.days} side='worker' now={now}>
        {(day) => <DayActions day={day} now={now} onChanged={onChanged} />}
      </WorkDays>
      {application.myRating ? <RatingLine rating={application.myRating} mine /> : null}
      {!application.myRating && worked ? (
        <RatingForm id={`rate-${application.id}`} title={t('work.rateEmployer')} send={(rating) => rateMyEmployer(application.id, rating)} onRated={onChanged} />
      ) : null}
      {application.ratingOfMe ? <RatingLine rating={application.ratingOfMe} mine={false} /> : null}
    </View>
  )
}

function CodeEntry({ application, action, onChanged }: { readonly application: MyApplication; readonly action: 'check_in' | 'check_out'; readonly onChanged: (application: MyApplication) => void }) {
  const t = useT(workMessages)
  const locale = useLocale()
  const [code, setCode] = useState('')
  const [error, setError] = useState<string | undefined>(undefined)
  const sending = useAction(onChanged)
  const send = (text: string, wrong: string) => {
    const typed = checkInCodeOf(text)
    if (typed === undefined) return setError(wrong)
    setError(undefined)
    void sending.run(() => attend(application.id, action, typed))
  }
  // A scanned code is read as a typed one: only six digits are sent, and it shows in the field.
  const scan = async () => {
    const scanned = await scanCode()
    if (scanned.kind !== 'scanned') return
    const read = checkInCodeOf(scanned.text)
    if (read !== undefined) setCode(read)
    send(scanned.text, t('work.scanNotCode'))
  }
  return (
    <View className='jobs-work__part'>
      <Text className='page__lead'>{t(action === 'check_in' ? 'work.checkInLead' : 'work.checkOutLead')}</Text>
      <Field id={`code-${application.id}`} label={t('work.code')} hint={t('work.codeHint')} error={error} value={code} onChange={setCode} type='number' maxLength={6} />
      {sending.failed ? <Refusal problem={sending.problem} /> : null}
      <Button block busy={sending.busy} onPress={() => send(code, fieldMessage('jobs.codeFormat', locale))}>
        {t(action === 'check_in' ? 'work.checkIn' : 'work.checkOut')}
      </Button>
      {scanAvailable ? (
        <Button block variant='secondary' disabled={sending.busy} onPress={() => void scan()}>
          {t(action === 'check_in' ? 'work.scan' : 'work.scanOut')}
        </Button>
      ) : null}
    </View>
  )
}

/** What the worker may do about one day: answer the pay the employer stated, or complain. */
function DayActions({ day, now, onChanged }: { readonly day: AttendanceDay; readonly now: Date; readonly onChanged: (application: MyApplication) => void }) {
  const t = useT(workMessages)
  const answering = useAction(onChanged)
  const ground = complaintGround(day, now)
  return (
    <View>
      {day.paidStatedAt !== null && day.payAnswer === null ? (
        <View className='jobs-work__part'>
          <Text className='jobs-work__question'>{t('work.payQuestion')}</Text>
          {answering.failed ? <Refusal problem={answering.problem} /> : null}
          <View className='jobs-actions'>
            <Button block busy={answering.busy} onPress={() => void answering.run(() => answerDayPay(day.id, 'confirmed'))}>
              {t('work.confirm')}
            </Button>
            <Button block variant='secondary' disabled={answering.busy} onPress={() => void answering.run(() => answerDayPay(day.id, 'disputed'))}>
              {t('work.dispute')}
            </Button>
          </View>
        </View>
      ) : null}
      {day.complaint ? (
        <View className='jobs-work__part'>
          <Text className='jobs-work__paid'>{t('work.complained', { number: day.complaint.caseNumber })}</Text>
          <Link to={`${routes.complaint}?id=${encodeURIComponent(day.complaint.caseId)}`}>{t('work.caseLink')}</Link>
        </View>
      ) : null}
      {!day.complaint && ground ? <DayComplaint day={day} onChanged={onChanged} /> : null}
    </View>
  )
}

function DayComplaint({ day, onChanged }: { readonly day: AttendanceDay; readonly onChanged: (application: MyApplication) => void }) {
  const t = useT(workMessages)
  const locale = useLocale()
  const [amount, setAmount] = useState('')
  const [note, setNote] = useState('')
  const [amountError, setAmountError] = useState<string | undefined>(undefined)
  // One key for this day's complaint while the page is open: a retry is the same complaint.
  const key = useRef(newIdempotencyKey())
  const sending = useAction(onChanged)
  const send = () => {
    const typed = amount.trim()
    const owed = typed ? fenOf(typed) : undefined
    if (typed && (owed === undefined || owed < 100)) return setAmountError(fieldMessage('jobs.amountOwed', locale))
    if (!typed && day.payDueFen === null) return setAmountError(t('work.amountOwedRequired'))
    setAmountError(undefined)
    const words = note.trim()
    void sending.run(() => complainAboutDay(day.id, { ...(owed !== undefined ? { amountOwedFen: owed } : {}), ...(words ? { note: words } : {}) }, key.current))
  }
  return (
    <View className='jobs-work__part jobs-work__complaint'>
      <Heading level={4} className='jobs-work__heading'>{t('work.complaintTitle')}</Heading>
      <Text className='jobs-note'>{t('work.complaintLead')}</Text>
      <Field id={`owed-${day.id}`} label={t('work.amountOwed')} hint={t('work.amountOwedHint')} error={amountError} value={amount} onChange={setAmount} type='digit' maxLength={12} />
      <LongText id={`note-${day.id}`} label={t('work.note')} hint={t('work.noteHint')} value={note} onChange={setNote} maxLength={200} />
      {sending.failed ? <Refusal problem={sending.problem} /> : null}
      <Button block busy={sending.busy} onPress={send}>
        {t('work.complain')}
      </Button>
    </View>
  )
}
