import { Text, View } from '@tarojs/components'
import type { SkillLevel } from '@renshe/shared/training/schemas'
import { focusTarget, roleProps } from '../../../lib/a11y/pressable'
import { errorOf, errorProp } from '../../../lib/form-errors'
import { useT } from '../../../lib/i18n/translate'
import { Button } from '../../../ui/button'
import type { FieldProblem } from '../../../ui/error-summary'
import { Field } from '../../../ui/field'
import { Heading } from '../../../ui/heading'
import { levelText } from '../labels'
import { trainingMessages } from '../messages'
import { emptyRow, rowIds, type CoveredRow } from '../programme-values'
import { ChoiceRow } from '../../../ui/choice-row'
import { OccupationPicker } from './occupation-picker'

/** Lowest first, as a trainee climbs them: 5 (初级工) to 1 (高级技师). */
const levels: readonly SkillLevel[] = [5, 4, 3, 2, 1]

/** The 20 rows the contract takes at most. */
const maxRows = 20

interface CoveredRowsProps {
  /** The section's id: where an error about the rows as a whole (none, or one twice) leads. */
  readonly id: string
  readonly rows: readonly CoveredRow[]
  readonly errors: readonly FieldProblem[]
  readonly onChange: (rows: readonly CoveredRow[]) => void
}

/** The occupations and levels a programme pays for, a row each, added and removed by button. */
export function CoveredRows({ id, rows, errors, onChange }: CoveredRowsProps) {
  const t = useT(trainingMessages)
  const change = (key: number, part: Partial<CoveredRow>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...part } : row)))
  const nextKey = rows.reduce((max, row) => Math.max(max, row.key), -1) + 1
  const error = errorOf(errors, id)
  return (
    <View id={id} {...focusTarget()} aria-describedby={error ? `${id}-error` : undefined} className='training-rows'>
      <Text className='page__lead'>{t('new.coveredLead')}</Text>
      {error ? (
        <Text id={`${id}-error`} className='field__error'>
          {error}
        </Text>
      ) : null}
      <View {...roleProps('list')} className='training-rows__list'>
        {rows.map((row, index) => {
          const ids = rowIds(row)
          const n = index + 1
          return (
            <View {...roleProps('listitem')} key={row.key} className='training-row'>
              <Heading level={3} className='training-row__title'>
                {t('new.row', { n })}
              </Heading>
              <OccupationPicker id={ids.occupation} legend={t('occupation.legend')} chosen={row.occupation} error={errorOf(errors, ids.occupation)} onChange={(occupation) => change(row.key, { occupation })} />
              <ChoiceRow<SkillLevel>
                id={ids.level}
                legend={t('new.level')}
                error={errorOf(errors, ids.level)}
                options={levels.map((level) => ({ value: level, label: levelText(level, t) }))}
                isOn={(level) => level === row.level}
                onPress={(level) => change(row.key, { level })}
              />
              <Field id={ids.subsidy} label={t('new.subsidy')} hint={t('new.subsidyHint')} type='digit' maxLength={12} value={row.subsidy} onChange={(subsidy) => change(row.key, { subsidy })} {...errorProp(errors, ids.subsidy)} />
              {rows.length > 1 ? (
                <Button variant='secondary' block onPress={() => onChange(rows.filter((other) => other.key !== row.key))}>
                  {t('new.removeRow', { n })}
                </Button>
              ) : null}
            </View>
          )
        })}
      </View>
      {rows.length < maxRows ? (
        <Button variant='secondary' block onPress={() => onChange([...rows, emptyRow(nextKey)])}>
          {t('new.addRow')}
        </Button>
      ) : null}
    </View>
  )
}
