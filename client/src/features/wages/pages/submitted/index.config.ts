export default definePageConfig({ navigationBarTitleText: '投诉已提交', usingWindowScroll: true })
