import { expectTypeOf, test } from 'vitest'
import { issueCertificate, verifyCertificate } from '../records/contract'
import { getMe } from '../identity/contract'
import type { OperationInput, OperationOutput } from './operation'

test('a caller must pass exactly the parts an operation declares', () => {
  expectTypeOf<OperationInput<typeof verifyCertificate>>().toHaveProperty('params')
  expectTypeOf<OperationInput<typeof verifyCertificate>['params']>().toEqualTypeOf<{ code: string }>()
  expectTypeOf<OperationInput<typeof getMe>['body']>().toEqualTypeOf<undefined>()
  expectTypeOf<OperationOutput<typeof issueCertificate>['verificationCode']>().toEqualTypeOf<string>()
})
