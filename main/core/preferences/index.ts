// Limber's preferences, the one place to import them from: the schema, its type and the defaults (schema.ts),
// checking them field by field (check.ts), and bringing stored ones up to date or applying a change (migrate.ts).
export * from './schema'
export { describeErrors, validatePreferences } from './check'
export { mergePreferences, migratePreferences, type MigrationResult } from './migrate'
