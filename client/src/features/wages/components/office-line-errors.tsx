import { Text, View } from '@tarojs/components'
import type { FieldError } from '@renshe/shared/platform/problem'
import { roleProps } from '../../../lib/a11y/pressable'
import { useT } from '../../../lib/i18n/translate'
import { Banner } from '../../../ui/banner'
import { officeMessages } from '../office-messages'

export interface LineError {
  /** The line of the file, counting the header as line 1; null for the file as a whole. */
  readonly line: number | null
  readonly message: string
}

/** `file.line.7.idNumber` → line 7; `file` or `file.header` → the whole file. */
export function lineOf(path: string): number | null {
  const match = /(?:^|\.)line\.(\d+)(?:\.|$)/.exec(path)
  return match ? Number(match[1]) : null
}

/** Every error of a payroll file, the file-wide ones first, then line by line. */
export function lineErrors(errors: readonly FieldError[]): LineError[] {
  return errors
    .map((error) => ({ line: lineOf(error.path), message: error.message }))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
}

/**
 * A payroll file with mistakes is refused whole: this says so, and lists every mistake by line
 * so the employer can fix them all in one go instead of one upload per mistake.
 */
export function OfficeLineErrors({ errors }: { readonly errors: readonly FieldError[] }) {
  const t = useT(officeMessages)
  const lines = lineErrors(errors)
  return (
    <Banner tone='error' title={t('payroll.refusedTitle')}>
      <Text className='office-block'>{t('payroll.refusedBody', { count: lines.length })}</Text>
      <View {...roleProps('list')} className='office-line-errors'>
        {lines.map((error, index) => (
          <View key={index} {...roleProps('listitem')} className='office-line-errors__item'>
            {error.line === null ? error.message : t('payroll.lineError', { line: error.line, message: error.message })}
          </View>
        ))}
      </View>
    </Banner>
  )
}
