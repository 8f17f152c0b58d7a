import { z } from 'zod'

/** The contract's shared building blocks, for every module: no module's schemas own them. */

/** An instant with its offset, as ISO 8601 (the portal writes UTC: `2026-11-29T02:00:00.000Z`). */
export const Timestamp = z.iso.datetime({ offset: true })

/** A date in China, `2026-11-29`. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'date.format', abort: true })
  .refine((value) => new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), { message: 'date.format' })
export type IsoDate = z.infer<typeof IsoDate>

/** One page of a list, and the cursor of the next one (null on the last page). */
export const Page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() })

/** Where a list continues, and how many to send: the query of every paged operation. */
export const Cursor = z.object({
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
})
