import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in Debian's Chromium; one browser at a time on 2 cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // expect.poll waits up to 1 s by default: too short on a loaded 2-core machine (CI saw pages take
    // seconds). A poll's limit only decides how long a failing test waits, never what passes.
    expect: { poll: { timeout: 30_000 } },
  },
});
