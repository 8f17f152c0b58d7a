export default definePageConfig({ navigationBarTitleText: '参保证明', usingWindowScroll: true })
