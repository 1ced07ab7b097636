// Electron's entry point (bundled to dist/main/index.js). The bundles are minified with a source map beside them:
// source maps are turned on first, so a stack trace in the log names our files and lines; Node reads the maps of
// the modules it loads after that, hence the app itself (start.ts) is loaded from here.
process.setSourceMapsEnabled(true)

import('./start').catch((error: unknown) => {
  console.error('Limber could not start:', error)
  process.exit(1)
})
