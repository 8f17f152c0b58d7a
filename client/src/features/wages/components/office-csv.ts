/** The first line of a CSV template: the column names the import expects. */
export function headerLine(csv: string): string {
  return csv.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? ''
}
