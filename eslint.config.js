// `npm run lint` (part of `npm test`): ESLint with type-aware rules over every TypeScript file.
// The layer rules (who may import whom) are dependency-cruiser's: .dependency-cruiser.cjs.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/*.d.ts', '**/*.js', '**/*.mjs', '**/*.cjs', 'bff/drizzle*.config.ts', 'test/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // A handler that returns a promise is how React and Taro take async event handlers.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // An async function that does not await yet keeps the interface it implements (a fake, a platform stub).
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // The BFF links to client pages only through the page table in shared/ (shared/src/platform/pages.ts).
    files: ['bff/src/**/*.ts'],
    ignores: ['bff/src/**/*.test.ts', 'bff/src/testing/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'Literal[value=/^\\/(features|pages)\\//]', message: 'Take client page paths from @renshe/shared/platform/pages, not a literal.' },
        { selector: 'TemplateElement[value.raw=/^\\/?#?\\/(features|pages)\\//]', message: 'Take client page paths from @renshe/shared/platform/pages, not a literal.' },
      ],
    },
  },
  {
    // Tests pass vitest's asymmetric matchers (typed any) and mock methods around freely.
    files: ['**/*.test.ts', '**/*.test.tsx', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
)
