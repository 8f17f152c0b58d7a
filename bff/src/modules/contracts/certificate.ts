import { contractTitle } from '@renshe/shared/contracts/templates'
import { compensationOf, endingGrounds, serviceOf, type EndingGround } from '@renshe/shared/contracts/ending'
import { sha256 } from '../../platform/crypto'
import type { Deps } from '../../platform/deps'
import { newId } from '../../platform/random'
import type { ContractDocument } from './document/document'
import { renderContractPdf } from './document/render'
import { issueTimestamp } from './document/timestamp'
import type { ContractRow } from './repo'
import { storedTimestampOf, type SignedDocument } from './signed-document'
import { partiesOf } from './view'

/*
 * The certificate of ending (劳动合同法 art. 50; 实施条例 art. 24): the contract's term, the day it
 * ended, the position and the years of service with the employer, issued by the employer through
 * the portal. Rendered by the contract's own machinery, so it is as deterministic, sealed and
 * timestamped as the contract, and the public check finds it the same way.
 */

/** The certificate's own number: the contract's, with `-ZM` (证明), so the public check can tell it from the contract. */
export function certificateNumberOf(contractNumber: string): string {
  return `${contractNumber}-ZM`
}

const zhDate = (value: string) => {
  const [y, m, d] = value.split('-')
  return `${y}年${Number(m)}月${Number(d)}日`
}

function serviceText(startsOn: string, lastDay: string): string {
  const { months, extraDays } = serviceOf(startsOn, lastDay)
  const years = Math.floor(months / 12)
  const rest = months % 12
  const parts = [years > 0 ? `${years} 年` : '', rest > 0 ? `${rest} 个月` : ''].filter((part) => part !== '')
  if (parts.length === 0) return '不满一个月'
  return `${parts.join(' ')}${extraDays ? '余' : ''}`
}

function compensationText(ground: EndingGround, startsOn: string, lastDay: string): string {
  const facts = compensationOf(ground, startsOn, lastDay)
  const months = facts.monthsOfWage
  switch (facts.rule) {
    case 'not_owed':
      return '依《中华人民共和国劳动合同法》第四十六条，以此依据解除或者终止劳动合同，用人单位无须支付经济补偿。'
    case 'owed':
      return `依《中华人民共和国劳动合同法》第四十六条、第四十七条，用人单位应当向劳动者支付经济补偿，按工作年限计 ${months} 个月工资（月工资为解除或者终止前十二个月的平均工资；高于当地上年度职工月平均工资三倍的，按三倍计、最多十二年）。本条仅为依法提示，不是支付凭证。`
    case 'unless_renewal_declined':
      return `依《中华人民共和国劳动合同法》第四十六条第五项、第四十七条，除用人单位维持或者提高劳动合同约定条件续订而劳动者不同意续订的情形外，用人单位应当支付经济补偿，按工作年限计 ${months} 个月工资。本条仅为依法提示，不是支付凭证。`
  }
}

export interface EndingFacts {
  readonly ground: EndingGround
  readonly lastDay: string
}

/** What the certificate prints: nothing of the employer's free-text reason, which stays on the page between the parties. */
export function certificateDocumentOf(deps: Pick<Deps, 'sealer'>, row: ContractRow, ending: EndingFacts, issuedAt: string, issuedOn: string): ContractDocument {
  const parties = { ...partiesOf(deps, row), workerIdNumber: deps.sealer.open(row.workerIdNumberEnc) }
  const facts = endingGrounds[ending.ground]
  const term = row.endsOn === null ? `自 ${zhDate(row.startsOn)} 起` : `自 ${zhDate(row.startsOn)} 起至 ${zhDate(row.endsOn)} 止`
  const verb = facts.verb === 'rescinded' ? '解除' : '终止'
  return {
    contractNumber: certificateNumberOf(row.contractNumber),
    title: '解除或者终止劳动合同证明书',
    issuedAt,
    parties: {
      employer: { name: parties.employerName, creditCode: parties.employerCreditCode },
      worker: { name: parties.workerName, idNumber: parties.workerIdNumber },
    },
    clauses: [
      {
        heading: '证明事项',
        text: `兹证明乙方与甲方订立的《${contractTitle(row.kind)}》（合同编号 ${row.contractNumber}，期限${term}）已于 ${zhDate(ending.lastDay)} ${verb}，该日为乙方在甲方的最后工作日。`,
      },
      { heading: '工作岗位', text: `乙方在甲方从事 ${row.position} 工作。` },
      { heading: '在本单位的工作年限', text: `自 ${zhDate(row.startsOn)} 至 ${zhDate(ending.lastDay)}，共 ${serviceText(row.startsOn, ending.lastDay)}。` },
      { heading: `${verb}的依据`, text: `${facts.label.zh}（《中华人民共和国劳动合同法》${facts.article.zh}）。` },
      { heading: '经济补偿', text: compensationText(ending.ground, row.startsOn, ending.lastDay) },
      { heading: '档案和社会保险关系', text: '甲方应当在解除或者终止劳动合同后十五日内为乙方办理档案和社会保险关系转移手续（《中华人民共和国劳动合同法》第五十条）。' },
    ],
    signatures: [],
    certificate: { issuedBy: parties.employerName, issuedOn: zhDate(issuedOn) },
  }
}

/** The certificate as a file: the PDF, its SHA-256 and the portal's timestamp over it. Made before the transaction that stores it. */
export async function issueCertificate(
  deps: Pick<Deps, 'sealer' | 'random' | 'clock' | 'timestampKeys'>,
  row: ContractRow,
  ending: EndingFacts,
  issuedAt: string,
  issuedOn: string,
): Promise<SignedDocument> {
  const pdf = await renderContractPdf(certificateDocumentOf(deps, row, ending, issuedAt, issuedOn))
  const digest = sha256(pdf)
  const now = deps.clock.now()
  const token = issueTimestamp(digest, { key: deps.timestampKeys.privateKey, keyId: deps.timestampKeys.keyId, now, serial: newId(deps.random, now.getTime()) })
  return { pdf, sha256: digest, timestamp: storedTimestampOf(token), timestampedAt: token.time }
}
