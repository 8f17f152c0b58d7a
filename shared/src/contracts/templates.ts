import { yuanText } from '../jobs/match-messages'
import type { Clause, ContractKind, ContractTerms, HoursSystem, WageBasis } from './schemas'

/*
 * The text of each template, filled from the terms (decision 073): the page shows exactly what the
 * PDF prints, so what the worker read is what she signed. The Chinese text is the contract; the
 * English one is a translation for reading, which the page says.
 */

export interface ContractParties {
  readonly employerName: string
  readonly employerCreditCode: string
  readonly workerName: string
  /**
   * The worker's ID number as this copy shows it: masked on the page, whole in the signed PDF, which
   * the law requires to state it (劳动合同法 art. 17) and which only the two parties download.
   */
  readonly workerIdNumber: string
}

const titles: Record<ContractKind, { zh: string; en: string }> = {
  fixed_term: { zh: '固定期限劳动合同', en: 'Fixed-term labour contract' },
  open_ended: { zh: '无固定期限劳动合同', en: 'Open-ended labour contract' },
  per_task: { zh: '以完成一定工作任务为期限的劳动合同', en: 'Labour contract for the completion of a task' },
  part_time: { zh: '非全日制用工协议', en: 'Part-time employment agreement' },
  platform_agreement: { zh: '新就业形态劳动者书面协议', en: 'Written agreement with a platform worker' },
}

export function contractTitle(kind: ContractKind, language: 'zh' | 'en' = 'zh'): string {
  return titles[kind][language]
}

const hours: Record<HoursSystem, { zh: string; en: string }> = {
  standard: { zh: '标准工时制度（每日不超过 8 小时，每周不超过 40 小时）', en: 'standard hours (at most 8 hours a day and 40 a week)' },
  comprehensive: { zh: '经人力资源社会保障部门批准的综合计算工时工作制', en: 'hours averaged over a period, as approved by the human-resources office' },
  flexible: { zh: '经人力资源社会保障部门批准的不定时工作制', en: 'flexible hours, as approved by the human-resources office' },
}

const per: Record<WageBasis, { zh: string; en: string }> = {
  monthly: { zh: '每月', en: 'a month' },
  hourly: { zh: '每小时', en: 'an hour' },
  piece: { zh: '每件（计件）', en: 'a piece' },
}

const date = (value: string, language: 'zh' | 'en') => {
  if (language === 'en') return value
  const [y, m, d] = value.split('-')
  return `${y}年${Number(m)}月${Number(d)}日`
}

/** The whole text, clause by clause, in Chinese (`zh`, the contract) or English (a translation). */
export function contractClauses(kind: ContractKind, terms: ContractTerms, parties: ContractParties, language: 'zh' | 'en' = 'zh'): Clause[] {
  const zh = language === 'zh'
  const d = (value: string) => date(value, language)
  const wage = `${yuanText(terms.wageFen, zh ? 'zh-CN' : 'en')} ${zh ? '元' : 'yuan'}${zh ? per[terms.wageBasis].zh : ` ${per[terms.wageBasis].en}`}`
  const term = (() => {
    switch (kind) {
      case 'fixed_term':
        return zh ? `本合同为固定期限劳动合同，自 ${d(terms.startsOn)} 起至 ${d(terms.endsOn ?? '')} 止。` : `This contract runs for a fixed term, from ${d(terms.startsOn)} to ${d(terms.endsOn ?? '')}.`
      case 'open_ended':
        return zh ? `本合同为无固定期限劳动合同，自 ${d(terms.startsOn)} 起履行。` : `This contract has no fixed term and runs from ${d(terms.startsOn)}.`
      case 'per_task':
        return zh ? `本合同自 ${d(terms.startsOn)} 起，至以下工作任务完成时止：${terms.task}。` : `This contract runs from ${d(terms.startsOn)} until this task is completed: ${terms.task}.`
      case 'part_time':
      case 'platform_agreement': {
        const end = terms.endsOn === null ? '' : zh ? `至 ${d(terms.endsOn)} 止` : ` to ${d(terms.endsOn)}`
        return zh ? `本协议自 ${d(terms.startsOn)} 起${end}履行。` : `This agreement runs from ${d(terms.startsOn)}${end}.`
      }
    }
  })()
  const probation =
    terms.probationMonths > 0
      ? zh
        ? `试用期 ${terms.probationMonths} 个月，包含在合同期限内。试用期工资不低于本合同约定工资的百分之八十，并不低于当地最低工资标准。`
        : `Probation lasts ${terms.probationMonths} month(s), within the term. Pay during probation is at least 80% of the agreed wage and not below the local minimum wage.`
      : zh
        ? '本合同不约定试用期。'
        : 'There is no probation.'
  const partTime = kind === 'part_time'
  const platform = kind === 'platform_agreement'
  const clauses: [string, string][] = zh
    ? [
        ['一、双方', `甲方（用人单位）：${parties.employerName}，统一社会信用代码 ${parties.employerCreditCode}。乙方（劳动者）：${parties.workerName}，公民身份号码 ${parties.workerIdNumber}。`],
        ['二、期限', `${term}${partTime || platform ? '' : probation}`],
        ['三、工作内容和地点', `乙方从事 ${terms.position} 工作，工作地点为 ${terms.workPlace}。`],
        ['四、工作时间和休息休假', partTime ? '乙方在甲方一般平均每日工作时间不超过 4 小时，每周工作时间累计不超过 24 小时。' : `甲方安排乙方执行${hours[terms.hoursSystem].zh}。甲方依法保障乙方的休息休假权利。`],
        [
          '五、劳动报酬',
          partTime
            ? `乙方小时工资为 ${wage}，不低于当地非全日制用工小时最低工资标准。甲方按不超过 15 日的周期支付，每月 ${terms.payDay} 日前结清上一周期工资。`
            : `乙方工资为 ${wage}，甲方于每月 ${terms.payDay} 日前以货币形式足额支付，不得克扣或者无故拖欠。`,
        ],
        [
          '六、社会保险',
          platform
            ? terms.socialInsurance
              ? '甲方为乙方参加职业伤害保障，并按规定缴纳费用。'
              : '甲方应当依法为乙方参加职业伤害保障。'
            : terms.socialInsurance
              ? '甲乙双方依法参加社会保险，甲方按时足额缴纳社会保险费，乙方个人缴纳部分由甲方代扣代缴。'
              : '甲乙双方应当依法参加社会保险。',
        ],
        ['七、劳动保护和劳动条件', '甲方为乙方提供符合国家规定的劳动安全卫生条件和必要的劳动防护用品，对乙方进行安全生产教育。'],
        ['八、其他约定', terms.otherTerms === '' ? '无。' : terms.otherTerms],
        ['九、合同的订立和保存', '本合同以电子形式订立，经甲方授权代表和乙方本人核验身份后电子签名生效，与纸质合同具有同等效力。双方均可随时免费下载，本合同文件在履行完毕后至少保存两年。'],
      ]
    : [
        ['1. Parties', `Party A (employer): ${parties.employerName}, unified social credit code ${parties.employerCreditCode}. Party B (worker): ${parties.workerName}, ID number ${parties.workerIdNumber}.`],
        ['2. Term', `${term}${partTime || platform ? '' : ` ${probation}`}`],
        ['3. Work and place', `Party B works as ${terms.position} at ${terms.workPlace}.`],
        ['4. Working time and rest', partTime ? 'Party B works on average no more than 4 hours a day and 24 hours a week for Party A.' : `Party A applies ${hours[terms.hoursSystem].en}. Party A respects Party B’s rest and leave as the law provides.`],
        [
          '5. Pay',
          partTime
            ? `Party B is paid ${wage}, not below the local hourly minimum for part-time work, at least every 15 days; each period is settled by day ${terms.payDay} of the month.`
            : `Party B is paid ${wage}, in money and in full by day ${terms.payDay} of each month, with no deduction or delay without cause.`,
        ],
        [
          '6. Social insurance',
          platform
            ? terms.socialInsurance
              ? 'Party A insures Party B against occupational injury and pays its contributions.'
              : 'Party A must insure Party B against occupational injury as the rules require.'
            : terms.socialInsurance
              ? 'Both parties join social insurance as the law requires; Party A pays the contributions on time and withholds Party B’s part.'
              : 'Both parties must join social insurance as the law requires.',
        ],
        ['7. Safety and conditions', 'Party A provides working conditions and protective equipment that meet national rules, and trains Party B in work safety.'],
        ['8. Other terms', terms.otherTerms === '' ? 'None.' : terms.otherTerms],
        ['9. Signing and keeping', 'This contract is made electronically. It takes effect when Party A’s authorised person and Party B have each passed an identity check and signed, and has the same force as a paper contract. Both may download it free at any time; it is kept at least two years after it ends.'],
      ]
  return clauses.map(([heading, text]) => ({ heading, text }))
}
