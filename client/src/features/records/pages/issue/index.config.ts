export default definePageConfig({ navigationBarTitleText: '开具参保证明', usingWindowScroll: true })
