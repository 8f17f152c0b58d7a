import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { breakLines, lineBreakingRules, type Measure } from './line-breaking'

// A typesetter's font in miniature: Han characters and fullwidth marks one em, Latin half an em.
const em = 10
const measure: Measure = (text) => Array.from(text).reduce((width, character) => width + (/[\u0020-\u007e]/.test(character) ? em / 2 : em), 0)
const { closing, opening } = lineBreakingRules

describe('breaking Chinese text into lines', () => {
  test('a paragraph fills each line to the width, Han characters breaking anywhere', () => {
    expect(breakLines('甲方根据工作需要安排乙方从事保洁岗位工作', 8 * em, measure)).toEqual(['甲方根据工作需要', '安排乙方从事保洁', '岗位工作'])
  })

  test('the first line is shorter by the paragraph indent', () => {
    expect(breakLines('甲方根据工作需要安排乙方从事保洁岗位工作', 8 * em, measure, 2 * em)).toEqual(['甲方根据工作', '需要安排乙方从事', '保洁岗位工作'])
  })

  test('a closing mark never begins a line: it takes the character before it along', () => {
    const lines = breakLines('甲方支付工资，乙方提供劳动。', 6 * em, measure)
    expect(lines).toEqual(['甲方支付工', '资，乙方提供', '劳动。'])
    expect(lines.every((line) => !closing.has(line[0] ?? ''))).toBe(true)
  })

  test('an opening mark never ends a line: it goes on with what it opens', () => {
    const lines = breakLines('依照劳动法《中华人民共和国劳动合同法》办理', 6 * em, measure)
    expect(lines.every((line) => !opening.has(line.at(-1) ?? ''))).toBe(true)
    expect(lines[0]).toBe('依照劳动法')
    expect(lines[1]?.startsWith('《')).toBe(true)
  })

  test('a sum, a date or a code stays whole on one line', () => {
    const lines = breakLines('乙方月工资为人民币 4,800.00 元，于每月 15 日支付', 12 * em, measure)
    expect(lines.join('\n')).toContain('4,800.00')
    expect(lines.some((line) => line.includes('4,800.00'))).toBe(true)
    expect(breakLines('合同编号 HT-330302-2026-000123 已记录', 16 * em, measure).some((line) => line.includes('HT-330302-2026-000123'))).toBe(true)
  })

  test('a word wider than the whole line is cut where the line ends', () => {
    const lines = breakLines('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 4 * em, measure)
    expect(lines).toEqual(['ABCDEFGH', 'IJKLMNOP', 'QRSTUVWX', 'YZ'])
  })

  test('spaces at a break are dropped, spaces inside a line kept', () => {
    expect(breakLines('自 2026年12月1日 起至 2029年11月30日 止', 12 * em, measure)).toEqual(['自 2026年12月1日 起至', '2029年11月30日 止'])
  })

  test('an empty paragraph is one empty line', () => {
    expect(breakLines('', 10 * em, measure)).toEqual([''])
  })
})

// Text as contracts have it: Han characters, fullwidth and ASCII punctuation, words and numbers, spaces.
const han = fc.constantFrom(...Array.from('劳动合同甲方乙方工资保险社会岗位期限试用'))
const mark = fc.constantFrom(...Array.from('，。、；：？！）》」”（《「“'))
const word = fc.oneof(fc.stringMatching(/^[A-Za-z0-9]{1,12}$/), fc.constantFrom('4,800.00', '10:30', '2026-11-29'))
const space = fc.constantFrom(' ', '  ')
const pieces = fc.oneof({ weight: 6, arbitrary: han }, { weight: 2, arbitrary: mark }, { weight: 2, arbitrary: word }, { weight: 1, arbitrary: space })
const paragraphs = fc.array(pieces, { minLength: 0, maxLength: 120 }).map((parts) => parts.join(''))
/**
 * Text whose marks never stand side by side and whose words are kept apart by a space: every
 * piece then fits a line of ten ems (two words together would make one longer word).
 */
const spacedMarks = fc
  .array(fc.tuple(fc.array(fc.oneof({ weight: 6, arbitrary: han }, { weight: 2, arbitrary: word.map((text) => `${text} `) }, { weight: 1, arbitrary: space }), { minLength: 1, maxLength: 6 }), fc.option(mark)), { maxLength: 40 })
  .map((runs) => runs.map(([run, closer]) => run.join('') + (closer ?? '')).join(''))
const widths = fc.integer({ min: 3, max: 40 }).map((ems) => ems * em)

describe('breaking lines, for any text and width', () => {
  test('no character is lost, added or moved: only spaces at a break go', () => {
    fc.assert(
      fc.property(paragraphs, widths, (paragraph, width) => {
        const squeeze = (text: string) => text.replace(/\s+/g, '')
        expect(squeeze(breakLines(paragraph, width, measure).join(''))).toBe(squeeze(paragraph))
      }),
    )
  })

  test('each line fits the width', () => {
    fc.assert(
      fc.property(paragraphs, widths, fc.integer({ min: 0, max: 2 }), (paragraph, width, indentEms) => {
        breakLines(paragraph, width, measure, indentEms * em).forEach((line, index) => {
          expect(measure(line)).toBeLessThanOrEqual(index === 0 ? width - indentEms * em : width)
        })
      }),
    )
  })

  test('no line after the first begins with a closing mark, and none but the last ends with an opening one', () => {
    // Where no piece is wider than a line, the rules never give way (a wider one is cut anywhere).
    fc.assert(
      fc.property(
        spacedMarks,
        fc.integer({ min: 10, max: 24 }).map((ems) => ems * em),
        (paragraph, width) => {
          const lines = breakLines(paragraph, width, measure)
          lines.forEach((line, index) => {
            if (index > 0) expect(closing.has(line[0] ?? '')).toBe(false)
            if (index < lines.length - 1) expect(opening.has(line.at(-1) ?? '')).toBe(false)
          })
        },
      ),
    )
  })

  test('lines are as full as the rules allow: what begins the next line would not have fitted', () => {
    /** The piece a break may not fall inside: opening marks, a word or one character, closing marks. */
    const firstPiece = (line: string) => {
      const characters = Array.from(line)
      let at = 0
      const skipSpaces = () => {
        while (/\s/.test(characters[at] ?? 'x')) at += 1
      }
      while (opening.has(characters[at] ?? '')) {
        at += 1
        skipSpaces()
      }
      if (/[A-Za-z0-9]/.test(characters[at] ?? '')) {
        while (/[A-Za-z0-9-]/.test(characters[at] ?? '') || (/[.,:]/.test(characters[at] ?? '') && /[A-Za-z0-9]/.test(characters[at + 1] ?? ''))) at += 1
      } else {
        at += 1
      }
      for (;;) {
        const from = at
        skipSpaces()
        if (!closing.has(characters[at] ?? '')) {
          at = from
          break
        }
        at += 1
      }
      return characters.slice(0, at).join('')
    }
    fc.assert(
      fc.property(paragraphs, widths, (paragraph, width) => {
        const lines = breakLines(paragraph, width, measure)
        lines.slice(0, -1).forEach((line, index) => {
          // A dropped space may have stood between them: half an em of doubt.
          expect(measure(`${line}${firstPiece(lines[index + 1] ?? '')}`) + em / 2).toBeGreaterThan(width)
        })
      }),
    )
  })
})
