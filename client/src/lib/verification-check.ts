import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { fieldMessage } from '@renshe/shared/platform/messages'
import type { Problem } from '@renshe/shared/platform/problem'
import { VerificationCode } from '@renshe/shared/records/schemas'
import type { FieldProblem } from '../ui/error-summary'
import { useLocale } from './i18n/locale-store'

/** `7KQ2M9XD4TPA` → `7KQ2-M9XD-4TPA`: a verification code in groups of four, as it is printed. */
export function groupVerificationCode(code: string): string {
  return code.replace(/[\s-]/g, '').replace(/(.{4})(?=.)/g, '$1-')
}

export type VerificationOutcome<T> =
  | { readonly kind: 'found'; readonly value: T }
  | { readonly kind: 'notFound' }
  | { readonly kind: 'failed'; readonly problem: Problem | null }
  | null

type Answer<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly network: false; readonly problem: Problem } | { readonly ok: false; readonly network: true }

/**
 * A public page that checks a verification code (a certificate's, a skills summary's): the code
 * field, its error, and what the check found. Opened from a QR code or link (`?code=`), it checks
 * at once; a code of the wrong shape is refused at the field and never sent.
 */
export function useVerificationCheck<T>(fieldId: string, ask: (code: string) => Promise<Answer<T>>) {
  const locale = useLocale()
  const initial = useRouter().params.code ?? ''
  const [code, setCode] = useState(initial ? groupVerificationCode(decodeURIComponent(initial)) : '')
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [outcome, setOutcome] = useState<VerificationOutcome<T>>(null)
  const [checking, setChecking] = useState(false)

  const check = async (value: string) => {
    const parsed = VerificationCode.safeParse(value)
    if (!parsed.success) {
      setOutcome(null)
      setErrors([{ fieldId, message: fieldMessage(parsed.error.issues[0]?.message ?? 'field.invalid', locale) }])
      return
    }
    setErrors([])
    setChecking(true)
    const result = await ask(parsed.data)
    setChecking(false)
    if (result.ok) setOutcome({ kind: 'found', value: result.value })
    else if (!result.network && result.problem.code === 'not_found') setOutcome({ kind: 'notFound' })
    else setOutcome({ kind: 'failed', problem: result.network ? null : result.problem })
  }

  useEffect(() => {
    if (initial) void check(decodeURIComponent(initial))
  }, [initial])

  return { code, setCode, errors, outcome, checking, check }
}
