import { Text, View } from '@tarojs/components'
import { focusTarget, roleProps } from '../../../lib/a11y/pressable'
import { errorOf, errorProp } from '../../../lib/form-errors'
import { useT } from '../../../lib/i18n/translate'
import { Button } from '../../../ui/button'
import type { FieldProblem } from '../../../ui/error-summary'
import { Field } from '../../../ui/field'
import { Heading } from '../../../ui/heading'
import { emptySession, sessionIds, type SessionRow } from '../course-values'
import { trainingMessages } from '../messages'

/** The 200 sessions the contract takes at most. */
const maxRows = 200

interface SessionRowsProps {
  /** The section's id: where an error about the sessions as a whole (none, or two at once) leads. */
  readonly id: string
  readonly rows: readonly SessionRow[]
  readonly errors: readonly FieldProblem[]
  readonly onChange: (rows: readonly SessionRow[]) => void
}

/** A course's sessions, a row each (date, from, to, place), added and removed by button. */
export function SessionRows({ id, rows, errors, onChange }: SessionRowsProps) {
  const t = useT(trainingMessages)
  const change = (key: number, part: Partial<SessionRow>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...part } : row)))
  const nextKey = rows.reduce((max, row) => Math.max(max, row.key), -1) + 1
  const error = errorOf(errors, id)
  return (
    <View id={id} {...focusTarget()} aria-describedby={error ? `${id}-error` : undefined} className='training-rows'>
      <Text className='page__lead'>{t('newCourse.sessionsLead')}</Text>
      {error ? (
        <Text id={`${id}-error`} className='field__error'>
          {error}
        </Text>
      ) : null}
      <View {...roleProps('list')} className='training-rows__list'>
        {rows.map((row, index) => {
          const ids = sessionIds(row)
          const n = index + 1
          return (
            <View {...roleProps('listitem')} key={row.key} className='training-row'>
              <Heading level={3} className='training-row__title'>
                {t('newCourse.session', { n })}
              </Heading>
              <Field id={ids.date} label={t('newCourse.date')} hint={t('newCourse.dateHint')} maxLength={10} value={row.date} onChange={(date) => change(row.key, { date })} {...errorProp(errors, ids.date)} />
              <Field id={ids.from} label={t('newCourse.from')} hint={t('newCourse.timeHint')} maxLength={5} value={row.from} onChange={(from) => change(row.key, { from })} {...errorProp(errors, ids.from)} />
              <Field id={ids.to} label={t('newCourse.to')} hint={t('newCourse.timeHint')} maxLength={5} value={row.to} onChange={(to) => change(row.key, { to })} {...errorProp(errors, ids.to)} />
              <Field id={ids.place} label={t('newCourse.place')} maxLength={80} value={row.place} onChange={(place) => change(row.key, { place })} {...errorProp(errors, ids.place)} />
              {rows.length > 1 ? (
                <Button variant='secondary' block onPress={() => onChange(rows.filter((other) => other.key !== row.key))}>
                  {t('newCourse.removeSession', { n })}
                </Button>
              ) : null}
            </View>
          )
        })}
      </View>
      {/* A course is mostly taught in one place: a new session starts with the last one's place, to change if need be. */}
      {rows.length < maxRows ? (
        <Button variant='secondary' block onPress={() => onChange([...rows, { ...emptySession(nextKey), place: rows[rows.length - 1]?.place ?? '' }])}>
          {t('newCourse.addSession')}
        </Button>
      ) : null}
    </View>
  )
}
