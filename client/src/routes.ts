// The page table lives in shared/, where the BFF's notices take their links from too.
export { pages as routes } from '@renshe/shared/platform/pages'
