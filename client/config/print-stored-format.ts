// Prints the stored-format stamp for the Taro config, whose loader cannot read the shared
// TypeScript it is computed from (run with `node --import tsx`).
import { storedFormat } from './stored-format'

process.stdout.write(storedFormat())
