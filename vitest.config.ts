// Test runner setup: unit tests of main/ under Node, window tests in real headless Chromium (test/renderer, the
// "windows" project, which shares one preview build and one Chromium across its files). The planner and local-time
// tests run once per time zone below (TZ is read by the JS engine at startup, so each zone is its own project with
// its own workers); every other test file runs exactly once.
import { defineConfig } from 'vitest/config'

/** Zones the planner must get right: 1-hour DST both hemispheres, 30-minute DST, no DST, +12:45/+13:45. */
const PLANNER_ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Pacific/Chatham',
]
const ZONED_TESTS = ['test/planner.test.ts', 'test/local-time.test.ts']
/** The windows in headless Chromium (and the build they are made from). */
const WINDOW_TESTS = 'test/renderer/**/*.test.ts'
/**
 * Tests that change what a module sees when it is imported (vi.mock('electron'), the process's TZ): each runs in a
 * fresh module graph of its own. The rest share their worker's modules, so a worker imports main/ once rather than
 * once per file (most of a Node test file's time is its imports).
 */
const ISOLATED_TESTS = [
  'test/electron/**/*.test.ts',
  'test/smoke/**/*.test.ts',
  'test/app/clock-and-zone.test.ts',
  'test/app/lost-events.test.ts',
  'test/app/sleep-and-clock.test.ts',
  'test/app/surfaces.test.ts',
]

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 20_000,
    // A window test waits for what the page shows; on a loaded 2-core CI machine a second is not always enough.
    expect: { poll: { timeout: 5_000 } },
    hookTimeout: 60_000,
    // Two workers on the 2-core machines; the window tests share one Chromium (test/renderer/windows-setup.ts).
    maxWorkers: 2,
    // Processed by vitest rather than loaded as-is, so the tests' vi.mock('electron') reaches its import of electron.
    server: { deps: { inline: ['electron-store'] } },
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'default',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['**/node_modules/**', ...ZONED_TESTS, WINDOW_TESTS, ...ISOLATED_TESTS],
          isolate: false,
          // JITI_FS_CACHE: electron-builder's config loader (jiti) would leave a cache folder in the system temp
          // folder; a test run leaves nothing there.
          env: { TZ: 'UTC', JITI_FS_CACHE: 'false' },
        },
      },
      {
        extends: true,
        test: {
          name: 'isolated',
          include: ISOLATED_TESTS,
          env: { TZ: 'UTC', JITI_FS_CACHE: 'false' },
        },
      },
      {
        extends: true,
        test: {
          name: 'windows',
          // Each step of a window test has its own wait (Playwright's actions and waits, expect.poll): a walk through
          // several loads must not fail as a whole because a busy machine made every step slower (issue 19).
          testTimeout: 120_000,
          // The files share their worker's modules (Playwright's client is imported once per worker, not per file):
          // none of them mocks a module, and each keeps its own browser connection (harness.ts).
          isolate: false,
          include: [WINDOW_TESTS],
          // One preview build and one Chromium for the run, set up only when a window test runs.
          globalSetup: ['test/renderer/windows-setup.ts'],
          env: { TZ: 'UTC' },
        },
      },
      // Each zone's files run isolated: a worker that shares its modules is handed on to other projects' files with
      // the zone it was given still set (working-day's and languages' bedtime labels then failed, 2 runs in 3).
      ...PLANNER_ZONES.map((zone) => ({
        extends: true as const,
        test: { name: zone, include: ZONED_TESTS, env: { TZ: zone } },
      })),
    ],
  },
})
