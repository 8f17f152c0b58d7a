import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { verifyContractFile, verifyContractHash } from '@renshe/shared/contracts/contract'
import { maxContractFileBytes, type VerificationResult } from '@renshe/shared/contracts/schemas'
import { fieldMessage } from '@renshe/shared/platform/messages'
import type { Problem } from '@renshe/shared/platform/problem'
import { roleProps } from '../../../../lib/a11y/pressable'
import { call, type CallResult } from '../../../../lib/api'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { upload } from '../../../../lib/upload/upload'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import { ErrorSummary, type FieldProblem } from '../../../../ui/error-summary'
import { Field } from '../../../../ui/field'
import { Heading } from '../../../../ui/heading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { ContractFilePicker } from '../../components/contract-file-picker'
import type { PickedFile } from '../../components/picked-file'
import { VerificationAnswer } from '../../components/verification-answer'
import { verifyMessages } from '../../verify-messages'
import '../../contracts.css'

const fileField = 'verify-file'
const hashField = 'verify-hash'

type Outcome =
  | { readonly kind: 'answer'; readonly answer: VerificationResult; readonly fileName: string | null }
  | { readonly kind: 'failed'; readonly problem: Problem | null; readonly retry: () => void }
  | null

/** Pasted with spaces, line breaks or capitals, as a PDF viewer or a chat may give it. */
const normalHash = (text: string) => text.replace(/\s/g, '').toLowerCase()

const looksLikePdf = (file: PickedFile) => file.mime === 'application/pdf' || /\.pdf$/i.test(file.name)

/**
 * Public (decision 073): anyone holding a contract's PDF checks it without logging in, by the
 * file (the server computes its SHA-256) or by the SHA-256 itself, and reads whether it is the
 * file as signed, a changed one, or none of the portal's. Opened from a contract (`?sha256=`), it
 * checks at once.
 */
export default function VerifyContractPage() {
  const t = useT(verifyMessages)
  const locale = useLocale()
  const initial = useRouter().params.sha256 ?? ''
  const [hash, setHash] = useState(() => normalHash(decodeURIComponent(initial)))
  const [errors, setErrors] = useState<readonly FieldProblem[]>([])
  const [outcome, setOutcome] = useState<Outcome>(null)
  const [checking, setChecking] = useState<{ readonly fileName: string | null } | null>(null)

  const settle = (result: CallResult<typeof verifyContractHash>, fileName: string | null, retry: () => void) => {
    if (result.ok) return setOutcome({ kind: 'answer', answer: result.value, fileName })
    // A hash the portal never recorded may also come back as not found: the same answer.
    if (!result.network && result.problem.code === 'not_found') {
      return setOutcome({ kind: 'answer', answer: { result: 'unknown', documentKind: null, contract: null, sha256: fileName ? '' : normalHash(hash) }, fileName })
    }
    setOutcome({ kind: 'failed', problem: result.network ? null : result.problem, retry })
  }

  const checkHash = async (value: string) => {
    const parsed = verifyContractHash.params.safeParse({ sha256: normalHash(value) })
    if (!parsed.success) {
      setOutcome(null)
      return setErrors([{ fieldId: hashField, message: fieldMessage(parsed.error.issues[0]?.message ?? 'contracts.hashFormat', locale) }])
    }
    setErrors([])
    setChecking({ fileName: null })
    const result = await call(verifyContractHash, { params: parsed.data })
    setChecking(null)
    settle(result, null, () => void checkHash(value))
  }

  const checkFile = async (file: PickedFile) => {
    setOutcome(null)
    if (!looksLikePdf(file) || file.size > maxContractFileBytes) {
      file.release()
      return setErrors([{ fieldId: fileField, message: looksLikePdf(file) ? t('file.tooLarge') : fieldMessage('contracts.notAPdf', locale) }])
    }
    setErrors([])
    setChecking({ fileName: file.name })
    const result = await upload(verifyContractFile, { filePath: file.filePath, fileName: file.name })
    setChecking(null)
    // The file is kept for another try only when no answer came.
    if (result.ok || !result.network) file.release()
    if (!result.ok && !result.network && (result.problem.code === 'unsupported_media_type' || result.problem.code === 'payload_too_large')) {
      const message = result.problem.code === 'payload_too_large' ? t('file.tooLarge') : fieldMessage('contracts.notAPdf', locale)
      return setErrors([{ fieldId: fileField, message }])
    }
    settle(result, file.name, () => void checkFile(file))
  }

  useEffect(() => {
    if (initial) void checkHash(decodeURIComponent(initial))
  }, [initial])

  const fileError = errors.find((error) => error.fieldId === fileField)?.message
  const hashError = errors.find((error) => error.fieldId === hashField)?.message

  return (
    <PageShell title={t('title')}>
      <Text className='page__lead'>{t('lead')}</Text>
      <Banner tone='info' urgent={false}>
        <Text>{t('privacy')}</Text>
      </Banner>
      <ErrorSummary errors={errors} id='verify-errors' labels={{ [fileField]: t('file.title'), [hashField]: t('hash.label') }} />

      <View className='contract-stack'>
        <Heading level={2} className='contract-section-title'>
          {t('file.title')}
        </Heading>
        <ContractFilePicker id={fileField} label={t('file.choose')} hint={t('file.hint')} error={fileError} disabled={checking !== null} onPicked={(file) => void checkFile(file)} />

        <Heading level={2} className='contract-section-title'>
          {t('hash.title')}
        </Heading>
        <Field id={hashField} label={t('hash.label')} hint={t('hash.hint')} maxLength={80} error={hashError} value={hash} onChange={setHash} />
        <Button block busy={checking?.fileName === null} disabled={checking !== null} onPress={() => void checkHash(hash)}>
          {t('hash.submit')}
        </Button>
      </View>

      <View className='contract-stack contract-verify-answer'>
        {checking?.fileName ? (
          <Text {...roleProps('status')} className='muted'>
            {t('file.checking', { name: checking.fileName })}
          </Text>
        ) : null}
        {outcome?.kind === 'failed' ? <ProblemNotice problem={outcome.problem} onRetry={outcome.retry} /> : null}
        {outcome?.kind === 'answer' ? (
          <View className='contract-stack'>
            {outcome.fileName ? <Text className='muted'>{t('file.checked', { name: outcome.fileName })}</Text> : null}
            <VerificationAnswer answer={outcome.answer} />
          </View>
        ) : null}
      </View>
    </PageShell>
  )
}
