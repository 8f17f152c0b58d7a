import type { Role } from '@renshe/shared/identity/roles'
import type { DemoAccount } from '@renshe/shared/identity/schemas'

export interface DemoPerson {
  readonly account: string
  readonly label: { readonly 'zh-CN': string; readonly en: string }
  readonly roles: readonly Role[]
  readonly name: string
  /** Bound at seed time; absent for an account that still has to bind. */
  readonly idNumber?: string
  readonly phone?: string
  readonly regionCode?: string
  readonly staffCode?: string
  readonly organization?: string
}

/**
 * Demo accounts for development login. The ID numbers are made up but valid (GB 11643); the
 * same people are in the seeded social-insurance register, so their records appear once bound.
 */
export const demoAccounts: readonly DemoPerson[] = [
  {
    account: 'citizen-zhang',
    label: { 'zh-CN': '张伟 · 参保人（已实名）', en: 'Zhang Wei · insured citizen (verified)' },
    roles: ['citizen'],
    name: '张伟',
    idNumber: '330302199003151231',
    phone: '13857712345',
  },
  {
    account: 'citizen-li',
    label: { 'zh-CN': '李娜 · 参保人（未实名）', en: 'Li Na · insured citizen (not yet verified)' },
    roles: ['citizen'],
    name: '李娜',
  },
  {
    account: 'elder-wang',
    label: { 'zh-CN': '王秀英 · 82 岁老人（已授权网格员代办）', en: 'Wang Xiuying · 82, has a grid staff helper' },
    roles: ['citizen'],
    name: '王秀英',
    idNumber: '330302194406080025',
    phone: '13905771234',
  },
  {
    account: 'worker-zhao',
    label: { 'zh-CN': '赵强 · 外来务工人员（已实名）', en: 'Zhao Qiang · migrant worker (verified)' },
    roles: ['citizen'],
    name: '赵强',
    idNumber: '511321198803124572',
    phone: '15057798765',
  },
  {
    account: 'retiree-sun',
    label: { 'zh-CN': '孙建国 · 71 岁退休人员（待认证）', en: 'Sun Jianguo · 71, pensioner (certification due)' },
    roles: ['citizen'],
    name: '孙建国',
    idNumber: '33030219550312301X',
    phone: '13967781234',
  },
  {
    account: 'retiree-wu',
    label: { 'zh-CN': '吴桂兰 · 78 岁退休人员（养老金已暂停）', en: 'Wu Guilan · 78, pensioner (pension suspended)' },
    roles: ['citizen'],
    name: '吴桂兰',
    idNumber: '330302194807214020',
    phone: '13705772468',
  },
  {
    account: 'staff-chen',
    label: { 'zh-CN': '陈建华 · 网格员 WG330302001', en: 'Chen Jianhua · grid staff WG330302001' },
    roles: ['grid_staff', 'citizen'],
    name: '陈建华',
    idNumber: '330302197209113012',
    regionCode: '330302',
    staffCode: 'WG330302001',
    organization: '鹿城区五马街道网格服务站',
  },
  {
    account: 'staff-zhou',
    label: { 'zh-CN': '周敏 · 网格员 WG330302002（无授权）', en: 'Zhou Min · grid staff WG330302002 (no grants)' },
    roles: ['grid_staff'],
    name: '周敏',
    regionCode: '330302',
    staffCode: 'WG330302002',
    organization: '鹿城区南汇街道网格服务站',
  },
  {
    account: 'officer-liu',
    label: { 'zh-CN': '刘洋 · 经办人（鹿城区 330302）', en: 'Liu Yang · officer, Lucheng 330302' },
    roles: ['officer'],
    name: '刘洋',
    regionCode: '330302',
    organization: '鹿城区人力资源和社会保障局',
  },
  {
    account: 'officer-huang',
    label: { 'zh-CN': '黄磊 · 经办人（瓯海区 330304）', en: 'Huang Lei · officer, Ouhai 330304' },
    roles: ['officer'],
    name: '黄磊',
    regionCode: '330304',
    organization: '瓯海区人力资源和社会保障局',
  },
  {
    account: 'supervisor-wu',
    label: { 'zh-CN': '吴静 · 监察科负责人（鹿城区 330302）', en: 'Wu Jing · supervisor, Lucheng 330302' },
    roles: ['supervisor'],
    name: '吴静',
    regionCode: '330302',
    organization: '鹿城区劳动保障监察大队',
  },
  {
    account: 'employer-demo',
    label: { 'zh-CN': '温州瓯江建设有限公司 · 用人单位', en: 'Wenzhou Oujiang Construction · employer' },
    roles: ['employer'],
    name: '温州瓯江建设有限公司',
    regionCode: '330302',
    organization: '温州瓯江建设有限公司',
  },
  {
    account: 'institution-demo',
    label: { 'zh-CN': '温州技师培训学校 · 培训机构', en: 'Wenzhou Technicians Training School · institution' },
    roles: ['institution'],
    name: '温州技师培训学校',
    regionCode: '330302',
    organization: '温州技师培训学校',
  },
  {
    account: 'assessor-demo',
    label: { 'zh-CN': '温州市鹿城区职业技能等级认定中心 · 评价机构', en: 'Lucheng Skill Level Assessment Centre · assessment body' },
    roles: ['assessor'],
    name: '温州市鹿城区职业技能等级认定中心',
    regionCode: '330302',
    organization: '温州市鹿城区职业技能等级认定中心',
  },
  // Venues that check e-card codes (decision 066), seeded with their venues after the cards.
  {
    account: 'venue-park',
    label: { 'zh-CN': '三垟湿地公园 · 验码点（瓯海区 330304）', en: 'Sanyang Wetland Park · code checkpoint, Ouhai 330304' },
    roles: ['venue'],
    name: '三垟湿地公园',
    regionCode: '330304',
    organization: '温州市三垟湿地公园管理中心',
  },
  {
    account: 'venue-bus',
    label: { 'zh-CN': '温州公交鹿城 33 路 · 验码点（鹿城区 330302）', en: 'Wenzhou Bus, Lucheng line 33 · code checkpoint, Lucheng 330302' },
    roles: ['venue'],
    name: '温州公交鹿城 33 路',
    regionCode: '330302',
    organization: '温州市公共交通集团有限公司',
  },
  {
    account: 'admin',
    label: { 'zh-CN': '系统管理员', en: 'Administrator' },
    roles: ['admin'],
    name: '管理员',
    regionCode: '330300',
  },
]

/** What the development login screen offers of each: the account, its label and roles, nothing personal. */
export const demoLogins: readonly DemoAccount[] = demoAccounts.map(({ account, label, roles }) => ({ account, label, roles: [...roles] }))
