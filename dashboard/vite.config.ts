import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// In development the gateway (http://localhost:8080, `./careloop`) owns the session: sign in there first;
// the dev server then forwards the API, the login and the live stream to it.
const gateway = 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'target/classes/static',
    emptyOutDir: true,
    sourcemap: false,
  },
  server: {
    proxy: {
      '/api': gateway,
      '/oauth2': gateway,
      '/login': gateway,
      '/logout': gateway,
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    reporters: ['default', 'junit'],
    outputFile: { junit: 'target/vitest-reports/junit.xml' },
    // a test that types into a form takes seconds on a busy 2-core machine (5 s, vitest's default, timed out there)
    testTimeout: 20_000,
  },
});
