import { afterAll } from 'vitest'
import { closeOpenContexts } from './harness'

// Run before each test file of the BFF (both projects): whatever the file opened through the
// harness is closed when it ends, so the next file in the same worker starts with nothing open.
afterAll(closeOpenContexts)
