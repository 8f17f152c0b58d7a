export default definePageConfig({ navigationBarTitleText: '我的参保证明', usingWindowScroll: true })
