export default definePageConfig({ navigationBarTitleText: '上门认证任务', usingWindowScroll: true })
