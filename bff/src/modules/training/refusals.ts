import type { trainingFieldMessages } from '@renshe/shared/training/messages'
import { fail } from '../../platform/problem'

/** A rule of the training flow said no: a conflict whose key gives the reader the reason in her language. */
export function refuse(key: keyof typeof trainingFieldMessages, detail: string, path = 'params.id') {
  return fail('conflict', { detail, errors: [{ path, key }] })
}
