import type { ConsentDocument, ConsentPurpose } from '@renshe/shared/identity/schemas'

/**
 * The texts people agree to. A changed text gets a new version; consents given for an older
 * version are reported as outdated, so the person is asked again.
 */
export const consentDocuments: Record<ConsentPurpose, ConsentDocument> = {
  'identity.real_name': {
    purpose: 'identity.real_name',
    version: '2026-11',
    title: { 'zh-CN': '实名认证个人敏感信息处理单独同意', en: 'Separate consent: your ID number for real-name verification' },
    text: {
      'zh-CN':
        '为核实您的身份并为您查询社会保险等个人事项，本平台将处理您的姓名、居民身份证号码和手机号码。' +
        '身份证号码属于敏感个人信息，仅用于身份核验和查找您在人力资源和社会保障部门的记录，加密保存，页面上只显示部分号码。' +
        '每一次查看和修改都会记入您可查看的访问记录。您可以随时在“我的—个人信息授权”中撤回同意；撤回后，需要实名的服务将停止为您提供，但不影响撤回前已进行的处理。',
      en:
        'To verify who you are and find your social-insurance and other records, the portal processes your name, resident ID number and mobile number. ' +
        'Your ID number is sensitive personal information: it is used only to verify you and to find your records with the human-resources and social-security departments, ' +
        'it is stored encrypted and only part of it is ever shown. Every time it is read or changed is recorded in an access log you can see. ' +
        'You may withdraw this consent at any time under Me → Consents; services that need your real name then stop, without affecting what was done before.',
    },
  },
  'proxy.sharing': {
    purpose: 'proxy.sharing',
    version: '2026-11',
    title: { 'zh-CN': '向代办网格员提供个人信息单独同意', en: 'Separate consent: sharing your information with a grid staff helper' },
    text: {
      'zh-CN':
        '您授权的网格员将能在授权期限内，仅就您勾选的事项查看或办理您的信息（例如社保缴费记录、参保证明）。' +
        '网格员的每一次查看和办理都会同时记录网格员和您本人，您可以在“谁查看了我的信息”中看到。您可以随时撤回任一授权或撤回本同意；撤回本同意将立即终止全部代办授权。',
      en:
        'A grid staff member you authorise may, until the grant ends, see or act on your information only for the things you tick (for example your contribution records or a participation certificate). ' +
        'Each of their views and acts is recorded under both their name and yours, and you can see them under "Who accessed my data". ' +
        'You may revoke any grant, or withdraw this consent, at any time; withdrawing it ends all grants at once.',
    },
  },
}
