// Electron's entry point (bundled to dist/main/index.js): runs the app in the Electron shell.
import { startLimber } from '../app/index'
import { runLimber } from './lifecycle'

runLimber(startLimber)
