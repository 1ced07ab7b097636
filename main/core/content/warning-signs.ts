// When to see a doctor, graded by urgency: the tiers in the order they are shown, most urgent first. Each sign's
// words sit under its tier in every catalog (`common.warningSigns`), so a sign cannot change tier in one language
// alone (test/i18n/catalogs.test.ts checks every catalog has the same keys in the same places, and
// test/warning-signs.test.ts which sign is in which tier). The sources, and what Limber deliberately does not say,
// are in docs/health-content.md.
import type { Catalog } from '../../../locales/catalog'

/** emergency: call the local emergency number now; today: a doctor today; soon: book an appointment. */
export type Urgency = 'emergency' | 'today' | 'soon'

export const URGENCIES: readonly Urgency[] = ['emergency', 'today', 'soon']

export type WarningSignTexts = Catalog['common']['warningSigns']

/** The signs of one tier, in their order, as plain sentences ending "if you have back pain and: …". */
export function signsOf(texts: WarningSignTexts, urgency: Urgency): string[] {
  return Object.values(texts[urgency].signs)
}
