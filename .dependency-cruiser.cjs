// The layers of the code base, checked by `npm run lint` (dependency-cruiser). Each rule names
// what it keeps apart and why; a new module inherits them without asking.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'shared-is-shared',
      comment: 'shared/ is the contract both sides build on: it imports nothing of the BFF or the client.',
      severity: 'error',
      from: { path: '^shared/src/' },
      to: { path: '^(bff|client)/' },
    },
    {
      name: 'shared-has-no-server-library',
      comment:
        'shared/ ends up in the weapp bundle: no library but zod and, for the e-card verifier a venue phone runs offline, noble\'s Ed25519 and SHA-512 (plain JS, decision 064); no Node built-in.',
      severity: 'error',
      from: { path: '^shared/src/', pathNot: '\\.test(-d)?\\.ts$' },
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown', 'core'],
        pathNot: '^node_modules/(zod|@noble/ed25519|@noble/hashes)/',
      },
    },
    {
      name: 'no-feature-imports-another',
      comment: 'Client features link to each other through the page table, never by import.',
      severity: 'error',
      from: { path: '^client/src/features/([^/]+)/' },
      to: { path: '^client/src/features/', pathNot: '^client/src/features/$1/' },
    },
    {
      name: 'no-module-imports-another',
      comment: 'BFF modules meet in platform/ and shared/, never by importing one another.',
      severity: 'error',
      from: { path: '^bff/src/modules/([^/]+)/', pathNot: '\\.test\\.ts$' },
      to: { path: '^bff/src/modules/', pathNot: '^bff/src/modules/$1/' },
    },
    {
      name: 'routes-do-not-query',
      comment: 'Routes bind operations to services; queries live in repos.',
      severity: 'error',
      from: { path: '^bff/src/modules/[^/]+/[a-z-]*routes\\.ts$' },
      to: { path: '^node_modules/drizzle-orm/' },
    },
    {
      name: 'repos-know-no-http',
      comment: 'Repos read and write rows; requests and responses are the routes\' business.',
      severity: 'error',
      from: { path: '^bff/src/modules/[^/]+/[a-z-]*repo\\.ts$' },
      to: { path: '^node_modules/(hono|@hono)/' },
    },
    {
      name: 'no-seed-in-production-code',
      comment: 'Demo data is loaded by the entry points in demo mode and by tests, never by a module or the platform.',
      severity: 'error',
      from: { path: '^bff/src/(modules|platform|db)/', pathNot: ['\\.test\\.ts$', '^bff/src/db/seed/'] },
      to: { path: '^bff/src/db/seed/' },
    },
    {
      name: 'no-test-code-in-production',
      comment: 'Fakes and harnesses stay out of what ships.',
      severity: 'error',
      from: { path: '^(bff|shared|client)/src/', pathNot: ['\\.test\\.tsx?$', '^bff/src/testing/', '^client/src/test/', '\\.test-d\\.ts$'] },
      to: { path: '^bff/src/testing/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
    combinedDependencies: true,
  },
}
