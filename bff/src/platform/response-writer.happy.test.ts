import { expect, test } from 'vitest'
import { z } from 'zod'
import { allOperations } from '@renshe/shared/platform/operations'
import { compilesToWriter, responseWriter } from './response-writer'

const Row = z.object({ month: z.string(), amountFen: z.number().int(), note: z.string().nullable() })
const Answer = z.object({ year: z.number().int(), kind: z.enum(['a', 'b']).nullable(), rows: z.array(Row), extra: z.string().optional() })

test('an answer is written with only the fields its schema names, at every depth, as the schema would write it', () => {
  const value = {
    year: 2025,
    kind: null,
    rows: [{ month: '2025-01', amountFen: 120, note: '浙江温州 "数码"\n', idNumberEnc: 'v1.sealed' }],
    idNumberIndex: 'blind',
  }
  for (const checked of [false, true]) {
    const { text } = responseWriter('test.op', Answer, checked)(value)
    expect(JSON.parse(text)).toEqual({ year: 2025, kind: null, rows: [{ month: '2025-01', amountFen: 120, note: '浙江温州 "数码"\n' }] })
    expect(text).toBe(JSON.stringify(Answer.parse(value)))
  }
})

test('checked (the test suites): an answer the compiled writer would write otherwise than the schema fails the request, naming the operation', () => {
  // JSON Schema cannot say "trimmed": the compiled writer keeps the spaces, the schema drops them.
  const Trimmed = z.object({ name: z.string().trim() })
  expect(responseWriter('test.trimmed', Trimmed, false)({ name: ' 张伟 ' }).text).toBe('{"name":" 张伟 "}')
  expect(() => responseWriter('test.trimmed', Trimmed, true)({ name: ' 张伟 ' })).toThrow(/test\.trimmed/)
  expect(responseWriter('test.trimmed', Trimmed, true)({ name: '张伟' }).text).toBe('{"name":"张伟"}')
})

test('a schema JSON Schema cannot say is written through the schema in every mode', () => {
  const Transformed = z.object({ code: z.string().transform((code) => code.toUpperCase()) })
  for (const checked of [false, true]) {
    const written = responseWriter('test.transformed', Transformed, checked)({ code: 'ab12', other: 1 })
    expect(written.text).toBe('{"code":"AB12"}')
    expect(written.answer).toEqual({ code: 'AB12' })
  }
})

test('every response schema of the contract has a compiled writer', () => {
  // A schema that falls back is correct but slow: a new one should be looked at, not slip in.
  expect(allOperations.filter((operation) => !compilesToWriter(operation.response)).map((operation) => operation.id)).toEqual([])
  expect(compilesToWriter(z.object({ code: z.string().transform((code) => code.toUpperCase()) }))).toBe(false)
})
