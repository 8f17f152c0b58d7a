import { describe, expect, it } from 'vitest'
import { countyBenefitOf, countyBenefits, entitlementOf, type CountyBenefit } from './benefits'

const luchengBus = countyBenefitOf('330302', 'bus') as CountyBenefit
const ouhaiPark = countyBenefitOf('330304', 'park') as CountyBenefit

describe('entitlementOf', () => {
  it("gives Lucheng's bus fare rule tier by tier (the issue's example)", () => {
    const lucheng = (categories: string[]) => entitlementOf(luchengBus, { categories, homeRegionCode: '330302' }, false)
    expect(lucheng([])).toEqual({ entitled: true, payPercent: 95, because: 'everyone' })
    expect(lucheng(['student'])).toEqual({ entitled: true, payPercent: 80, because: 'student' })
    expect(lucheng(['senior60'])).toEqual({ entitled: true, payPercent: 50, because: 'senior60' })
    expect(lucheng(['senior70'])).toEqual({ entitled: true, payPercent: 0, because: 'senior70' })
    expect(lucheng(['disabled'])).toEqual({ entitled: true, payPercent: 0, because: 'disabled' })
  })

  it('takes the tier that costs least, the first listed of equals', () => {
    expect(entitlementOf(luchengBus, { categories: ['senior70', 'disabled'], homeRegionCode: '330302' }, false)).toEqual({ entitled: true, payPercent: 0, because: 'senior70' })
    expect(entitlementOf(luchengBus, { categories: ['senior60', 'disabled'], homeRegionCode: '330302' }, false)).toMatchObject({ payPercent: 0, because: 'disabled' })
  })

  it("keeps a county's benefit for its own holders until it is opened to the city", () => {
    const lucheng70 = { categories: ['senior70'], homeRegionCode: '330302' }
    expect(entitlementOf(ouhaiPark, lucheng70, false)).toEqual({ entitled: false, reason: 'not_open' })
    expect(entitlementOf(ouhaiPark, lucheng70, true)).toEqual({ entitled: true, payPercent: 0, because: 'senior70' })
    expect(entitlementOf(ouhaiPark, { categories: ['senior70'], homeRegionCode: '330304' }, false)).toMatchObject({ entitled: true })
  })

  it('opens to the same city only: a holder from another city gets nothing by it', () => {
    expect(entitlementOf(ouhaiPark, { categories: ['senior70'], homeRegionCode: '330106' }, true)).toEqual({ entitled: false, reason: 'not_open' })
  })

  it('finds no tier for a holder none is for, rather than a full-price admission', () => {
    expect(entitlementOf(ouhaiPark, { categories: [], homeRegionCode: '330304' }, true)).toEqual({ entitled: false, reason: 'no_tier' })
  })

  it('ignores a category it does not know', () => {
    expect(entitlementOf(ouhaiPark, { categories: ['vip'], homeRegionCode: '330304' }, true)).toEqual({ entitled: false, reason: 'no_tier' })
  })

  it('holds at most one benefit per county and kind', () => {
    const keys = countyBenefits.map((benefit) => `${benefit.regionCode}.${benefit.kind}`)
    expect(new Set(keys).size).toBe(keys.length)
  })
})
