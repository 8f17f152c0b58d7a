/** Wenzhou's districts, counties and county-level cities: where a complaint's work site can be. Names: domainLabels `region.<code>`. */
export const wenzhouRegions = [
  '330302',
  '330303',
  '330304',
  '330305',
  '330324',
  '330326',
  '330327',
  '330328',
  '330329',
  '330381',
  '330382',
  '330383',
] as const
