import { describe, expect, it } from 'vitest'
import { lastClaimDay, subsidyRefusal, type SubsidyHad } from './subsidy-rules'

const claim = { occupationCode: '4-03-02-02', level: 4, certificateIssuedOn: '2026-03-31' }
const had = (occupationCode: string, level: number, appliedOn: string): SubsidyHad => ({ occupationCode, level, appliedOn })

describe('training subsidy rules (Zhejiang)', () => {
  it('lets a first subsidy be applied for within 12 months, the anniversary being the last day', () => {
    expect(lastClaimDay('2026-03-31')).toBe('2027-03-31')
    expect(lastClaimDay('2024-02-29')).toBe('2025-02-28')
    expect(subsidyRefusal(claim, [], '2026-11-29')).toBeNull()
    expect(subsidyRefusal(claim, [], '2027-03-31')).toBeNull()
    expect(subsidyRefusal(claim, [], '2027-04-01')).toBe('claim_window_passed')
  })

  it('refuses the same occupation and level twice, whenever the first was', () => {
    expect(subsidyRefusal(claim, [had('4-03-02-02', 4, '2024-05-01')], '2026-11-29')).toBe('same_level_twice')
  })

  it('refuses a lower level after a higher one of the same occupation, not of another', () => {
    expect(subsidyRefusal(claim, [had('4-03-02-02', 3, '2025-05-01')], '2026-11-29')).toBe('lower_after_higher')
    expect(subsidyRefusal(claim, [had('4-03-02-02', 5, '2025-05-01')], '2026-11-29')).toBeNull()
    expect(subsidyRefusal(claim, [had('6-18-01-01', 3, '2026-05-01')], '2026-11-29')).toBeNull()
  })

  it('counts at most three in a calendar year, those of other years not', () => {
    const three = [had('6-18-01-01', 5, '2026-01-10'), had('6-18-01-02', 5, '2026-04-10'), had('6-18-01-03', 5, '2026-09-10')]
    expect(subsidyRefusal(claim, three, '2026-11-29')).toBe('yearly_limit')
    expect(subsidyRefusal(claim, three.slice(0, 2), '2026-11-29')).toBeNull()
    expect(subsidyRefusal({ ...claim, certificateIssuedOn: '2026-12-01' }, three, '2027-01-02')).toBeNull()
  })
})
