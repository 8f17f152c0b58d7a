import { assertOutsideTransaction } from '../db/database'

export interface Batcher<In, Out> {
  /** Adds one item; settles with its own result once the batch it joined is written. */
  add(item: In): Promise<Out>
  /** Resolves when everything added so far has been written. */
  drain(): Promise<void>
}

interface Waiting<In, Out> {
  readonly item: In
  readonly resolve: (value: Out) => void
  readonly reject: (error: unknown) => void
}

/**
 * Group commit: items added by concurrent requests are written together, one batch at a time.
 * The first item waits one turn of the event loop for its neighbours; while a batch is being
 * written the next one gathers, so under load each write carries many requests and a quiet
 * server still answers at once. `write` gets the items in the order they came and returns one
 * result per item; if it throws, every item of that batch gets the error.
 */
export function createBatcher<In, Out>(write: (items: readonly In[]) => Promise<readonly Out[]>, options: { readonly maxBatch: number }): Batcher<In, Out> {
  let queue: Waiting<In, Out>[] = []
  let running: Promise<void> | null = null

  async function run(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve))
    while (queue.length > 0) {
      const batch = queue.slice(0, options.maxBatch)
      queue = queue.slice(batch.length)
      try {
        const results = await write(batch.map((waiting) => waiting.item))
        batch.forEach((waiting, i) => waiting.resolve(results[i] as Out))
      } catch (error) {
        for (const waiting of batch) waiting.reject(error)
      }
    }
    running = null
  }

  return {
    add(item) {
      // Inside a transaction the batch could never be written: it waits for that transaction.
      assertOutsideTransaction()
      return new Promise<Out>((resolve, reject) => {
        queue.push({ item, resolve, reject })
        running ??= run()
      })
    },
    async drain() {
      while (running) await running
    },
  }
}
