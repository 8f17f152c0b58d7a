import { expect, test } from 'vitest'
import { whereOf } from './site-where'

test("a site's district is named once, whether or not its address begins with it", () => {
  expect(whereOf('鹿城区', '鹿城区江滨西路 88 号')).toBe('鹿城区江滨西路 88 号')
  expect(whereOf('鹿城区', '江滨西路 88 号')).toBe('鹿城区 · 江滨西路 88 号')
  expect(whereOf('Lucheng District', '鹿城区江滨西路 88 号')).toBe('Lucheng District · 鹿城区江滨西路 88 号')
  expect(whereOf('鹿城区', null)).toBe('鹿城区')
  expect(whereOf('鹿城区', '')).toBe('鹿城区')
})
