import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict.js'
import { occupationName } from '@renshe/shared/jobs/occupations'

/*
 * The words a post is found by and the words a search asks for, cut by one segmenter with one
 * dictionary on every instance, so a word written on one instance is found from any other
 * (decision 053). The dictionary is jieba's own with no hidden-Markov guessing: the same text
 * always gives the same words, whatever surrounds it.
 */

/**
 * Words of flexible work that jieba's general dictionary cuts into single characters (月嫂 into
 * 月 and 嫂): kept whole, so a search for one does not need each of its characters.
 */
const jobWords = ['日结', '周结', '月结', '月嫂', '普工', '叉车工', '钟点工', '小时工', '育婴员', '外卖员', '快递员', '保洁员', '家政工', '理货员']

/** Words that say nothing about a job; a search for them alone finds nothing. */
const stopWords = new Set(['的', '了', '和', '与', '及', '或', '在', '是', '有', '等', '招', '招聘', '急招', '求职', 'the', 'a', 'an', 'and', 'or', 'of', 'in', 'for', 'to'])

/**
 * Wenzhou's counties by their names in both languages, as the client's labels write them, so
 * "鹿城区 家政" and "Lucheng" find the posts of Lucheng.
 */
const regionNames: Readonly<Record<string, readonly string[]>> = {
  '330302': ['鹿城区', 'Lucheng'],
  '330303': ['龙湾区', 'Longwan'],
  '330304': ['瓯海区', 'Ouhai'],
  '330305': ['洞头区', 'Dongtou'],
  '330324': ['永嘉县', 'Yongjia'],
  '330326': ['平阳县', 'Pingyang'],
  '330327': ['苍南县', 'Cangnan'],
  '330328': ['文成县', 'Wencheng'],
  '330329': ['泰顺县', 'Taishun'],
  '330381': ['瑞安市', 'Ruian'],
  '330382': ['乐清市', 'Yueqing'],
  '330383': ['龙港市', 'Longgang'],
}

/** The longest word kept: a longer run of letters is junk, not a word anyone searches for. */
const longestTerm = 32
/** The most words a search asks for: more make it slower and hardly ever find anything. */
export const mostQueryTerms = 6

/**
 * Loaded once as the process starts (about 0.2 s, reading jieba's 5 MB dictionary), not on the
 * first request that writes or searches a post.
 */
const segmenter = Jieba.withDict(dict)
segmenter.loadDict(Buffer.from(jobWords.map((word) => `${word} 10000 n`).join('\n')))
const jieba = () => segmenter

/** Full-width letters and digits as half-width ones, Latin letters in lower case. */
const normal = (text: string) => text.normalize('NFKC').toLowerCase()

/** A word worth keeping: it holds a letter or a digit, is not a stop word, and is not too long. */
function kept(words: readonly string[]): string[] {
  return words.map((word) => word.trim()).filter((word) => /[\p{L}\p{N}]/u.test(word) && !stopWords.has(word) && word.length <= longestTerm)
}

/**
 * The words a text is found by: every word of the text and, inside a longer word, the shorter
 * words of the dictionary it holds (电焊工 is found by 电焊 and 焊工 too).
 */
export function termsOf(text: string): string[] {
  return [...new Set(kept(jieba().cutForSearch(normal(text), false)))]
}

/** The words a search asks for, each a post must hold, in the order typed; at most `mostQueryTerms`. */
export function queryTerms(query: string): string[] {
  return [...new Set(kept(jieba().cut(normal(query), false)))].slice(0, mostQueryTerms)
}

export interface SearchablePost {
  readonly title: string
  readonly occupation: string
  readonly community: string
  readonly regionCode: string
  readonly description: string
}

/** How telling a field is: a word of the title counts for more than one of the description. */
const weights = { title: 3, occupation: 2, place: 1, description: 1 } as const

/** Each word of a post with the weight of the most telling field it is found in. */
export function postTerms(post: SearchablePost): Map<string, number> {
  const fields: [string, number][] = [
    [post.title, weights.title],
    [occupationName(post.occupation) ?? '', weights.occupation],
    [[post.community, ...(regionNames[post.regionCode] ?? [])].join(' '), weights.place],
    [post.description, weights.description],
  ]
  const terms = new Map<string, number>()
  for (const [text, weight] of fields) {
    for (const term of termsOf(text)) terms.set(term, Math.max(weight, terms.get(term) ?? 0))
  }
  return terms
}
