import fastJson from 'fast-json-stringify'
import { z } from 'zod'

/** What an answer becomes: the JSON text sent, and the value it says (for idempotency's reference). */
export interface Written {
  readonly text: string
  readonly answer: unknown
}

export type ResponseWriter = (value: unknown) => Written

/**
 * Writes an operation's answer as the JSON of its response schema: only the fields the contract
 * names leave the server (an allow-list, as `schema.parse` was), written by a serializer compiled
 * once from the schema (`fast-json-stringify`, from the schema's JSON Schema) instead of checking
 * every field with zod and then walking the checked copy again with `JSON.stringify`, which
 * together took a seventh of a year read's time. Decision 056.
 *
 * `checked` (the test suites): the answer is also parsed by the schema, and the two texts must be
 * the same, so every test that reads an answer proves the fast path writes exactly what the
 * schema allows. A schema JSON Schema cannot say is written the checked way everywhere.
 */
export function responseWriter(id: string, schema: z.ZodType, checked: boolean): ResponseWriter {
  const fast = compile(schema)
  if (!fast) return (value) => viaSchema(schema, value)
  if (!checked) return (value) => ({ text: fast(value), answer: value })
  return (value) => {
    const written = viaSchema(schema, value)
    const text = fast(value)
    if (text !== written.text) throw new Error(`${id}: the compiled response writer and the response schema disagree`)
    return written
  }
}

/** Whether answers of `schema` get a compiled writer (else they are parsed and stringified). */
export function compilesToWriter(schema: z.ZodType): boolean {
  return compile(schema) !== null
}

function viaSchema(schema: z.ZodType, value: unknown): Written {
  const answer = schema.parse(value)
  return { text: JSON.stringify(answer), answer }
}

/**
 * Compiled once per schema and process: a schema never changes once made, and every app built
 * from the same contract (each test context builds one) would otherwise compile all ~190 again.
 */
const compiled = new WeakMap<z.ZodType, ((value: unknown) => string) | null>()

function compile(schema: z.ZodType): ((value: unknown) => string) | null {
  const known = compiled.get(schema)
  if (known !== undefined) return known
  let writer: ((value: unknown) => string) | null
  try {
    writer = fastJson(z.toJSONSchema(schema, { io: 'output' }) as Parameters<typeof fastJson>[0])
  } catch {
    writer = null
  }
  compiled.set(schema, writer)
  return writer
}
