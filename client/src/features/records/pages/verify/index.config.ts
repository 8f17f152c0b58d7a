export default definePageConfig({ navigationBarTitleText: '参保证明核验', usingWindowScroll: true })
