// The back-care content's structure in one place: stretches and their rotation, the kinds of evening, therapy and
// activity reminders, and where their words come from (words.ts: the catalog of the language in use).

export * from './notice'
export * from './stretches'
export * from './rotation'
export * from './routine-plan'
export * from './wind-down'
export * from './therapy'
export * from './activities'
export * from './sore-back'
export * from './words'
export * from './warning-signs'
