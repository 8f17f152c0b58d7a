import { defineCatalog } from '../lib/i18n/translate'

/** Names of the contract's enumerations, used by more than one module. */
export const domainLabels = defineCatalog(
  {
    'scope.profile.read': '查看基本信息',
    'scope.records.read': '查询社保缴费记录',
    'scope.records.certificate': '开具参保证明',
    'scope.inbox.read': '查看消息',
    'insurance.pension': '养老保险',
    'insurance.medical': '医疗保险',
    'insurance.unemployment': '失业保险',
    'insurance.work_injury': '工伤保险',
    'insurance.maternity': '生育保险',
    'role.citizen': '个人',
    'role.grid_staff': '网格员',
    'role.employer': '用人单位',
    'role.institution': '培训机构',
    'role.officer': '经办人员',
    'role.admin': '管理员',
    'consent.identity.real_name': '实名认证个人信息处理',
    'consent.proxy.sharing': '委托网格员代办',
  },
  {
    'scope.profile.read': 'See basic details',
    'scope.records.read': 'Look up contribution records',
    'scope.records.certificate': 'Issue participation certificates',
    'scope.inbox.read': 'Read messages',
    'insurance.pension': 'Pension insurance',
    'insurance.medical': 'Medical insurance',
    'insurance.unemployment': 'Unemployment insurance',
    'insurance.work_injury': 'Work-injury insurance',
    'insurance.maternity': 'Maternity insurance',
    'role.citizen': 'Citizen',
    'role.grid_staff': 'Grid staff',
    'role.employer': 'Employer',
    'role.institution': 'Training institution',
    'role.officer': 'Officer',
    'role.admin': 'Administrator',
    'consent.identity.real_name': 'Processing of real-name details',
    'consent.proxy.sharing': 'Letting grid staff act for me',
  },
)

export type DomainLabel = keyof (typeof domainLabels)['zh-CN']
