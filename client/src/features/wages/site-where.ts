/** A site's district and address, the district once: most addresses begin with it already. */
export function whereOf(region: string, address: string | null): string {
  if (!address) return region
  return address.startsWith(region) ? address : [region, address].filter(Boolean).join(' · ')
}
