import { defineCatalog } from '../../lib/i18n/translate'

export const loginMessages = defineCatalog(
  {
    title: '登录',
    lead: '登录后可以查询社保记录、开具参保证明、管理代办授权。',
    wechat: '微信一键登录',
    wechatFailed: '没有拿到微信登录凭证，请重试。',
    devTitle: '开发测试登录',
    devWarning: '仅供开发测试使用：以下是演示账号，正式上线的系统不提供此登录方式。',
    noProviders: '当前没有可用的登录方式。',
    verifyTitle: '不登录也能办',
    verifyLink: '核验参保证明（学校、单位使用）',
    loggingIn: '正在登录…',
  },
  {
    title: 'Log in',
    lead: 'Log in to see your social-insurance records, get certificates and manage who may act for you.',
    wechat: 'Log in with WeChat',
    wechatFailed: 'WeChat did not give a login code. Try again.',
    devTitle: 'Development login',
    devWarning: 'For development and testing only: these are demo accounts. The live service does not offer this login.',
    noProviders: 'No way to log in is available right now.',
    verifyTitle: 'Without logging in',
    verifyLink: 'Check a participation certificate (for schools and employers)',
    loggingIn: 'Logging in…',
  },
)
