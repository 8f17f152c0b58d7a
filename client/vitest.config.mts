import { fileURLToPath } from 'node:url'
import { defineProject } from 'vitest/config'
import { storedFormat } from './config/stored-format'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

// Components render through a small stand-in for Taro's components, and Taro's API is a mock:
// the tests are about what the person sees and what goes over the wire, not about Taro.
export default defineProject({
  test: {
    name: 'client',
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}', 'config/**/*.test.ts'],
    setupFiles: [here('./test/setup.ts')],
    // Beside the server suites on two engines a page test can take seconds: room for its five-second waits (test/setup.ts).
    testTimeout: 15_000,
  },
  resolve: {
    alias: {
      '@tarojs/components': here('./test/taro-components.tsx'),
      '@tarojs/taro': here('./test/taro.ts'),
    },
  },
  define: {
    API_BASE_URL: JSON.stringify('http://127.0.0.1:8787/api'),
    RELEASE_BUILD: JSON.stringify(false),
    STORED_FORMAT: JSON.stringify(storedFormat()),
  },
})
