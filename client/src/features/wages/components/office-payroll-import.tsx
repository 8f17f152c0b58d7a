import { Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import type { Locale } from '@renshe/shared/platform/locale'
import type { Problem } from '@renshe/shared/platform/problem'
import { importPayroll } from '@renshe/shared/wages/contract'
import { maxPayrollBytes, type PayrollImport } from '@renshe/shared/wages/schemas'
import { roleProps } from '../../../lib/a11y/pressable'
import { formatFen, formatMonth } from '../../../lib/format'
import { newIdempotencyKey } from '../../../lib/http/idempotency-key'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { upload } from '../../../lib/upload/upload'
import { Banner } from '../../../ui/banner'
import { Button } from '../../../ui/button'
import { ProblemNotice } from '../../../ui/problem-notice'
import { officeMessages } from '../office-messages'
import { OfficeCsvPicker } from './office-csv-picker'
import { fileSize } from './office-evidence'
import { OfficeLineErrors } from './office-line-errors'
import type { PickedFile } from './office-picked-file'

type State =
  | { readonly status: 'idle' }
  | { readonly status: 'uploading'; readonly progress: number }
  | { readonly status: 'imported'; readonly result: PayrollImport }
  | { readonly status: 'refused'; readonly problem: Problem }
  | { readonly status: 'failed'; readonly problem: Problem | null }
  | { readonly status: 'tooLarge' }

/**
 * Uploads a payroll CSV for one project. The file is taken whole or not at all: on success the
 * months and totals imported are shown, on refusal every bad line, so one fix covers them all.
 */
export function OfficePayrollImport({ projectId, onImported }: { readonly projectId: string; readonly onImported: () => void }) {
  const t = useT(officeMessages)
  const locale = useLocale()
  const [state, setState] = useState<State>({ status: 'idle' })
  const [file, setFile] = useState<PickedFile | null>(null)
  // One key per chosen file: sending the same file again after a lost answer imports it once.
  const key = useRef(newIdempotencyKey())

  const send = async (chosen: PickedFile) => {
    if (chosen.size > maxPayrollBytes) return setState({ status: 'tooLarge' })
    setState({ status: 'uploading', progress: 0 })
    const result = await upload(importPayroll, {
      filePath: chosen.filePath,
      fileName: chosen.name,
      params: { id: projectId },
      idempotencyKey: key.current,
      onProgress: (progress) => setState((current) => (current.status === 'uploading' ? { status: 'uploading', progress } : current)),
    })
    if (result.ok) {
      chosen.release()
      setState({ status: 'imported', result: result.value })
      return onImported()
    }
    if (result.network) return setState({ status: 'failed', problem: null })
    if (result.problem.code === 'validation_failed' && (result.problem.errors?.length ?? 0) > 0) {
      return setState({ status: 'refused', problem: result.problem })
    }
    setState({ status: 'failed', problem: result.problem })
  }

  const picked = (files: readonly PickedFile[]) => {
    const chosen = files[0]
    if (!chosen) return
    file?.release()
    key.current = newIdempotencyKey()
    setFile(chosen)
    void send(chosen)
  }

  return (
    <View className='office-action-form'>
      <Text className='muted office-block'>{t('import.hint', { size: fileSize(maxPayrollBytes) })}</Text>
      {file ? <Text className='office-block'>{t('import.file', { name: file.name, size: fileSize(file.size) })}</Text> : null}
      {state.status === 'uploading' ? (
        <View className='office-progress'>
          <View className='office-progress__bar' aria-hidden='true'>
            <View className='office-progress__fill' style={{ width: `${state.progress}%` }} />
          </View>
          <Text {...roleProps('status')}>{t('import.uploading', { percent: state.progress })}</Text>
        </View>
      ) : null}
      {state.status === 'tooLarge' ? <Banner tone='error' title={t('import.tooLarge', { size: fileSize(maxPayrollBytes) })} /> : null}
      {state.status === 'refused' ? <OfficeLineErrors errors={state.problem.errors ?? []} /> : null}
      {state.status === 'failed' ? <ProblemNotice problem={state.problem} onRetry={() => file && void send(file)} /> : null}
      {state.status === 'imported' ? <ImportResult result={state.result} locale={locale} /> : null}
      {state.status !== 'uploading' ? (
        <OfficeCsvPicker
          id='payroll-file'
          label={state.status === 'refused' || state.status === 'tooLarge' ? t('import.chooseAgain') : t('import.choose')}
          remaining={1}
          onPicked={picked}
        />
      ) : (
        <Button disabled onPress={() => undefined}>
          {t('import.sending')}
        </Button>
      )}
    </View>
  )
}

function ImportResult({ result, locale }: { readonly result: PayrollImport; readonly locale: Locale }) {
  const t = useT(officeMessages)
  return (
    <Banner tone='success' title={t('import.doneTitle')}>
      <Text className='office-block'>{t('import.done', { rows: result.rows, encoding: t(`import.encoding.${result.encoding}`) })}</Text>
      <View {...roleProps('list')}>
        {result.months.map((month) => (
          <View key={month.month} {...roleProps('listitem')} className='office-month'>
            <Text className='office-month__title'>{formatMonth(month.month, locale)}</Text>
            <Text>{t('payroll.monthLine', { workers: month.workers, due: formatFen(month.dueFen), paid: formatFen(month.paidFen) })}</Text>
          </View>
        ))}
      </View>
    </Banner>
  )
}
