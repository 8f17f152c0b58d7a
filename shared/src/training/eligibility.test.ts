import { expect, test } from 'vitest'
import { eligibilityLogic } from './eligibility'

test('an open choice still asks for the lowest working age', () => {
  expect(eligibilityLogic({ minAge: null, maxAge: null, groups: [] })).toEqual({ and: [{ '>=': [{ var: 'age' }, 16] }] })
})

test('ages bound both sides and any of the groups qualifies', () => {
  expect(eligibilityLogic({ minAge: 18, maxAge: 55, groups: ['unemployed', 'flexibleWorker'] })).toEqual({
    and: [
      { '>=': [{ var: 'age' }, 18] },
      { '<=': [{ var: 'age' }, 55] },
      { or: [{ '==': [{ var: 'unemployed' }, true] }, { '==': [{ var: 'flexibleWorker' }, true] }] },
    ],
  })
})
