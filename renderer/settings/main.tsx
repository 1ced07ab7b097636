// Entry point of the settings window: connects to the bridge (which loads the texts of the language in use), then
// renders. Nothing else runs at load.
import { render } from 'preact'
import { getBridge, markRendered } from '../shared/bridge'
import { renderOnChange } from '../shared/signal'
import { App } from './app'
import { focusIfDrawn } from './focus-after'
import { connect } from './state'
import { zoomWithKeys } from '../shared/zoom-keys'
import '../shared/theme.css'
import '../shared/check-in.css'
import '../shared/warning-signs.css'
import './settings.css'
import './welcome.css'

const root = document.getElementById('app')
if (root) {
  zoomWithKeys(getBridge())
  void connect(getBridge()).then((disconnect) => {
    const draw = () => {
      render(<App />, root)
      focusIfDrawn()
    }
    renderOnChange(draw)
    draw()
    markRendered()
    window.addEventListener('pagehide', disconnect, { once: true })
  })
}
