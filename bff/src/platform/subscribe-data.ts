/**
 * The keywords of the "case progress" template as chosen in the WeChat console: case number,
 * status, time, hint. WeChat refuses a whole message (47003) when one value breaks its rules:
 * a `thing` holds at most 20 characters, a `phrase` at most 5 Chinese characters.
 */
const thingLength = 20
const phraseLength = 5

/** The status word of each message template, at most five Chinese characters. */
const statusWords: Readonly<Record<string, string>> = {
  'wages.submitted': '已提交',
  'wages.accepted': '已受理',
  'wages.rejected': '不予受理',
  'wages.mediationStarted': '调解中',
  'wages.mediationRecorded': '已调解',
  'wages.transferredInspection': '移送监察',
  'wages.transferredArbitration': '移送仲裁',
  'wages.extended': '已延期',
  'wages.closed': '已办结',
  'wages.withdrawn': '已撤回',
  'wages.message': '有新留言',
  'wages.employerResponded': '单位已答复',
  'retiree.dueSoon': '待认证',
  'retiree.overdue': '认证已逾期',
  'retiree.suspended': '暂停发放',
  'retiree.certified': '已认证',
  'retiree.resumed': '恢复发放',
  'retiree.assistanceOffered': '待遇待确认',
  // Said on a lock screen: payments held, never why.
  'retiree.deathRecordHeld': '暂停发放',
  'retiree.pensionRestored': '恢复发放',
  'disputes.arbitrationReceived': '已提交',
  'disputes.arbitrationOverdue': '已超期',
  'disputes.injuryReceived': '已提交',
  'disputes.injuryWindowOpen': '可自行申请',
  'disputes.injuryOverdue': '已超期',
  'contracts.toSign': '待签署',
  'contracts.signed': '已签署',
  'contracts.declined': '已拒签',
  'contracts.withdrawn': '已撤回',
  'contracts.ended': '已终止',
  'contracts.noWrittenContract': '未签合同',
}

/** The status word of a step of an arbitration or a work-injury case (the `step` of its message). */
const stepWords: Readonly<Record<string, string>> = {
  accepted: '已受理',
  refused: '不予受理',
  served: '已送达',
  tribunal_formed: '已组庭',
  defence_submitted: '已答辩',
  defence_served: '答辩已送达',
  hearing_scheduled: '待开庭',
  hearing_postponed: '开庭延期',
  heard: '已开庭',
  extended: '已延期',
  awarded: '已裁决',
  withdrawn: '已撤回',
  documents_requested: '待补材料',
  documents_supplied: '已补材料',
  facts_marked_clear: '审核中',
  recognised: '认定工伤',
  not_recognised: '不予认定',
  assessment_requested: '待鉴定',
  assessment_extended: '鉴定延期',
  assessed: '已鉴定',
  review_requested: '已申请复查',
}
const stepTemplates: ReadonlySet<string> = new Set(['disputes.arbitrationStep', 'disputes.injuryStep'])

function statusWordOf(template: string, params: Readonly<Record<string, string | number>>): string {
  const step = stepTemplates.has(template) ? stepWords[String(params.step)] : undefined
  return step ?? statusWords[template] ?? defaultStatusWord
}
const defaultStatusWord = '进度更新'
const defaultSubject = '您的办件'
const pensionSubject = '养老金资格认证'
const contractSubject = '劳动合同'
const hint = '点击查看详情'

/** Cuts by characters, not UTF-16 units, so a rare character is never split in half. */
function cut(value: string, length: number, ellipsis: boolean): string {
  const characters = Array.from(value.trim())
  if (characters.length <= length) return characters.join('')
  return ellipsis ? `${characters.slice(0, length - 1).join('')}…` : characters.slice(0, length).join('')
}

/** `YYYY-MM-DD HH:mm` in China time (UTC+8, no daylight saving). */
export function chinaMinute(at: Date): string {
  return new Date(at.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 16).replace('T', ' ')
}

/**
 * The data of a "case progress" subscribe message for one of our message templates. Only the
 * case (or contract) number leaves for WeChat: no names, amounts or employers, which a lock
 * screen would show.
 */
export function subscribeDataOf(
  template: string,
  params: Readonly<Record<string, string | number>>,
  createdAt: Date,
): Record<'thing1' | 'phrase2' | 'time3' | 'thing4', { value: string }> {
  // A contract is named by its number, as a case is; the notice of no contract names none (nor the employer).
  const caseNumber = params.caseNumber ?? params.contractNumber
  const subject =
    caseNumber !== undefined && String(caseNumber).trim() !== ''
      ? String(caseNumber)
      : template.startsWith('retiree.')
        ? pensionSubject
        : template.startsWith('contracts.')
          ? contractSubject
          : defaultSubject
  return {
    thing1: { value: cut(subject, thingLength, true) },
    phrase2: { value: cut(statusWordOf(template, params), phraseLength, false) },
    time3: { value: chinaMinute(createdAt) },
    thing4: { value: cut(hint, thingLength, true) },
  }
}
