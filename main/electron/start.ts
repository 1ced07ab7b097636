// The main process proper (loaded by main.ts, once source maps are on): opens the log, then runs the app in the
// Electron shell.
import { app } from 'electron'
import { startLimber } from '../app/index'
import { runLimber } from './lifecycle'
import { openLog } from './files/log'

const logging = openLog(app.getPath('userData'))
logging.catchUncaught()
runLimber(startLimber, logging)
