export default definePageConfig({ navigationBarTitleText: '帮扶待遇', usingWindowScroll: true })
