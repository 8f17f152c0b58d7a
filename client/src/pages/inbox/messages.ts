import { defineCatalog } from '../../lib/i18n/translate'

/** Page texts, and one text per message template (messages are stored as template + params). */
export const inboxMessages = defineCatalog(
  {
    title: '消息',
    unreadCount: '{count} 条未读',
    empty: '还没有消息。',
    unread: '未读',
    loadMore: '加载更多',
    login: '登录后查看消息',
    'realName.bound': '您已完成实名认证。',
    'consent.given': '您同意了“{purpose}”。',
    'consent.withdrawn': '您撤回了对“{purpose}”的同意。',
    'proxy.granted': '您已授权网格员 {staffCode} 代您办理，期限 {days} 天。',
    'proxy.revoked': '您已撤销网格员 {staffCode} 的代办授权。',
    'records.certificateIssued': '参保证明已开具（用途：{purpose}），核验码 {code}。',
    'records.certificateIssuedByProxy': '网格员 {staffCode} 代您开具了参保证明（用途：{purpose}），核验码 {code}。',
  },
  {
    title: 'Messages',
    unreadCount: '{count} unread',
    empty: 'No messages yet.',
    unread: 'Unread',
    loadMore: 'Show more',
    login: 'Log in to see your messages',
    'realName.bound': 'Your real name is verified.',
    'consent.given': 'You agreed to "{purpose}".',
    'consent.withdrawn': 'You withdrew your consent to "{purpose}".',
    'proxy.granted': 'You let grid staff {staffCode} act for you for {days} days.',
    'proxy.revoked': 'You took back the grant of grid staff {staffCode}.',
    'records.certificateIssued': 'Your participation certificate is ready (for: {purpose}). Verification code {code}.',
    'records.certificateIssuedByProxy': 'Grid staff {staffCode} got a participation certificate for you (for: {purpose}). Verification code {code}.',
  },
)
