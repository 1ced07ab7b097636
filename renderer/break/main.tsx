// Entry point of the break window: loads what is on screen now and follows main's changes to it.
import { render } from 'preact'
import { getBridge, markRendered } from '../shared/bridge'
import { App, current } from './app'
import '../shared/theme.css'
import '../shared/check-in.css'
import './break.css'
import './screens.css'

const root = document.getElementById('app')
if (root) {
  const bridge = getBridge()
  render(<App bridge={bridge} />, root)
  const off = bridge.on('break:changed', (content) => {
    current.value = content
  })
  window.addEventListener('pagehide', off, { once: true })
  void bridge.getBreak().then((content) => {
    // An event may have arrived first; it is newer than this answer.
    if (current.value === undefined) current.value = content
    markRendered()
  })
}
