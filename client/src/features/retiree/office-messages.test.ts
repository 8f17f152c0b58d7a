import { expect, test } from 'vitest'
import { Overpayment, VisitChecklist } from '@renshe/shared/retiree/schemas'
import { officeMessages } from './office-messages'

// The client's catalogue test finds files named messages.ts; this one is checked the same way here.
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()

test('every office text exists in Chinese and English, with the same placeholders', () => {
  const zh: Record<string, string> = officeMessages['zh-CN']
  const en: Record<string, string> = officeMessages.en
  expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort())
  for (const key of Object.keys(zh)) {
    expect(zh[key]?.trim(), `zh-CN ${key}`).toBeTruthy()
    expect(en[key]?.trim(), `en ${key}`).toBeTruthy()
    expect(placeholders(en[key] ?? ''), `placeholders of ${key}`).toEqual(placeholders(zh[key] ?? ''))
  }
})

test('every checklist item and overpayment status has its words', () => {
  const zh: Record<string, string> = officeMessages['zh-CN']
  for (const check of VisitChecklist.keyof().options) expect(zh[`reviews.check.${check}`], check).toBeTruthy()
  for (const status of Overpayment.shape.status.options) expect(zh[`overpayments.status.${status}`], status).toBeTruthy()
})
