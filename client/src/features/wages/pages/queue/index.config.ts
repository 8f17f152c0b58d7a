export default definePageConfig({ navigationBarTitleText: '案件待办', usingWindowScroll: true })
