export default definePageConfig({ navigationBarTitleText: '上门认证审核', usingWindowScroll: true })
