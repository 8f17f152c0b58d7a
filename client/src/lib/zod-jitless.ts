// Zod compiles object parsers with `new Function` where it may, and probes for that as each
// schema is built. The portal's Content-Security-Policy (h5) forbids evaluating strings, as does
// WeChat (weapp), and even the probe is reported as a violation: parse without compiling.
//
// Zod takes its settings from this global, made by whichever loads first: set here, by app.ts
// before anything else, it holds for the zod the pages load later. Not `z.config()`: importing
// zod here would load it and build schemas before the first screen (zod-jitless.test.ts checks
// that zod reads it).
const scope = globalThis as { __zod_globalConfig?: { jitless?: boolean } }
scope.__zod_globalConfig ??= {}
scope.__zod_globalConfig.jitless = true

export {}
