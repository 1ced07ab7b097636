// The catalogs main speaks in the preview. With ?lang=pseudo the system's language is the pseudo-locale
// (main/core/i18n/pseudo.ts): English, accented and 40% longer, so a text main sends that is clipped or never
// taken from a catalog shows at a glance. The preview build hands this module to main's code in place of
// locales/index.ts (scripts/build-renderer.mjs), so main's own words reach the windows in it.
import { CATALOGS as LANGUAGES } from '../../locales/index'
import { pseudoCatalog } from '../../main/core/i18n/pseudo'

const pseudo = new URLSearchParams(location.search).get('lang') === 'pseudo'

export const CATALOGS: typeof LANGUAGES = pseudo
  ? { ...LANGUAGES, en: pseudoCatalog(LANGUAGES.en) }
  : LANGUAGES
