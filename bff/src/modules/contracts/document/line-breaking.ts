/*
 * Breaking Chinese text into lines by measured width. Han characters may break anywhere; a run of
 * Latin letters and digits (a sum, a date, a code) stays whole unless it is wider than a line by
 * itself. The usual rules of Chinese print (标点符号用法, GB/T 15834): closing punctuation never
 * begins a line and opening punctuation never ends one — each is kept with the character it
 * belongs to, and the pair moves to the next line together. Spaces at a break are dropped.
 */

/** Closing marks: never first on a line. */
const closing = new Set([...'，。、；：？！）》」』】〕〉”’…—·%‰℃°,.;:?!)]}>～'])
/** Opening marks: never last on a line. */
const opening = new Set([...'（《「『【〔〈“‘([{<¥$£€'])

/** Characters that hold together as one word: Latin letters, digits and what joins them. */
const wordCharacter = /[\p{Script=Latin}\p{Nd}@#&*+=/\\_'-]/u
/** Inside a word only: 5,000.00 and 10:30 stay whole. */
const innerJoiner = /[.,:]/

export type Measure = (text: string) => number

/** A piece no break may fall inside. */
interface Unit {
  text: string
  /** A space follows: a break here drops it. */
  spaceAfter: boolean
}

function pieces(paragraph: string): Unit[] {
  const found: Unit[] = []
  const characters = Array.from(paragraph)
  let index = 0
  while (index < characters.length) {
    const character = characters[index] ?? ''
    index += 1
    if (/\s/u.test(character)) {
      const last = found.at(-1)
      if (last) last.spaceAfter = true
      continue
    }
    let text = character
    if (wordCharacter.test(character)) {
      for (;;) {
        const next = characters[index] ?? ''
        const afterNext = characters[index + 1] ?? ''
        if (wordCharacter.test(next)) text += next
        else if (innerJoiner.test(next) && wordCharacter.test(afterNext)) text += next
        else break
        index += 1
      }
    }
    found.push({ text, spaceAfter: false })
  }
  return found
}

const single = (unit: Unit, marks: Set<string>) => Array.from(unit.text).length === 1 && marks.has(unit.text)

/** Opening marks join what follows them, closing marks what precedes them. */
function units(paragraph: string): Unit[] {
  const joined: Unit[] = []
  let pendingOpening = ''
  for (const piece of pieces(paragraph)) {
    const previous = joined.at(-1)
    if (single(piece, opening)) {
      pendingOpening += piece.text + (piece.spaceAfter ? ' ' : '')
      continue
    }
    if (single(piece, closing) && pendingOpening === '' && previous) {
      previous.text += (previous.spaceAfter ? ' ' : '') + piece.text
      previous.spaceAfter = piece.spaceAfter
      continue
    }
    joined.push({ text: pendingOpening + piece.text, spaceAfter: piece.spaceAfter })
    pendingOpening = ''
  }
  if (pendingOpening !== '') joined.push({ text: pendingOpening.trimEnd(), spaceAfter: false })
  return joined
}

/** The longest start of `text` that fits, at least one character. */
function longestFittingStart(text: string, width: number, measure: Measure): string {
  const characters = Array.from(text)
  let fitting = characters[0] ?? ''
  for (let count = 2; count <= characters.length; count += 1) {
    const start = characters.slice(0, count).join('')
    if (measure(start) > width) break
    fitting = start
  }
  return fitting
}

/**
 * The lines of one paragraph, each at most `width` wide (unless one character alone is wider),
 * as full as the rules allow. `firstIndent` narrows the first line (the two-character indent of a
 * Chinese paragraph).
 *
 * Units are measured once each and a line's width is taken as their sum; the finished line is then
 * measured whole, since a font's shaping may make a run differ a little from its pieces, and its
 * last unit moves on if the whole is too wide.
 */
export function breakLines(paragraph: string, width: number, measure: Measure, firstIndent = 0): string[] {
  const lines: string[] = []
  const available = () => (lines.length === 0 ? width - firstIndent : width)
  const space = measure(' ')
  let line: Unit[] = []
  let lineWidth = 0
  const textOf = (parts: readonly Unit[]) => parts.map((part, index) => (index > 0 && parts[index - 1]?.spaceAfter ? ' ' : '') + part.text).join('')

  const finish = () => {
    // The sum of the pieces said it fits; the whole line has the last word.
    const carried: Unit[] = []
    while (line.length > 1 && measure(textOf(line)) > available()) carried.unshift(line.pop() as Unit)
    lines.push(textOf(line))
    line = []
    lineWidth = 0
    for (const unit of carried) place(unit)
  }

  const place = (unit: Unit): void => {
    const unitWidth = measure(unit.text)
    const joiner = line.length > 0 && line.at(-1)?.spaceAfter ? space : 0
    if (line.length > 0 && lineWidth + joiner + unitWidth <= available()) {
      line.push(unit)
      lineWidth += joiner + unitWidth
      return
    }
    if (line.length > 0) finish()
    if (unitWidth <= available()) {
      line.push(unit)
      lineWidth = unitWidth
      return
    }
    // Wider than a whole line: cut it, as late as each line allows.
    let rest = unit.text
    while (measure(rest) > available()) {
      const start = longestFittingStart(rest, available(), measure)
      lines.push(start)
      rest = rest.slice(start.length)
    }
    line = [{ text: rest, spaceAfter: unit.spaceAfter }]
    lineWidth = measure(rest)
  }

  for (const unit of units(paragraph)) place(unit)
  if (line.length > 0) finish()
  if (lines.length === 0) lines.push('')
  return lines
}

export const lineBreakingRules = { closing, opening }
