import { payrollCsvTemplate } from '../modules/wages/payroll-csv'
import type { Sample } from './operation-samples'

const unknownProject = 'zzzzzzzzzzzzzzzzzzzzzzzzzz'

/** Samples of the employer, project, payroll, alert and calendar operations of `wages`. */
export const payrollSamples: Readonly<Record<string, Sample>> = {
  'wages.searchEmployers': { query: { q: '瓯江' } },
  'wages.listProjects': {},
  'wages.createProject': {
    body: { name: '瓯江府三期', regionCode: '330302', address: '鹿城区江滨西路 90 号', startMonth: '2026-10', endMonth: '2027-12' },
  },
  'wages.importPayroll': {
    params: { id: unknownProject },
    file: { name: '工资发放名单.csv', bytes: payrollCsvTemplate, type: 'text/csv' },
  },
  'wages.getPayrollTemplate': {},
  'wages.listAlerts': {},
  'wages.listCalendar': { query: { year: '2026' } },
  'wages.setCalendarDay': { params: { date: '2026-12-31' }, body: { kind: 'holiday', name: '元旦前一日' } },
}
