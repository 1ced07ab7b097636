// Entry point of the break window: loads what is on screen now and its texts (a check-in's with their own file;
// for a routine with a tone or the voice on, their code: routine-cues.ts), then follows main's changes to both (a break, or the language: the
// window's own words follow the language the break is written in).
import { render } from 'preact'
import { getBridge, markRendered } from '../shared/bridge'
import { renderOnChange } from '../shared/signal'
import { keepFitting } from './fit'
import { App, current } from './app'
import { loadCues } from './routine-cues'
import { loadTexts, loadTextsFor } from './texts'
import { zoomWithKeys } from '../shared/zoom-keys'
import '../shared/theme.css'
import '../shared/check-in.css'
import '../shared/warning-signs.css'
import './break.css'
import './screens.css'

const root = document.getElementById('app')
if (root) {
  const bridge = getBridge()
  zoomWithKeys(bridge)
  const offBreak = bridge.on('break:changed', (content) => {
    if (content) {
      void Promise.all([loadTextsFor(content), loadCues(content)]).then(() => (current.value = content))
    } else current.value = content
  })
  // Nothing on screen still speaks the language in use.
  const offStatus = bridge.on('status:changed', (status) => {
    if (!current.value) void loadTexts(status.language)
  })
  window.addEventListener(
    'pagehide',
    () => {
      offBreak()
      offStatus()
    },
    { once: true },
  )
  void Promise.all([bridge.getBreak(), bridge.getStatus()]).then(async ([content, status]) => {
    await Promise.all([content ? loadTextsFor(content) : loadTexts(status.language), loadCues(content)])
    // An event may have arrived first; it is newer than this answer.
    if (current.value === undefined) current.value = content
    const draw = () => render(<App bridge={bridge} />, root)
    renderOnChange(draw)
    draw()
    keepFitting(root)
    markRendered()
  })
}
