import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { fieldMessage } from '@renshe/shared/platform/messages'
import type { Problem } from '@renshe/shared/platform/problem'
import type { Attendance, MySession } from '@renshe/shared/training/attendance'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { Banner } from '../../../ui/banner'
import { Button } from '../../../ui/button'
import { Field } from '../../../ui/field'
import { ProblemNotice } from '../../../ui/problem-notice'
import { sendCheckIn } from '../api'
import { scannedCode, typedCode } from '../check-in-code'
import { scanAvailable, scanCheckInCode } from '../check-in-scan'
import { deviceId } from '../device-id'
import { dayText, refusalText } from '../labels'
import { trainingMessages } from '../messages'

interface CheckInFormProps {
  readonly session: MySession
  readonly onCheckedIn: (attendance: Attendance) => void
}

/**
 * Her check-in to the session open now: on WeChat a big "scan" first, the six digits to type
 * under it (a camera that will not focus, a screen too far); in a browser, the digits. A refusal
 * is said in her language and what she typed stays.
 */
export function CheckInForm({ session, onCheckedIn }: CheckInFormProps) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  const [code, setCode] = useState('')
  const [fieldError, setFieldError] = useState<string | undefined>(undefined)
  const [refusal, setRefusal] = useState<string | null>(null)
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  const [sending, setSending] = useState(false)
  const fieldId = `check-in-code-${session.session.id}`

  const send = async (digits: string) => {
    setRefusal(null)
    setFailure(null)
    setSending(true)
    const result = await sendCheckIn(session.session.id, digits, await deviceId())
    setSending(false)
    if (result.ok) return onCheckedIn(result.value)
    if (result.network) return setFailure({ problem: null })
    const reason = refusalText(result.problem, locale)
    if (result.problem.errors?.[0]?.key === 'training.codeFormat') return setFieldError(reason ?? undefined)
    if (reason) return setRefusal(reason)
    setFailure({ problem: result.problem })
  }

  const sendTyped = () => {
    const digits = typedCode(code)
    if (digits === undefined) return setFieldError(fieldMessage('training.codeFormat', locale))
    setFieldError(undefined)
    void send(digits)
  }

  // What was scanned is checked before anything is sent: another session's code or any other QR code is said plainly.
  const scan = async () => {
    setRefusal(null)
    const scanned = await scanCheckInCode()
    if (scanned.kind !== 'scanned') return
    const read = scannedCode(scanned.text, session.session.id)
    if (read.kind === 'notACode') return setRefusal(t('attend.scanNotCode'))
    if (read.kind === 'otherSession') {
      return setRefusal(t('attend.scanOtherSession', { session: t('course.session', { date: dayText(session.session.date, locale), from: session.session.from, to: session.session.to }) }))
    }
    setFieldError(undefined)
    setCode(read.code)
    void send(read.code)
  }

  return (
    <View className='stack'>
      <Text className='page__lead'>{t(scanAvailable ? 'attend.nowLeadScan' : 'attend.nowLeadType')}</Text>
      {scanAvailable ? (
        <View className='training-scan'>
          <Button block busy={sending} onPress={() => void scan()}>
            {t('attend.scan')}
          </Button>
        </View>
      ) : null}
      {refusal ? <Banner tone='error'>{refusal}</Banner> : null}
      {failure ? <ProblemNotice problem={failure.problem} onRetry={sendTyped} /> : null}
      <Field id={fieldId} label={t('attend.code')} hint={t('attend.codeHint')} error={fieldError} value={code} onChange={setCode} type='number' maxLength={6} />
      <Button block variant={scanAvailable ? 'secondary' : 'primary'} busy={sending} onPress={sendTyped}>
        {t('attend.send')}
      </Button>
    </View>
  )
}
