import { expect, test } from 'vitest'
import { CaseActionKind, CaseEventKind, CaseParty, CaseStatus, PayUnit } from '@renshe/shared/wages/schemas'
import { hasKey } from '../../lib/i18n/translate'
import { domainLabels } from '../../ui/domain-labels'
import { wenzhouRegions } from './regions'

test('every case status, pay unit, event, party, action and Wenzhou region has a name in both languages', () => {
  const keys = [
    ...CaseStatus.options.map((status) => `caseStatus.${status}`),
    ...PayUnit.options.map((unit) => `payUnit.${unit}`),
    ...CaseEventKind.options.map((kind) => `caseEvent.${kind}`),
    ...CaseParty.options.map((party) => `caseParty.${party}`),
    ...CaseActionKind.options.map((kind) => `caseAction.${kind}`),
    ...wenzhouRegions.map((code) => `region.${code}`),
    'scope.wages.file',
    'role.supervisor',
  ]
  for (const key of keys) {
    expect(hasKey(domainLabels, key), key).toBe(true)
    expect(Object.hasOwn(domainLabels.en, key), key).toBe(true)
  }
})
