export default definePageConfig({ navigationBarTitleText: '死亡信息核实', usingWindowScroll: true })
