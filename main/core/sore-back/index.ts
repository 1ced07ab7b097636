// The sore-back plan's rules, the one place to import them from: its days (days.ts) and the gentler preferences
// and stretches while it runs (gentler.ts).
export * from './days'
export * from './gentler'
