import { expect, test } from 'vitest'
import { createLogger, stdoutLines } from './logger'

test('the log lines of one turn of the event loop go out in one write at its end, each on its own line', async () => {
  const writes: string[] = []
  const logger = createLogger('info', stdoutLines({ write: (text: string) => writes.push(text) }))
  logger.info('request', { status: 200 })
  logger.info('request', { status: 404 })
  logger.debug('not at this level')
  expect(writes).toEqual([])
  await new Promise((resolve) => setImmediate(resolve))
  expect(writes).toHaveLength(1)
  expect(writes[0]?.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { status: number }).status)).toEqual([200, 404])
  logger.warn('later')
  await new Promise((resolve) => setImmediate(resolve))
  expect(writes).toHaveLength(2)
})

test('lines still waiting when the process exits are written before it does, and only then', async () => {
  const exits: string[] = []
  let exit = () => {}
  const write = stdoutLines({ write: () => expect.unreachable('written at exit, not again') }, (last) => (exit = last), (text) => exits.push(text))
  write('{"event":"last words"}')
  exit()
  expect(exits).toEqual(['{"event":"last words"}\n'])
  await new Promise((resolve) => setImmediate(resolve))
})
