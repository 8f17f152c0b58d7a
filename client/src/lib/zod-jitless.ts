import { z } from 'zod'

// Zod compiles object parsers with `new Function` where it may, and probes for that as each
// schema is built. The portal's Content-Security-Policy (h5) forbids evaluating strings, as does
// WeChat (weapp), and even the probe is reported as a violation: parse without compiling.
// Imported first by app.ts, before any module builds a schema.
z.config({ jitless: true })
