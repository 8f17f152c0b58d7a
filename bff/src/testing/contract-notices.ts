import { and, eq, min } from 'drizzle-orm'
import { outboundMessages, payrollLines, projects } from '../db/schema'
import { seededWageIds } from '../db/seed/wages'
import type { TestContext } from './harness'
import { zhao } from './contracts-flows'
import { inboxOf } from './wages-flows'

/** The no-contract messages in the inbox of `token`, by their params. */
export async function noContractTold(t: TestContext, token: string) {
  return (await inboxOf(t, token)).filter((message) => message.template === 'contracts.noWrittenContract').map((message) => message.params)
}

/** The subscribe messages queued for WeChat about a missing contract. */
export function queuedNoContract(t: TestContext) {
  return t.deps.db.read((q) => q.select().from(outboundMessages).where(eq(outboundMessages.template, 'contracts.noWrittenContract')))
}

/** The first month worker-zhao is on 温州瓯江建设有限公司's payroll, as the seed placed it. */
export async function zhaoFirstMonthAtOujiang(t: TestContext): Promise<string> {
  const index = t.deps.blindIndex('id_number', zhao.idNumber)
  const [row] = await t.deps.db.read((q) =>
    q
      .select({ first: min(payrollLines.month) })
      .from(payrollLines)
      .innerJoin(projects, eq(projects.id, payrollLines.projectId))
      .where(and(eq(projects.employerId, seededWageIds.employers.oujiang), eq(payrollLines.idNumberIndex, index))),
  )
  if (!row?.first) throw new Error('the seed has no payroll line of worker-zhao at 温州瓯江建设有限公司')
  return row.first
}

/**
 * worker-zhao put on 鹿城鸿达劳务有限公司's payroll from `month`: a site of its own and one line
 * of pay, as an import would leave them.
 */
export async function zhaoOnHongdaPayroll(t: TestContext, month: string): Promise<void> {
  const at = t.clock.now().toISOString()
  await t.deps.db.transaction(async (tx) => {
    await tx.insert(projects).values({
      id: 'project-hongda-test',
      employerId: seededWageIds.employers.hongda,
      name: '江滨路管网改造',
      regionCode: '330302',
      address: '鹿城区江滨路',
      startMonth: month,
      endMonth: null,
      createdAt: at,
    })
    await tx.insert(payrollLines).values({
      id: 'payroll-line-hongda-test',
      projectId: 'project-hongda-test',
      month,
      importId: 'import-hongda-test',
      line: 1,
      nameEnc: t.deps.sealer.seal(zhao.name),
      idNumberEnc: t.deps.sealer.seal(zhao.idNumber),
      idNumberIndex: t.deps.blindIndex('id_number', zhao.idNumber),
      dueFen: 700_000,
      paidFen: 700_000,
      paidOn: `${month}-15`,
    })
  })
}
