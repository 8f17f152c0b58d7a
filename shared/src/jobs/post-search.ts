import { z } from 'zod'

/** The most characters a search of job posts takes: a few words, typed on a phone. */
export const postSearchMaxLength = 40

/**
 * What a person types to search the open job posts: blanks at either end dropped, so an empty
 * box is no search. Anything else is taken as written and cut into words on the server; what
 * holds no word (`%`, `'`) finds nothing (decision 053).
 */
export const PostSearchText = z.string().trim().max(postSearchMaxLength, { message: 'field.tooLong' })
export type PostSearchText = z.infer<typeof PostSearchText>
