import { defineCatalog } from '../../lib/i18n/translate'

/**
 * What it means to work without a written contract (劳动合同法 arts. 10, 82; 实施条例 arts. 6–7),
 * said to the worker whom the portal found on an employer's payroll a month on without one.
 */
export const noContractMessages = defineCatalog(
  {
    title: '没有签书面劳动合同',
    lead: '{employerName}从 {startedOn} 起用您工作，已经超过一个月，还没有和您签订书面劳动合同。',
    leadPlain: '单位用您工作已经超过一个月，还没有和您签订书面劳动合同。',
    'rules.title': '这意味着什么',
    'rules.month': '单位应当在用工之日起一个月内和您签订书面劳动合同（《劳动合同法》第十条）。',
    'rules.double': '超过一个月不满一年没有签的，单位应当从第二个月起，每月向您支付两倍的工资，也就是在应发工资之外再多付一倍，最多 11 个月（第八十二条，《劳动合同法实施条例》第六条）。',
    'rules.doubleDates': '按您的情况，是 {doubleFrom} 至 {doubleUntil} 这段时间。',
    'rules.year': '满一年仍然没有签的，视为您和单位已经订立了无固定期限劳动合同，单位还应当立即和您补签书面合同（实施条例第七条）。',
    'rules.sign': '您可以请单位在平台上起草劳动合同，您读完全文后再决定签不签。',
    'rules.complain': '单位不签，或者不付两倍工资的，您可以投诉，由人社部门处理。',
    'complain.button': '投诉：要求签合同、支付两倍工资',
    'mine.button': '查看我的劳动合同',
  },
  {
    title: 'No written labour contract',
    lead: '{employerName} has had you working since {startedOn}, more than a month, without signing a written labour contract with you.',
    leadPlain: 'An employer has had you working for more than a month without signing a written labour contract with you.',
    'rules.title': 'What this means',
    'rules.month': 'An employer must sign a written labour contract with you within one month of your first day (Labour Contract Law, art. 10).',
    'rules.double': 'If it has not after a month but before a year, it owes you twice your wage for each month from the second on — your wage plus as much again — for at most 11 months (art. 82; Implementing Regulations, art. 6).',
    'rules.doubleDates': 'For you, that is from {doubleFrom} to {doubleUntil}.',
    'rules.year': 'After a full year without one, you and the employer are taken to have an open-ended labour contract, and it must sign one with you at once (Implementing Regulations, art. 7).',
    'rules.sign': 'You may ask the employer to draft a contract on the portal; you read the whole text before deciding whether to sign.',
    'rules.complain': 'If the employer will not sign or will not pay the double wage, you may complain to the human resources and social security bureau.',
    'complain.button': 'Complain: ask for a contract and the double wage',
    'mine.button': 'My labour contracts',
  },
)
