import { pageConfig } from '../../../../lib/page-config'

export default definePageConfig(pageConfig({ navigationBarTitleText: '个人信息处理同意' }))
