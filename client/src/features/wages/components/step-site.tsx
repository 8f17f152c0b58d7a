import { Text, View } from '@tarojs/components'
import { errorOf } from '../../../lib/form-errors'
import { useT } from '../../../lib/i18n/translate'
import type { FieldProblem } from '../../../ui/error-summary'
import type { ProjectChoice } from '../device-draft'
import { fieldIds } from '../form-steps'
import type { FormValues } from '../form-values'
import { wagesMessages } from '../messages'
import { useRegionName } from '../../../ui/region-name'
import { wenzhouRegions } from '../regions'
import { ChoiceList } from './choice-list'
import { StepHeading } from './step-heading'
import { TextField } from './text-field'
import { whereOf } from '../site-where'

interface StepSiteProps {
  readonly values: FormValues
  /** The chosen employer's projects, offered first. */
  readonly projects: readonly ProjectChoice[]
  readonly errors: readonly FieldProblem[]
  readonly onChange: (patch: Partial<FormValues>) => void
  /** A known site picked, or null for a site of one's own (typed below). */
  readonly onPick: (project: ProjectChoice | null) => void
}

const other = 'other'

/**
 * Step 2: where the work was, a project of the employer's or a site typed in. A picked project
 * says where it is, and the fields for typing a site go away (what was typed in them is kept
 * and comes back with "another site").
 */
export function StepSite({ values, projects, errors, onChange, onPick }: StepSiteProps) {
  const t = useT(wagesMessages)
  const regionName = useRegionName()
  // A project picked on another phone, whose list this phone never had: it is offered on its own.
  const picked: ProjectChoice | null =
    values.projectId === null ? null : { id: values.projectId, name: values.siteName, regionCode: values.regionCode, address: values.address }
  const offered = picked && !projects.some((project) => project.id === picked.id) ? [picked, ...projects] : projects
  const [firstProject] = offered

  const chooseProject = (id: string) => onPick(offered.find((found) => found.id === id) ?? null)

  return (
    <View>
      <StepHeading>{t('site.title')}</StepHeading>
      {firstProject ? (
        <ChoiceList
          id={fieldIds.project}
          legend={t('site.projectLegend')}
          error={errorOf(errors, fieldIds.project)}
          choices={[
            ...offered.map((project) => ({ value: project.id, label: project.name, hint: whereOf(regionName(project.regionCode), project.address) })),
            { value: other, label: t('site.otherProject') },
          ]}
          value={values.projectId ?? (values.siteName ? other : null)}
          onChange={chooseProject}
        />
      ) : null}
      {picked ? (
        <Text className='muted'>{t('site.pickedWhere', { where: whereOf(regionName(picked.regionCode), picked.address) })}</Text>
      ) : (
        <View>
          <TextField
            id={fieldIds.siteName}
            label={t('site.siteName')}
            hint={t('site.siteNameHint')}
            error={errorOf(errors, fieldIds.siteName)}
            value={values.siteName}
            onChange={(siteName) => onChange({ siteName })}
            maxLength={60}
          />
          <ChoiceList
            id={fieldIds.regionCode}
            legend={t('site.region')}
            error={errorOf(errors, fieldIds.regionCode)}
            choices={wenzhouRegions.map((code) => ({ value: code, label: regionName(code) }))}
            value={values.regionCode || null}
            onChange={(regionCode) => onChange({ regionCode })}
          />
          <TextField
            id={fieldIds.address}
            label={t('site.address')}
            hint={t('site.addressHint')}
            error={errorOf(errors, fieldIds.address)}
            value={values.address}
            onChange={(address) => onChange({ address })}
            maxLength={100}
          />
        </View>
      )}
    </View>
  )
}
