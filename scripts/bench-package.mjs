// Package benchmark (run by `npm run bench`): the size of the packaged app.asar (goal: at most 5 MB) and what it
// is made of, from the same packaging and checks as `npm run package:check`.
import { packageCheck } from './package-check.mjs'

const result = await packageCheck()
if (result.problems.length > 0) process.exitCode = 1
