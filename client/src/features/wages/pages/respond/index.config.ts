export default definePageConfig({ navigationBarTitleText: '答复投诉', usingWindowScroll: true })
