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

interface StepSiteProps {
  readonly values: FormValues
  /** The chosen employer's projects, offered first. */
  readonly projects: readonly ProjectChoice[]
  readonly errors: readonly FieldProblem[]
  readonly onChange: (patch: Partial<FormValues>) => void
}

const other = 'other'

/** Step 2: where the work was, a project of the employer's or a site typed in. */
export function StepSite({ values, projects, errors, onChange }: StepSiteProps) {
  const t = useT(wagesMessages)
  const regionName = useRegionName()
  const [firstProject] = projects
  const chosenProject = projects.find((project) => project.id === values.projectId) ?? null

  const chooseProject = (id: string) => {
    const project = projects.find((found) => found.id === id)
    if (project) onChange({ projectId: project.id, siteName: project.name, regionCode: project.regionCode, address: project.address })
    else onChange({ projectId: null, siteName: chosenProject ? '' : values.siteName, address: chosenProject ? '' : values.address })
  }

  return (
    <View>
      <StepHeading>{t('site.title')}</StepHeading>
      {firstProject ? (
        <ChoiceList
          id={fieldIds.project}
          legend={t('site.projectLegend')}
          error={errorOf(errors, fieldIds.project)}
          choices={[
            ...projects.map((project) => ({ value: project.id, label: project.name, hint: [regionName(project.regionCode), project.address].filter(Boolean).join(' · ') })),
            { value: other, label: t('site.otherProject') },
          ]}
          value={values.projectId ?? (values.siteName ? other : null)}
          onChange={chooseProject}
        />
      ) : null}
      {chosenProject ? (
        <Text className='muted'>{[regionName(chosenProject.regionCode), chosenProject.address].filter(Boolean).join(' · ')}</Text>
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
