import { maskCardNumber } from '@renshe/shared/card/schemas'
import { cardPayments, cards, partners, realNames, users } from '../src/db/schema'
import { partnerUploadCreditFile } from '../src/modules/card/credits-service'
import { orderCardPayment } from '../src/platform/card-money'
import type { Deps } from '../src/platform/deps'
import { newId } from '../src/platform/random'
import { onTemporarySqlite } from './temporary-sqlite'

/*
 * Money onto the card (decision 068): how many lines a second of a bank's end-of-day confirmation
 * file the portal settles, through its own service, in this process, on a temporary SQLite file.
 * `count` allowances are ordered onto as many cards of one bank, then one file credits them all:
 * read (csv-parse), each line's payment found by reference and moved bank → card in the ledger
 * under its conditional update, the holder told, every line audited, the file kept once.
 */
export async function measureCreditFile(count: number): Promise<number> {
  const at = new Date()
  return onTemporarySqlite('credits', at, async (deps) => {
    const bankId = await seedHolders(deps, at, count)
    await deps.db.transaction(async (tx) => {
      for (let index = 0; index < count; index += 1) {
        const holderUserId = `bench-holder-${String(index).padStart(6, '0')}`
        await orderCardPayment(tx, deps, at, { holderUserId, source: 'longevity_allowance', sourceRef: `bench:${index}`, period: '2026-12', amountFen: 10_000, regionCode: '330302' }, { quiet: true })
      }
    })
    const queued = await deps.db.read((q) => q.select({ reference: cardPayments.reference, holderUserId: cardPayments.holderUserId }).from(cardPayments))
    if (queued.length !== count) throw new Error('the bench ordered fewer payments than it meant to')
    const csv = ['reference,card_number,amount,outcome,bank_transaction_id,at,reason', ...queued.map((row, index) => `${row.reference ?? ''},${cardNumberOf(Number(row.holderUserId.slice(-6)))},100.00,credited,BENCH${String(index).padStart(8, '0')},${at.toISOString()},`)].join('\n')
    const bytes = new TextEncoder().encode(csv)
    const bank = { id: bankId, name: '温州银行', kind: 'bank', dataLevel: 2 } as const
    const started = process.hrtime.bigint()
    const result = await partnerUploadCreditFile(deps, 'bench-credits', bank, { bytes, name: 'credits.csv', size: bytes.length })
    const seconds = Number(process.hrtime.bigint() - started) / 1e9
    if (!result.ok || result.value.credited !== count) throw new Error(`the bench's file did not credit every line: ${JSON.stringify(result.ok ? { ...result.value, refused: result.value.refused.slice(0, 3) } : result)}`)
    return count / seconds
  })
}

/** One bank and `count` holders, each with a working card it issued. */
async function seedHolders(deps: Deps, at: Date, count: number): Promise<string> {
  const created = at.toISOString()
  const bankId = newId(deps.random)
  await deps.db.transaction(async (tx) => {
    await tx.insert(partners).values({ id: bankId, name: '温州银行', kind: 'bank', dataLevel: 2, createdAt: created })
    for (let index = 0; index < count; index += 1) {
      const holderId = `bench-holder-${String(index).padStart(6, '0')}`
      const cardNumber = cardNumberOf(index)
      await tx.insert(users).values({ id: holderId, roles: ['citizen'], createdAt: created })
      await tx.insert(realNames).values({ userId: holderId, nameEnc: deps.sealer.seal('王建平'), idNumberEnc: deps.sealer.seal(`3303021954${String(index).padStart(6, '0')}0X`.slice(0, 18)), idNumberIndex: deps.blindIndex('id_number', `bench-${index}`), regionCode: '330302', birthYear: 1954, boundAt: created })
      await tx.insert(cards).values({
        id: newId(deps.random),
        holderUserId: holderId,
        cardNumberEnc: deps.sealer.seal(cardNumber),
        cardNumberIndex: deps.blindIndex('card_number', cardNumber),
        cardNumberMasked: maskCardNumber(cardNumber),
        regionCode: '330302',
        issuingBank: '温州银行',
        issuedOn: '2020-01-01',
        validUntil: '2030-01-01',
        status: 'normal',
        issuerPartnerId: bankId,
        createdAt: created,
        updatedAt: created,
      })
    }
  })
  return bankId
}

const cardNumberOf = (index: number) => `A3${String(index).padStart(7, '0')}`
