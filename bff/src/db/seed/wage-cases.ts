import { chinaDate } from '@renshe/shared/platform/china-time'
import { openCase, transition, type CaseState } from '@renshe/shared/wages/case-machine'
import type { CaseAction, CaseEventKind, CaseParty, PayUnit } from '@renshe/shared/wages/schemas'
import { addCalendarDays, addWorkingDays, workingDaysBetween, type WorkCalendar } from '@renshe/shared/wages/work-calendar'
import { loadWorkCalendar } from '../../modules/wages/calendar-repo'
import { insertCase, insertEvent, nextCaseSerial, type CaseRow } from '../../modules/wages/cases-repo'
import { employerById } from '../../modules/wages/employers-repo'
import { newId } from '../../platform/random'
import type { Tx } from '../database'
import { demoAccounts } from './demo-accounts'
import type { SeedDeps } from './seed'
import { seededWageIds } from './wages'

interface SeedStep {
  readonly on: string
  readonly action: CaseAction
  readonly by: CaseParty
  readonly account: string
}

interface SeedCase {
  readonly worker: string
  readonly submittedOn: string
  readonly handler: string | null
  /** A seeded employer: its name and credit code come from its row. */
  readonly employerId: string
  readonly projectId: string | null
  readonly siteName: string
  readonly regionCode: string
  readonly address: string
  readonly wages: { readonly fromMonth: string; readonly toMonth: string; readonly amountFen: number; readonly payUnit: PayUnit; readonly coWorkers: number }
  readonly description: string
  readonly steps: readonly SeedStep[]
  /** Messages on the timeline besides the acts: [date, party, account, text]. */
  readonly messages?: readonly (readonly [string, CaseParty, string, string])[]
}

/** 09:30 in China on `date`: seeded acts happen in office hours. */
const officeTime = (date: string, hour = 1) => `${date}T${String(hour).padStart(2, '0')}:30:00.000Z`

/** The latest day before `today` on which a complaint would have its acceptance due `ahead` working days after today. */
function filedSoThatAcceptanceIsDueIn(calendar: WorkCalendar, today: string, ahead: number): string {
  for (let back = 1; back < 30; back += 1) {
    const day = addCalendarDays(today, -back)
    if (workingDaysBetween(calendar, today, openCase(calendar, day).acceptBy) === ahead) return day
  }
  throw new Error(`No filing day leaves acceptance ${ahead} working days after ${today}`)
}

/**
 * Complaints already in progress, so an officer's queue, an employer's desk and a worker's list
 * have something in them on first start. Dates count back from the clock through the case
 * machine, so the deadlines are the ones the rules give, whenever the seed runs.
 */
export async function seedWageCases(tx: Tx, deps: SeedDeps, ids: ReadonlyMap<string, string>): Promise<void> {
  const calendar = await loadWorkCalendar(tx)
  const today = chinaDate(deps.clock.now())
  const { employers, projects } = seededWageIds

  const ouhaiFiled = addCalendarDays(today, -75)
  const ouhaiAccepted = addWorkingDays(calendar, ouhaiFiled, 3)
  const ouhaiMediated = addCalendarDays(ouhaiAccepted, 5)
  const ouhaiSettled = addCalendarDays(ouhaiMediated, 10)
  const oujiangFiled = addCalendarDays(today, -12)

  const seeded: SeedCase[] = [
    {
      // Ouhai: settled by mediation and closed, waiting for the worker's rating.
      worker: 'worker-zhao',
      submittedOn: ouhaiFiled,
      handler: 'officer-huang',
      employerId: employers.xincheng,
      projectId: projects.ouhaiMall,
      siteName: '瓯海大道商业综合体',
      regionCode: '330304',
      address: '瓯海区娄桥街道瓯海大道 1188 号',
      wages: { fromMonth: '2026-06', toMonth: '2026-07', amountFen: 1_320_000, payUnit: 'month', coWorkers: 0 },
      description: '装修完工后六、七两个月工资未结清。',
      steps: [
        { on: ouhaiAccepted, action: { kind: 'accept' }, by: 'officer', account: 'officer-huang' },
        { on: ouhaiMediated, action: { kind: 'mediate', note: '约双方到区劳动监察大队调解。' }, by: 'officer', account: 'officer-huang' },
        {
          on: ouhaiSettled,
          action: { kind: 'recordMediation', settled: true, paidFen: 1_320_000, workerConfirmed: true, note: '单位当场结清两个月工资，劳动者确认。' },
          by: 'officer',
          account: 'officer-huang',
        },
        { on: addCalendarDays(ouhaiSettled, 2), action: { kind: 'close', conclusion: '调解结案，工资已全额支付。', recoveredFen: 1_320_000 }, by: 'officer', account: 'officer-huang' },
      ],
    },
    {
      // Lucheng: accepted and in mediation, against the employer-demo company: its desk shows it.
      worker: 'worker-zhao',
      submittedOn: oujiangFiled,
      handler: 'officer-liu',
      employerId: employers.oujiang,
      projectId: projects.oujiangfu,
      siteName: '瓯江府二期',
      regionCode: '330302',
      address: '鹿城区江滨西路 88 号',
      wages: { fromMonth: '2026-09', toMonth: '2026-10', amountFen: 1_170_000, payUnit: 'month', coWorkers: 3 },
      description: '九月只发了一半，十月没有发，班组长说等项目回款。',
      steps: [
        { on: addWorkingDays(calendar, oujiangFiled, 2), action: { kind: 'accept' }, by: 'officer', account: 'officer-liu' },
        { on: addCalendarDays(today, -3), action: { kind: 'mediate', note: '已联系项目部，安排本周调解。' }, by: 'officer', account: 'officer-liu' },
      ],
      messages: [[addCalendarDays(today, -2), 'officer', 'officer-liu', '请带上考勤记录和工资条照片来参加调解。']],
    },
    {
      // Lucheng: just filed, acceptance due in 3 working days; moving the clock past it makes it overdue.
      worker: 'citizen-zhang',
      submittedOn: filedSoThatAcceptanceIsDueIn(calendar, today, 3),
      handler: null,
      employerId: employers.hongda,
      projectId: null,
      siteName: '五马街商铺改造',
      regionCode: '330302',
      address: '鹿城区五马街 56 号',
      wages: { fromMonth: '2026-10', toMonth: '2026-10', amountFen: 680_000, payUnit: 'day', coWorkers: 1 },
      description: '十月做了二十四天零工，工钱一直没给。',
      steps: [],
    },
  ]
  for (const seed of seeded) await insertSeedCase(tx, deps, calendar, ids, seed)
}

function userOf(ids: ReadonlyMap<string, string>, account: string): string {
  const id = ids.get(account)
  if (!id) throw new Error(`Seed account ${account} is missing`)
  return id
}

async function insertSeedCase(tx: Tx, deps: SeedDeps, calendar: WorkCalendar, ids: ReadonlyMap<string, string>, seed: SeedCase): Promise<void> {
  const workerUserId = userOf(ids, seed.worker)
  const employer = await employerById(tx, seed.employerId)
  if (!employer) throw new Error(`Seed employer ${seed.employerId} is missing`)
  const phone = demoAccounts.find((account) => account.account === seed.worker)?.phone ?? '13800000000'
  const id = newId(deps.random)
  const year = Number(seed.submittedOn.slice(0, 4))
  const events: { at: string; kind: CaseEventKind; by: CaseParty; actorUserId: string; note: string | null; amountFen: number | null }[] = [
    { at: officeTime(seed.submittedOn), kind: 'submitted', by: 'worker', actorUserId: workerUserId, note: null, amountFen: null },
  ]
  let state: CaseState = openCase(calendar, seed.submittedOn)
  let recoveredFen = 0
  let closedAt: string | null = null
  for (const step of seed.steps) {
    const moved = transition(calendar, state, step.action, { today: step.on, by: step.by })
    if (!moved.ok) throw new Error(`Seed case step ${step.action.kind} refused: ${moved.reason}`)
    state = moved.state
    const at = officeTime(step.on, 2)
    const { action } = step
    const note = 'note' in action ? action.note : 'conclusion' in action ? action.conclusion : null
    const amountFen = action.kind === 'recordMediation' ? action.paidFen : action.kind === 'close' ? action.recoveredFen : null
    if (action.kind === 'recordMediation') recoveredFen += action.paidFen
    if (action.kind === 'close') {
      recoveredFen = action.recoveredFen
      closedAt = at
    }
    events.push({ at, kind: moved.event, by: step.by, actorUserId: userOf(ids, step.account), note: note || null, amountFen })
  }
  for (const [on, by, account, text] of seed.messages ?? []) events.push({ at: officeTime(on, 3), kind: 'message', by, actorUserId: userOf(ids, account), note: text, amountFen: null })
  events.sort((a, b) => a.at.localeCompare(b.at))

  const serial = await nextCaseSerial(tx, seed.regionCode, year)
  const row: CaseRow = {
    id,
    caseNumber: `AX-${seed.regionCode}-${year}-${String(serial).padStart(6, '0')}`,
    draftId: seedDraftId(deps),
    workerUserId,
    filedByUserId: workerUserId,
    filedByStaffCode: null,
    employerId: employer.id,
    employerName: employer.name,
    employerCreditCode: employer.creditCode,
    projectId: seed.projectId,
    siteName: seed.siteName,
    regionCode: seed.regionCode,
    addressEnc: deps.sealer.seal(seed.address),
    fromMonth: seed.wages.fromMonth,
    toMonth: seed.wages.toMonth,
    amountFen: seed.wages.amountFen,
    payUnit: seed.wages.payUnit,
    coWorkers: seed.wages.coWorkers,
    phoneEnc: deps.sealer.seal(phone),
    descriptionEnc: deps.sealer.seal(seed.description),
    status: state.status,
    submittedAt: officeTime(seed.submittedOn),
    submittedOn: state.submittedOn,
    acceptBy: state.acceptBy,
    settleBy: state.settleBy,
    stageDeadline: state.stageDeadline,
    extended: state.extended,
    rated: state.rated,
    overdueDeadline: null,
    handlerUserId: seed.handler ? userOf(ids, seed.handler) : null,
    recoveredFen,
    ratingStars: null,
    ratingCommentEnc: null,
    closedAt,
    updatedAt: events.at(-1)?.at ?? officeTime(seed.submittedOn),
  }
  await insertCase(tx, row)
  for (const event of events) {
    await insertEvent(tx, {
      id: newId(deps.random),
      caseId: id,
      at: event.at,
      kind: event.kind,
      by: event.by,
      actorUserId: event.actorUserId,
      noteEnc: event.note === null ? null : deps.sealer.seal(event.note),
      amountFen: event.amountFen,
    })
  }
}

/** A v4 UUID from the seed's random source, as a phone would have made for the draft. */
function seedDraftId(deps: SeedDeps): string {
  const hex = Buffer.from(deps.random.bytes(16)).toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}
