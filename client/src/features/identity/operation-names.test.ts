import { expect, test } from 'vitest'
import { allOperations } from '@renshe/shared/platform/operations'
import { hasKey } from '../../lib/i18n/translate'
import { operationNames } from './operation-names'

test('every operation of the API has a name a person reads in her access log, so none shows as its id', () => {
  expect(allOperations.map((operation) => operation.id).filter((id) => !hasKey(operationNames, id))).toEqual([])
})
