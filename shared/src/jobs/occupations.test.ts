import { expect, test } from 'vitest'
import {
  majorGroups,
  middleGroups,
  occupationCodeFormat,
  occupations,
  OccupationCode,
  isOccupationCode,
  majorGroupOf,
  middleGroupOf,
  middleGroupsOf,
  occupationName,
  occupationsIn,
  searchOccupations,
} from './occupations'

test('every occupation code is written like 4-10-01-05 and appears once', () => {
  for (const [code] of occupations) expect(code).toMatch(occupationCodeFormat)
  const codes = occupations.map(([code]) => code)
  expect(new Set(codes).size).toBe(codes.length)
  expect(codes.length).toBeGreaterThanOrEqual(300)
})

test('every occupation has a Chinese name without the edition marks for green and digital work', () => {
  for (const [, name] of occupations) expect(name).toMatch(/^[\p{Script=Han}、（）]+$/u)
})

test('every occupation sits under a middle group and a major group of the classification', () => {
  for (const [code] of occupations) {
    expect(middleGroupOf(code), code).toBeDefined()
    expect(majorGroupOf(code), code).toBeDefined()
  }
  const middleCodes = middleGroups.map(([code]) => code)
  expect(new Set(middleCodes).size).toBe(middleCodes.length)
  for (const code of middleCodes) {
    expect(code).toMatch(/^\d-\d{2}$/)
    expect(majorGroupOf(code), code).toBeDefined()
    expect(occupationsIn(code).length, code).toBeGreaterThan(0)
  }
})

test('the eight major groups are those of the 2022 edition', () => {
  expect(majorGroups.map((group) => [group.code, group.name])).toEqual([
    ['1', '党的机关、国家机关、群众团体和社会组织、企事业单位负责人'],
    ['2', '专业技术人员'],
    ['3', '办事人员和有关人员'],
    ['4', '社会生产服务和生活服务人员'],
    ['5', '农、林、牧、渔业生产及辅助人员'],
    ['6', '生产制造及有关人员'],
    ['7', '军队人员'],
    ['8', '不便分类的其他从业人员'],
  ])
})

test('occupations a gig worker names resolve to their official names', () => {
  expect(occupationName('4-10-01-05')).toBe('养老护理员')
  expect(occupationName('4-10-01-06')).toBe('家政服务员')
  expect(occupationName('4-10-08-01')).toBe('网约配送员')
  expect(occupationName('4-02-07-08')).toBe('快递员')
  expect(occupationName('4-03-02-01')).toBe('中式烹调师')
  expect(occupationName('4-07-05-01')).toBe('保安员')
  expect(occupationName('4-09-08-01')).toBe('保洁员')
  expect(occupationName('6-29-01-04')).toBe('钢筋工')
  expect(occupationName('6-18-02-04')).toBe('焊工')
  expect(occupationName('5-05-05-01')).toBe('农机驾驶操作员')
  expect(occupationName('2-02-10-03')).toBeUndefined()
})

test('an occupation knows its place in the hierarchy', () => {
  expect(majorGroupOf('4-10-01-06')?.name).toBe('社会生产服务和生活服务人员')
  expect(majorGroupOf('6-29')?.code).toBe('6')
  expect(middleGroupOf('4-10-01-06')).toEqual({ code: '4-10', name: '居民服务人员' })
  expect(middleGroupsOf('6').map((group) => group.code)).toContain('6-29')
  expect(occupationsIn('6-29').map((occupation) => occupation.name)).toContain('砌筑工')
})

test('codes that are not of the hierarchy have no group', () => {
  expect(majorGroupOf('9-01-01-01')).toBeUndefined()
  expect(majorGroupOf('40-1')).toBeUndefined()
  expect(middleGroupOf('2-02-10-03')).toBeUndefined()
  expect(middleGroupOf('4101')).toBeUndefined()
})

test('searching by a few Chinese characters finds the occupation, the exact name first', () => {
  expect(searchOccupations('家政')).toEqual([{ code: '4-10-01-06', name: '家政服务员' }])
  const carers = searchOccupations('护理员')
  expect(carers.map((occupation) => occupation.name)).toEqual(expect.arrayContaining(['养老护理员', '医疗护理员', '孤残儿童护理员']))
  expect(searchOccupations('快递员')[0]).toEqual({ code: '4-02-07-08', name: '快递员' })
  expect(searchOccupations('工', 5)).toHaveLength(5)
})

test('searching by a code prefix lists the occupations under it; blank or unknown words find nothing', () => {
  expect(searchOccupations('4-10-01').map((occupation) => occupation.code)).toContain('4-10-01-05')
  expect(searchOccupations('  ')).toEqual([])
  expect(searchOccupations('宇航员')).toEqual([])
})

test('the schema accepts a listed code and refuses a malformed or unlisted one', () => {
  expect(OccupationCode.parse('4-10-01-05')).toBe('4-10-01-05')
  expect(isOccupationCode('4-10-01-05')).toBe(true)
  for (const code of ['41001-05', '4-10-1-05', '4-10-01-05 ', '']) {
    expect(OccupationCode.safeParse(code).error?.issues.map((issue) => issue.message)).toEqual(['occupation.format'])
  }
  expect(OccupationCode.safeParse('4-10-01-99').error?.issues.map((issue) => issue.message)).toEqual(['occupation.unknown'])
  expect(OccupationCode.safeParse('9-99-99-99').success).toBe(false)
})
