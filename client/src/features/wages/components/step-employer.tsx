import { Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import type { KnownEmployer } from '@renshe/shared/wages/schemas'
import type { ProjectChoice } from '../device-draft'
import { focusTarget, pressable, roleProps } from '../../../lib/a11y/pressable'
import { errorOf } from '../../../lib/form-errors'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { Button } from '../../../ui/button'
import type { FieldProblem } from '../../../ui/error-summary'
import { findEmployers } from '../api'
import { creditCodeError, fieldIds, type EmployerMode } from '../form-steps'
import type { FormValues } from '../form-values'
import { wagesMessages } from '../messages'
import { useRegionName } from '../../../ui/region-name'
import { StepHeading } from './step-heading'
import { TextField } from './text-field'

interface StepEmployerProps {
  readonly values: FormValues
  readonly mode: EmployerMode
  readonly errors: readonly FieldProblem[]
  readonly onChange: (patch: Partial<FormValues>) => void
  /** An employer found, with one of its sites when the worker picked the site. */
  readonly onChoose: (employer: KnownEmployer, project: ProjectChoice | null) => void
  readonly onManual: (manual: boolean) => void
}

type Search =
  | { readonly status: 'idle' }
  | { readonly status: 'searching' }
  | { readonly status: 'found'; readonly employers: readonly KnownEmployer[] }
  | { readonly status: 'failed' }

const searchDelayMs = 400
const creditCodeLength = 18

/**
 * Step 1: the employer, found among those the portal knows, or typed in when it is not. Each
 * employer found is listed with its sites: picking a site answers where the work was too.
 */
export function StepEmployer({ values, mode, errors, onChange, onChoose, onManual }: StepEmployerProps) {
  const t = useT(wagesMessages)
  const regionName = useRegionName()
  const locale = useLocale()
  const [query, setQuery] = useState('')
  const [search, setSearch] = useState<Search>({ status: 'idle' })
  const [creditLeft, setCreditLeft] = useState(values.creditCode.trim().length >= creditCodeLength)
  const round = useRef(0)

  // Searches as the worker types, once they pause; an answer to an older query is dropped.
  useEffect(() => {
    const q = query.trim()
    round.current += 1
    const mine = round.current
    if (q.length < 2) {
      setSearch({ status: 'idle' })
      return undefined
    }
    const timer = setTimeout(() => {
      setSearch({ status: 'searching' })
      void findEmployers(q).then((result) => {
        if (mine !== round.current) return
        setSearch(result.ok ? { status: 'found', employers: result.value.employers } : { status: 'failed' })
      })
    }, searchDelayMs)
    return () => clearTimeout(timer)
  }, [query])

  const inlineCreditError = creditLeft || values.creditCode.trim().length >= creditCodeLength ? creditCodeError(values.creditCode, locale) : undefined
  const creditError = errorOf(errors, fieldIds.creditCode) ?? inlineCreditError
  const chosenError = errorOf(errors, fieldIds.employerName)
  const creditOk = values.creditCode.trim().length >= creditCodeLength && !creditCodeError(values.creditCode, locale)

  return (
    <View>
      <StepHeading>{t('employer.title')}</StepHeading>

      {mode === 'chosen' ? (
        <View id={fieldIds.employerName} {...focusTarget()} className={chosenError ? 'chosen field--error focusable' : 'chosen focusable'}>
          <Text className='chosen__label'>{t('employer.chosen')}</Text>
          {chosenError ? <Text className='field__error'>{chosenError}</Text> : null}
          <Text className='chosen__name'>{values.employerName}</Text>
          {values.creditCode ? <Text className='muted'>{values.creditCode}</Text> : null}
          {values.projectId ? <Text className='chosen__site'>{t('employer.chosenSite', { site: values.siteName })}</Text> : null}
          <Button variant='secondary' onPress={() => onChange({ employerId: null, employerName: '', creditCode: '', projectId: null })}>
            {t('employer.change')}
          </Button>
        </View>
      ) : null}

      {mode === 'search' ? (
        <View>
          <TextField
            id={fieldIds.employerSearch}
            label={t('employer.searchLabel')}
            hint={t('employer.searchHint')}
            error={errorOf(errors, fieldIds.employerSearch)}
            value={query}
            onChange={setQuery}
            maxLength={60}
          />
          <View {...roleProps('status')} className='search-status'>
            {search.status === 'searching' ? <Text className='muted'>{t('employer.searching')}</Text> : null}
            {search.status === 'failed' ? <Text>{t('employer.searchFailed')}</Text> : null}
            {search.status === 'found' && search.employers.length === 0 ? <Text>{t('employer.noResults')}</Text> : null}
            {search.status === 'found' && search.employers.length > 0 ? (
              <Text className='muted'>{t('employer.results', { count: search.employers.length })}</Text>
            ) : null}
          </View>
          {search.status === 'found' && search.employers.length > 0 ? (
            <View {...roleProps('list')} className='list'>
              {search.employers.flatMap((employer) => [
                <FoundRow
                  key={employer.id}
                  title={employer.name}
                  detail={`${employer.creditCode} · ${regionName(employer.regionCode)}`}
                  onPress={() => onChoose(employer, null)}
                />,
                ...employer.projects.map((project) => (
                  <FoundRow
                    key={`${employer.id}-${project.id}`}
                    site
                    title={project.name}
                    detail={t('employer.siteOf', { employer: employer.name, region: regionName(project.regionCode) })}
                    onPress={() => onChoose(employer, project)}
                  />
                )),
              ])}
            </View>
          ) : null}
          <Button variant='secondary' block onPress={() => onManual(true)}>
            {t('employer.notFound')}
          </Button>
        </View>
      ) : null}

      {mode === 'manual' ? (
        <View>
          <TextField
            id={fieldIds.employerName}
            label={t('employer.name')}
            hint={t('employer.nameHint')}
            error={errorOf(errors, fieldIds.employerName)}
            value={values.employerName}
            onChange={(employerName) => onChange({ employerName })}
            maxLength={60}
          />
          <TextField
            id={fieldIds.creditCode}
            label={t('employer.creditCode')}
            hint={t('employer.creditCodeHint')}
            error={creditError}
            confirmation={creditOk ? t('employer.creditCodeOk') : undefined}
            value={values.creditCode}
            onChange={(creditCode) => onChange({ creditCode })}
            onBlur={() => setCreditLeft(true)}
            maxLength={22}
          />
          <Button
            variant='secondary'
            block
            onPress={() => {
              onChange({ employerName: '', creditCode: '' })
              onManual(false)
            }}
          >
            {t('employer.backToSearch')}
          </Button>
        </View>
      ) : null}
    </View>
  )
}

/** One employer or site found: a whole row to tap. */
function FoundRow({ title, detail, site = false, onPress }: { readonly title: string; readonly detail: string; readonly site?: boolean; readonly onPress: () => void }) {
  return (
    <View {...roleProps('listitem')}>
      <View {...pressable(onPress)} className={site ? 'list-link list-link--site focusable' : 'list-link focusable'} onClick={onPress}>
        <View className='list-link__text'>
          <Text className='list-link__title'>{title}</Text>
          <Text className='list-link__detail'>{detail}</Text>
        </View>
        <View className='list-link__chevron' aria-hidden='true' />
      </View>
    </View>
  )
}
