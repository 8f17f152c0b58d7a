import { expect, test } from 'vitest'
import { runCardJobs } from '../../bff/src/modules/card/jobs'
import { careModeOn } from './support/care-mode'
import { setPhoneClock } from './support/browser'
import { browserForFile, portalForFile } from './support/journey'
import { chooseLanguage, expectHeading, follow, loginAs, open, press, reviewer, seeText } from './support/steps'
import { texts } from './support/texts'

const browser = browserForFile()
const portal = portalForFile()
const cardPage = '/features/card/pages/mine/index'

test('an elderly holder in care mode finds her card masked, shows the number once (it is in her access log), reports it lost late at night, and takes the report back when she finds it; another report lifts by itself after 7 days', async () => {
  const look = reviewer('citizen-card', { careMode: true })
  const clock = portal().clock
  const url = portal().url
  // 23:30 in China: no counter is open.
  clock.set('2026-11-16T15:30:00.000Z')
  const wang = await browser().newPage({ locale: 'zh-CN', clock })
  await setPhoneClock(wang.context, clock)
  await loginAs(wang.page, url, /王秀英/)
  await careModeOn(wang.page, 'zh-CN')
  await open(wang.page, url, '/pages/home/index')
  await follow(wang.page, /^社保卡/)
  await expectHeading(wang.page, '我的社保卡')
  await seeText(wang.page, 'A****1877')
  await seeText(wang.page, '正常')
  await look(wang.page, 'card-masked')

  await press(wang.page, '显示卡号')
  await seeText(wang.page, 'A30201877')
  await seeText(wang.page, '完整信息已显示。不用时请点“隐藏”。')
  await look(wang.page, 'card-shown')
  await press(wang.page, '隐藏')
  expect(await wang.page.getByText('A30201877').count()).toBe(0)

  await press(wang.page, '临时挂失')
  await seeText(wang.page, /临时挂失后，这张卡马上停用/)
  await look(wang.page, 'report-asked')
  await press(wang.page, '确认临时挂失')
  await seeText(wang.page, /已临时挂失，这张卡已停用/)
  await seeText(wang.page, '临时挂失中')
  await look(wang.page, 'reported')

  // Her inbox says so; her access log shows the time the number was shown.
  await open(wang.page, url, '/pages/inbox/index')
  await seeText(wang.page, /A\*\*\*\*1877/)
  await look(wang.page, 'inbox-reported')
  await open(wang.page, url, '/features/identity/pages/access-log/index')
  await seeText(wang.page, '显示社保卡的完整卡号、姓名和社会保障号码')
  await look(wang.page, 'access-log-shown')

  // The next morning she finds it and takes the report back.
  clock.set('2026-11-17T01:00:00.000Z')
  await setPhoneClock(wang.context, clock)
  // Hours later, last night's login has lapsed: she logs in again on the same phone.
  await loginAs(wang.page, url, /王秀英/)
  await open(wang.page, url, cardPage)
  await press(wang.page, '撤销挂失（卡已找到）')
  await press(wang.page, '确认撤销挂失')
  await seeText(wang.page, '已撤销挂失，这张卡可以正常使用了。')
  await look(wang.page, 'cancelled')

  // Reported again, and not taken back: seven days on, the report has lifted by itself.
  await press(wang.page, '临时挂失')
  await press(wang.page, '确认临时挂失')
  await seeText(wang.page, '临时挂失中')
  clock.set('2026-11-24T02:00:00.000Z')
  await runCardJobs(portal().deps)
  await setPhoneClock(wang.context, clock)
  await loginAs(wang.page, url, /王秀英/)
  await open(wang.page, url, cardPage)
  await seeText(wang.page, '这张卡可以正常使用。')
  await look(wang.page, 'lifted')
})

test('the card page in English, in care mode', async () => {
  const lookCare = reviewer('citizen-card-english', { careMode: true })
  const clock = portal().clock
  const url = portal().url
  const english = (await browser().newPage({ locale: 'en', clock })).page
  await chooseLanguage(english, url, texts.en.language)
  await loginAs(english, url, /Zhang Wei/)
  await careModeOn(english, 'en')
  await open(english, url, cardPage)
  await expectHeading(english, 'My citizen card')
  await seeText(english, 'A****1234')
  await lookCare(english, 'card-english-care')
})
