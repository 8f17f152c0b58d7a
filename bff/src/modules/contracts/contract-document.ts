import { contractClauses, contractTitle } from '@renshe/shared/contracts/templates'
import type { ContractKind, ContractSigner, ContractTerms } from '@renshe/shared/contracts/schemas'
import type { ContractParties } from '@renshe/shared/contracts/templates'
import type { Deps } from '../../platform/deps'
import type { ContractDocument } from './document/document'
import { unprintableCharacters } from './document/render'
import type { ContractRow, SignatureRow } from './repo'
import { openTerms, partiesOf } from './view'

/*
 * What the PDF of a contract prints, made from what the page shows (decision 073): the same
 * clauses, in Chinese, so what the worker read is what she signed.
 */

/** As what each side signs. */
const capacities: Record<ContractSigner, string> = { employer: '用人单位授权代表', worker: '劳动者本人' }

/** How a signer was checked, as the PDF prints it: the kind of check and its provider, never its session. */
const checks: Record<SignatureRow['provider'], string> = {
  wechat: '人脸核身（微信）',
  development: '人脸核身（开发环境模拟，未经真实核验）',
}

/** The page's headings carry their own numerals (一、双方); the PDF numbers its articles itself (第一条). */
function headingWithoutNumeral(heading: string): string {
  return heading.replace(/^[一二三四五六七八九十]+、\s*/u, '')
}

export interface DocumentSignature {
  readonly signer: ContractSigner
  readonly name: string
  readonly signedAt: string
  readonly provider: SignatureRow['provider']
}

interface DocumentFacts {
  readonly contractNumber: string
  readonly kind: ContractKind
  readonly terms: ContractTerms
  readonly parties: ContractParties
  readonly signatures: readonly DocumentSignature[]
  readonly issuedAt: string
}

export function contractDocumentOf(facts: DocumentFacts): ContractDocument {
  return {
    contractNumber: facts.contractNumber,
    title: contractTitle(facts.kind),
    issuedAt: facts.issuedAt,
    parties: {
      employer: { name: facts.parties.employerName, creditCode: facts.parties.employerCreditCode },
      worker: { name: facts.parties.workerName, idNumber: facts.parties.workerIdNumber },
    },
    clauses: contractClauses(facts.kind, facts.terms, facts.parties, 'zh').map((clause) => ({ heading: headingWithoutNumeral(clause.heading), text: clause.text })),
    signatures: facts.signatures.map((signature) => ({
      signer: signature.signer,
      name: signature.name,
      capacity: capacities[signature.signer],
      signedAt: signature.signedAt,
      identityCheck: checks[signature.provider],
    })),
  }
}

/** The document of a stored contract with these signatures, issued at `issuedAt`. */
export function documentOfContract(deps: Pick<Deps, 'sealer'>, row: ContractRow, signatures: readonly DocumentSignature[], issuedAt: string): ContractDocument {
  // The page masks her ID number; the contract states it whole (劳动合同法 art. 17), and only its two parties download it.
  const parties = { ...partiesOf(deps, row), workerIdNumber: deps.sealer.open(row.workerIdNumberEnc) }
  return contractDocumentOf({ contractNumber: row.contractNumber, kind: row.kind, terms: openTerms(deps, row), parties, signatures, issuedAt })
}

/** A number of the portal's shape, for checking what a draft would print before it has one. */
const numberNotYetGiven = 'HT000000000000000000'

/**
 * The texts of a draft (or a signatory's name) the contract's font cannot print, by the field of
 * the request they came from: refused before anyone signs, since the PDF would show a blank box.
 */
export function unprintableFields(texts: Readonly<Record<string, string>>, facts: Omit<DocumentFacts, 'contractNumber' | 'issuedAt'>, issuedAt: string): string[] {
  const missing = unprintableCharacters(contractDocumentOf({ ...facts, contractNumber: numberNotYetGiven, issuedAt }))
  if (missing.length === 0) return []
  const paths = Object.entries(texts)
    .filter(([, text]) => missing.some((character) => text.includes(character)))
    .map(([path]) => path)
  return paths.length > 0 ? paths : ['body']
}
