/// <reference types="vite/client" />
import { expect, test } from 'vitest'
import { MessageTemplate } from '@renshe/shared/inbox/schemas'
import { Role, ProxyScope } from '@renshe/shared/identity/roles'
import { InsuranceType, CertificatePurpose } from '@renshe/shared/records/schemas'
import { inboxMessages } from '../../pages/inbox/messages'
import { domainLabels } from '../../ui/domain-labels'
import type { Catalog } from './translate'

// Every catalogue of the client: each module's messages (messages.ts, venue-messages.ts …), plus the labels.
const modules = import.meta.glob<Record<string, unknown>>(['../../**/*messages.ts', '../../**/*-labels.ts', '../../**/operation-names.ts'], {
  eager: true,
})

function isCatalog(value: unknown): value is Catalog<string> {
  return typeof value === 'object' && value !== null && 'zh-CN' in value && 'en' in value
}

const catalogs = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, Catalog<string>] => isCatalog(entry[1]))
    .map(([name, catalog]) => ({ name: `${file} ${name}`, catalog })),
)

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()

test('the client has catalogues to check', () => {
  expect(catalogs.length).toBeGreaterThanOrEqual(8)
})

test.each(catalogs)('every text of $name exists in Chinese and English, with the same placeholders', ({ catalog }) => {
  const zh = catalog['zh-CN']
  const en = catalog.en
  expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort())
  for (const key of Object.keys(zh)) {
    expect(zh[key]?.trim(), `zh-CN ${key}`).toBeTruthy()
    expect(en[key]?.trim(), `en ${key}`).toBeTruthy()
    expect(placeholders(en[key] ?? ''), `placeholders of ${key}`).toEqual(placeholders(zh[key] ?? ''))
  }
})

test('every inbox message template can be read in both languages', () => {
  for (const template of MessageTemplate.options) {
    expect(Object.hasOwn(inboxMessages['zh-CN'], template), template).toBe(true)
  }
})

test('every role, proxy scope, insurance type and certificate purpose has a name', () => {
  const keys = [
    ...Role.options.map((role) => `role.${role}`),
    ...ProxyScope.options.map((scope) => `scope.${scope}`),
    ...InsuranceType.options.map((type) => `insurance.${type}`),
    ...CertificatePurpose.options.map((purpose) => `purpose.${purpose}`),
  ]
  for (const key of keys) expect(Object.hasOwn(domainLabels['zh-CN'], key), key).toBe(true)
})
