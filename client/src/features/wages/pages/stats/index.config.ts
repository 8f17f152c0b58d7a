export default definePageConfig({ navigationBarTitleText: '欠薪统计', usingWindowScroll: true })
