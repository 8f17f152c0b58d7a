import { pageConfig } from '../../../../lib/page-config'

export default definePageConfig(pageConfig({ navigationBarTitleText: '项目管理' }))
