import { expect, test } from 'vitest'
import { postTerms, queryTerms, termsOf } from './post-search-terms'

/** Whether a post of this text is found by this search: it holds every word searched for. */
const finds = (query: string, text: string) => {
  const terms = new Set(termsOf(text))
  const asked = queryTerms(query)
  return asked.length > 0 && asked.every((term) => terms.has(term))
}

test('what seekers type finds the posts that say it, however the post words it', () => {
  const found: [string, string][] = [
    ['保洁', '招聘保洁阿姨，写字楼公共区域清洁'],
    ['保洁', '保洁员（日结）'],
    ['日结保洁', '保洁员，日结，当天结算'],
    ['电焊工', '招电焊工人若干，有焊工证优先'],
    ['电焊', '电焊工'],
    ['外卖骑手', '外卖配送骑手，多劳多得'],
    ['骑手', '外卖骑手'],
    ['鹿城区 家政', '家政服务员 鹿城区五马街道'],
    ['叉车 司机', '仓库叉车司机'],
    ['月嫂', '金牌月嫂，住家'],
    ['普工', '电子厂普工，包吃住'],
    ['Forklift', 'Forklift driver wanted, 叉车'],
    ['forklift DRIVER', 'Forklift driver wanted'],
    ['ＰＯＳ', '会用POS机'],
  ]
  for (const [query, text] of found) expect(finds(query, text), `${query} in ${text}`).toBe(true)
})

test('a post that lacks any word searched for is not found', () => {
  const missed: [string, string][] = [
    ['保洁', '电焊工，有证'],
    ['日结保洁', '保洁员，月结'],
    ['鹿城区 家政', '家政服务员 瓯海区'],
    ['叉车 司机', '仓库叉车工'],
    ['driver', 'Forklift operator'],
  ]
  for (const [query, text] of missed) expect(finds(query, text), `${query} in ${text}`).toBe(false)
})

test('a search is cut into words the same way every time, with no filler words, and no more than six', () => {
  expect(queryTerms('日结保洁')).toEqual(['日结', '保洁'])
  expect(queryTerms('  招聘 的 保洁  ')).toEqual(['保洁'])
  expect(queryTerms('外卖骑手')).toEqual(queryTerms('外卖骑手'))
  expect(queryTerms('保洁 保洁 保洁')).toEqual(['保洁'])
  expect(queryTerms('电工 焊工 木工 瓦工 厨师 保安 司机 保洁')).toHaveLength(6)
})

test('what holds no word (symbols, SQL wildcards and quotes, emoji) asks for nothing', () => {
  for (const junk of ['%', '_', "'", '%%__', "' --", '😀😀', '，。！', '   ']) expect(queryTerms(junk), junk).toEqual([])
  // Letters next to the symbols are still words; the symbols are never part of one.
  expect(queryTerms("保洁%' or 1=1 --")).toEqual(['保洁', '1'])
})

test('a post is found by its title, occupation, place and description, the title weighing most', () => {
  const terms = postTerms({ title: '日结保洁', occupation: '4-10-01-05', community: '五马街道', regionCode: '330302', description: '负责楼道清洁，保洁经验优先' })
  expect(terms.get('保洁')).toBe(3)
  expect(terms.get('日结')).toBe(3)
  expect(terms.get('五马')).toBe(1)
  expect(terms.get('鹿城区')).toBe(1)
  expect(terms.get('lucheng')).toBe(1)
  expect(terms.get('清洁')).toBe(1)
  expect([...terms.keys()].every((term) => /[\p{L}\p{N}]/u.test(term))).toBe(true)
})
