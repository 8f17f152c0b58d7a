import { BenefitCategory, categoryRules, type BenefitFacts } from '@renshe/shared/card/benefits'
import { ageOn, birthDateOfIdNumber } from '@renshe/shared/identity/id-number'
import { chinaDate } from '@renshe/shared/platform/china-time'
import type { Sealer } from '../../platform/crypto'
import { ruleHolds } from '../../platform/rules'

/**
 * What the category rules see of a holder now: her age on today's date in China, from the birth
 * date in her ID number (opened here, used for nothing else and never kept), and whether her
 * card records a certified disability.
 */
export function holderFacts(sealer: Pick<Sealer, 'open'>, idNumberEnc: string, disabilityCertified: boolean, now: Date): BenefitFacts {
  const idNumber = sealer.open(idNumberEnc)
  return { age: ageOn(birthDateOfIdNumber(idNumber), chinaDate(now)), disabilityCertified }
}

/** Her categories by the rules (decision 066), in the order the rules are listed. */
export function categoriesOf(facts: BenefitFacts): BenefitCategory[] {
  return BenefitCategory.options.filter((category) => ruleHolds(categoryRules[category], facts))
}
