export default definePageConfig({ navigationBarTitleText: '欠薪投诉', usingWindowScroll: true })
