import type { Page } from 'playwright-core'
import { sql, type SQL } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { chinaDate } from '../../shared/src/platform/china-time'
import { addMonths } from '../../shared/src/records/months'
import { pages as routes } from '../../shared/src/platform/pages'
import { devPartnerKeys, seededRetireeIds } from '../../bff/src/db/seed/retiree'
import { runRetireeJobs } from '../../bff/src/modules/retiree/jobs'
import { setPhoneClock } from './support/browser'
import { browserForFile, withPortal } from './support/journey'
import type { Portal } from './support/portal'
import { chooseLanguage, expectHeading, follow, leaveBy, loginAs, open, press, reviewer, seeText } from './support/steps'
import { retireeTexts } from './support/retiree-texts'
import { careModeOn } from './support/care-mode'
import { texts } from './support/texts'
import { tinyPng } from './support/tiny-png'

const browser = browserForFile()
const ids = seededRetireeIds.pensioners

/** What the portal wrote, read beneath its API. */
function rowsOf<T>(portal: Portal, statement: SQL): Promise<T[]> {
  return portal.deps.db.rows<T>(statement)
}

async function sendAsPartner(portal: Portal, key: string, path: string, body: object): Promise<Response> {
  return fetch(`${portal.url}/api/partner/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-partner-key': key },
    body: JSON.stringify(body),
  })
}

interface PensionRow {
  status: string
  died_on: string | null
  death_hold_id: string | null
}

/** A death record on the officer's page, by the masked name it is shown under. */
function recordOf(page: Page, maskedName: string) {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: maskedName, exact: true }) }).filter({ visible: true }).first()
}

const yuan = (fen: number) => `¥${(fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`
const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
/** `2026-11-16` → `16 Nov 2026`, as the English pages write a date. */
const englishDate = (iso: string) => `${Number(iso.slice(8, 10))} ${monthNames[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`


test('an 82-year-old certifies by face with the development check, then takes up the longevity allowance from her inbox with one tap', async () => {
  const text = texts['zh-CN']
  const r = retireeTexts['zh-CN']
  const look = reviewer('retiree-face-and-allowance', { careMode: true })
  await withPortal(async (portal) => {
    const elder = (await browser().newPage({ locale: 'zh-CN', clock: portal.clock })).page
    await chooseLanguage(elder, portal.url, text.language)
    await loginAs(elder, portal.url, /王秀英/)
    await seeText(elder, r.daysLeft)
    await look(elder, 'home-certification-due')

    await press(elder, r.certifyNow)
    await expectHeading(elder, r.certifyTitle)
    await press(elder, r.startFace)
    await seeText(elder, r.devPanel)
    await look(elder, 'development-face-check')
    await press(elder, r.simulatePass)
    await seeText(elder, r.certified)
    await look(elder, 'certified')
    expect(await rowsOf(portal, sql`select method from pension_certifications where pensioner_id = ${ids.wang} order by created_at desc limit 1`)).toEqual([{ method: 'face' }])

    await press(elder, r.backHome)
    await seeText(elder, r.certifiedUntil)

    await open(elder, portal.url, '/pages/inbox/index')
    await expectHeading(elder, text.inboxTitle)
    await look(elder, 'inbox-with-allowance')
    // One tap, no form: the button in the message is the whole of it.
    await press(elder, r.confirm)
    await seeText(elder, r.confirmed)
    await look(elder, 'allowance-confirmed')

    // The confirmed allowance, opened as from a link: Back leads to her pension, Home home.
    await open(elder, portal.url, routes.assistance)
    await expectHeading(elder, r.assistanceTitle)
    await seeText(elder, r.confirmed)
    await look(elder, 'assistance-confirmed')
    await leaveBy(elder, text, 'back')
    await expectHeading(elder, r.accountTitle)
    await leaveBy(elder, text, 'homeLink')
    await seeText(elder, r.certifiedUntil)

    const offers = await rowsOf<{ benefit: string; status: string }>(portal, sql`select benefit, status from assistance_offers where pensioner_id = ${ids.wang}`)
    expect(offers).toEqual([{ benefit: 'longevity_allowance', status: 'confirmed' }])
    const audited = await rowsOf<{ n: number }>(portal, sql`select count(*) as n from audit_log where action = 'retiree.confirmAssistance'`)
    expect(audited[0]?.n).toBe(1)
  })
})

test('a hospital visit certifies a pensioner with nothing for him to do, and he sees how (English, care mode); the same signal sent again counts once', async () => {
  const text = texts.en
  const r = retireeTexts.en
  const look = reviewer('retiree-hospital-signal', { careMode: true })
  await withPortal(async (portal) => {
    const signal = { signalId: 'wzph-visit-20261129-0042', idNumber: '33030219550312301X', kind: 'hospital_visit', observedAt: portal.clock.now().toISOString() }
    const first = await sendAsPartner(portal, devPartnerKeys.hospital, 'life-signals', signal)
    expect(first.status).toBe(201)
    const replay = await sendAsPartner(portal, devPartnerKeys.hospital, 'life-signals', signal)
    expect(await replay.json()).toMatchObject({ received: true, replayed: true })
    expect(await rowsOf(portal, sql`select method from pension_certifications where pensioner_id = ${ids.sun} and source = 'hospital'`)).toEqual([
      { method: 'partner_signal' },
    ])

    const sun = (await browser().newPage({ locale: 'en', clock: portal.clock })).page
    await chooseLanguage(sun, portal.url, text.language)
    await loginAs(sun, portal.url, /Sun Jianguo/)
    await careModeOn(sun, 'English')
    await seeText(sun, r.certifiedUntil)
    await look(sun, 'home-certified-by-hospital')
    await follow(sun, r.seeMyPension)
    await expectHeading(sun, r.accountTitle)
    await seeText(sun, r.byHospital)
    await look(sun, 'account-certified-by-hospital')
  })
})

test('a grid worker certifies an 86-year-old at home in five taps after opening the task, and the officer confirms the visit', async () => {
  const text = texts['zh-CN']
  const r = retireeTexts['zh-CN']
  const look = reviewer('retiree-home-visit', { careMode: true })
  await withPortal(async (portal) => {
    const staff = (await browser().newPage({ locale: 'zh-CN', clock: portal.clock })).page
    await chooseLanguage(staff, portal.url, text.language)
    await loginAs(staff, portal.url, /陈建华/)
    await careModeOn(staff, '中文')
    await follow(staff, r.visitsTile)
    await expectHeading(staff, r.visitsTitle)
    await look(staff, 'visit-list')
    await staff.getByRole('link', { name: /钱桂芳/ }).filter({ visible: true }).first().click()
    await expectHeading(staff, r.visitTitle)
    await look(staff, 'task-opened')

    let taps = 0
    for (const check of r.checks) {
      await staff.getByRole('checkbox', { name: check }).filter({ visible: true }).first().click()
      taps += 1
    }
    await staff
      .locator('input[type=file]')
      .and(staff.getByLabel(r.photo))
      .first()
      .setInputFiles({ name: 'visit.png', mimeType: 'image/png', buffer: tinyPng([200, 160, 120]) })
    taps += 1
    await look(staff, 'checked-and-photographed')
    await press(staff, r.submitVisit)
    taps += 1
    await seeText(staff, r.visitSent)
    expect(taps).toBeLessThanOrEqual(5)
    await look(staff, 'visit-sent')

    const certified = await rowsOf<{ method: string; review: string }>(portal, sql`select c.method, c.review from pension_certifications c join visit_tasks t on t.certification_id = c.id where t.pensioner_id = ${ids.qian} and t.status = 'submitted'`)
    expect(certified).toEqual([{ method: 'home_visit', review: 'pending' }])

    const officer = (await browser().newPage({ locale: 'zh-CN', clock: portal.clock })).page
    await chooseLanguage(officer, portal.url, text.language)
    await loginAs(officer, portal.url, /刘洋/)
    await careModeOn(officer, '中文')
    await follow(officer, r.coverageTile)
    await expectHeading(officer, r.coverageTitle)
    await look(officer, 'coverage')
    await follow(officer, r.toReview)
    await expectHeading(officer, r.reviewsTitle)
    const visit = officer.getByRole('listitem').filter({ has: officer.getByRole('heading', { name: '钱**' }) }).filter({ visible: true }).first()
    await visit.getByRole('img').first().waitFor()
    await look(officer, 'visit-to-review')
    await visit.getByRole('button', { name: r.approve, exact: true }).click()
    await seeText(officer, r.approved)
    await look(officer, 'visit-approved')
    expect(
      await rowsOf(portal, sql`select c.review, t.status from pension_certifications c join visit_tasks t on t.certification_id = c.id where t.pensioner_id = ${ids.qian} and t.visited_at is not null`),
    ).toEqual([{ review: 'approved', status: 'approved' }])
  })
})

test('a death record from civil affairs stops the pension only once an officer confirms it, and one found wrong is reversed with the held months paid (English, care mode)', async () => {
  const text = texts.en
  const r = retireeTexts.en
  const look = reviewer('retiree-death-record', { careMode: true })
  await withPortal(async (portal) => {
    const { clock } = portal
    const today = chinaDate(clock.now())
    const diedOn = `${addMonths(today.slice(0, 7), -2)}-17`
    const record = { recordId: 'mz-330302-death-000731', idNumber: '330302193809031012', diedOn }

    const fromHospital = await sendAsPartner(portal, devPartnerKeys.hospital, 'death-records', record)
    expect(fromHospital.status).toBe(403)
    const held = await sendAsPartner(portal, devPartnerKeys.civilAffairs, 'death-records', record)
    expect(held.status).toBe(201)

    // One partner's word holds the payments and changes nothing else until an officer looks.
    const [zhou] = await rowsOf<PensionRow>(portal, sql`select status, died_on, death_hold_id from pensioners where id = ${ids.zhou}`)
    expect(zhou).toMatchObject({ status: 'active', died_on: null })
    expect(zhou?.death_hold_id).toBeTruthy()
    expect(await rowsOf(portal, sql`select id from overpayments where pensioner_id = ${ids.zhou}`)).toEqual([])

    const { context: officerPhone, page: officer } = await browser().newPage({ locale: 'en', clock })
    await chooseLanguage(officer, portal.url, text.language)
    await loginAs(officer, portal.url, /Liu Yang/)
    await careModeOn(officer, 'English')
    await follow(officer, r.coverageTile)
    await expectHeading(officer, r.coverageTitle)
    await follow(officer, r.deathsLink)
    await expectHeading(officer, r.deathsTitle)
    const zhouRecord = recordOf(officer, '周**')
    await zhouRecord.getByText('温州市民政局', { exact: true }).waitFor()
    await look(officer, 'death-record-to-check')

    await zhouRecord.getByRole('button', { name: r.confirmDeath }).click()
    await zhouRecord.getByRole('button', { name: r.confirmDeathYes }).waitFor()
    await look(officer, 'confirm-says-what-follows')
    await zhouRecord.getByRole('button', { name: r.confirmDeathYes }).click()
    await seeText(officer, r.deathConfirmed)
    await look(officer, 'death-confirmed')

    const pension = await rowsOf<PensionRow>(portal, sql`select status, died_on, death_hold_id from pensioners where id = ${ids.zhou}`)
    expect(pension).toEqual([{ status: 'stopped', died_on: diedOn, death_hold_id: null }])
    const overpaid = await rowsOf<{ amount_fen: number; months: string }>(portal, sql`select amount_fen, months from overpayments where pensioner_id = ${ids.zhou}`)
    expect(overpaid).toHaveLength(1)
    const months = JSON.parse(overpaid[0]?.months ?? '[]') as string[]
    expect(months[0]).toBe(addMonths(diedOn.slice(0, 7), 1))

    await follow(officer, r.toOverpayments)
    await expectHeading(officer, r.overpaymentsTitle)
    await seeText(officer, yuan(overpaid[0]?.amount_fen ?? 0))
    await look(officer, 'overpayment-to-recover')

    // A wrong record: Sun Jianguo is alive, does the face check while his pension is held, and a
    // month's pay day passes before the officer gets to it.
    const wrong = { recordId: 'mz-330302-death-000845', idNumber: '33030219550312301X', diedOn: `${today.slice(0, 7)}-02` }
    expect((await sendAsPartner(portal, devPartnerKeys.civilAffairs, 'death-records', wrong)).status).toBe(201)

    const { context: sunPhone, page: sun } = await browser().newPage({ locale: 'en', clock })
    await chooseLanguage(sun, portal.url, text.language)
    await loginAs(sun, portal.url, /Sun Jianguo/)
    await careModeOn(sun, 'English')
    // Home says first that the pension is held for the check, and offers the face check.
    await seeText(sun, r.onHold)
    await sun.getByRole('button', { name: r.certifyNow }).filter({ visible: true }).first().waitFor()
    await look(sun, 'home-on-hold')
    await open(sun, portal.url, routes.pensionAccount)
    await expectHeading(sun, r.accountTitle)
    await seeText(sun, r.onHold)
    await look(sun, 'account-on-hold')
    await press(sun, r.certifyNow)
    await expectHeading(sun, r.certifyTitle)
    await press(sun, r.startFace)
    await seeText(sun, r.devPanel)
    await press(sun, r.simulatePass)
    await seeText(sun, r.certifiedWhileOnHold)
    await look(sun, 'certified-while-on-hold')
    const certifiedOn = chinaDate(clock.now())

    clock.set(`${addMonths(today.slice(0, 7), 1)}-11T02:00:00.000Z`)
    await runRetireeJobs(portal.deps)
    const payDay = addMonths(today.slice(0, 7), 1)
    expect(await rowsOf(portal, sql`select status from pension_payments where pensioner_id = ${ids.sun} and month = ${payDay}`)).toEqual([{ status: 'held' }])

    // Sessions idle out on the same clock: log in again.
    await setPhoneClock(officerPhone, clock)
    await loginAs(officer, portal.url, /Liu Yang/)
    await open(officer, portal.url, routes.inbox)
    await expectHeading(officer, text.inboxTitle)
    // The newest message is about Sun's record; it opens that record first.
    await officer.getByText(r.deathToReviewMessage).filter({ visible: true }).first().click()
    await expectHeading(officer, r.deathsTitle)
    const sunRecord = recordOf(officer, '孙**')
    await sunRecord.getByText(r.certifiedSinceDeath(englishDate(certifiedOn))).waitFor()
    await sunRecord.getByText(yuan(412_500), { exact: true }).waitFor()
    await look(officer, 'wrong-record-from-message')

    await sunRecord.getByRole('button', { name: r.reverseDeath }).click()
    await sunRecord.getByRole('textbox', { name: r.reverseReason }).fill('He did the face check after the recorded date; civil affairs confirmed a wrong ID number.')
    await look(officer, 'reason-to-reverse')
    await sunRecord.getByRole('button', { name: r.sendReverse }).click()
    await seeText(officer, r.deathReversed)
    await seeText(officer, r.heldPaid(yuan(412_500)))
    await look(officer, 'record-reversed')

    const restored = await rowsOf<PensionRow>(portal, sql`select status, died_on, death_hold_id from pensioners where id = ${ids.sun}`)
    expect(restored).toEqual([{ status: 'active', died_on: null, death_hold_id: null }])
    expect(await rowsOf(portal, sql`select status from pension_payments where pensioner_id = ${ids.sun} and month = ${payDay}`)).toEqual([{ status: 'paid' }])
    expect(await rowsOf(portal, sql`select status from death_records where pensioner_id = ${ids.sun}`)).toEqual([{ status: 'reversed' }])

    await setPhoneClock(sunPhone, clock)
    await loginAs(sun, portal.url, /Sun Jianguo/)
    await open(sun, portal.url, routes.inbox)
    await seeText(sun, r.pensionRestored)
    await look(sun, 'inbox-pension-restored')
    await open(sun, portal.url, routes.pensionAccount)
    await seeText(sun, r.beingPaid)
    expect(await sun.getByText(r.onHold).filter({ visible: true }).count()).toBe(0)
  })
})
