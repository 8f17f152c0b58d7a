export default definePageConfig({ navigationBarTitleText: '投诉详情', usingWindowScroll: true })
