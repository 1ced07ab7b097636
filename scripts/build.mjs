// Builds everything Electron loads into dist/: the main-process bundle and preload (build-main.mjs)
// and the windows (build-renderer.mjs).
import { buildMain } from './build-main.mjs'
import { buildRenderer } from './build-renderer.mjs'

await Promise.all([buildMain(), buildRenderer()])
console.log('built dist/')
