// The sheet of every stretch's figure, held, that `npm run screenshots` makes (docs/screenshots/figures-*.png): the
// windows' own figure component, fed by the preview bridge's list of stretches (the same pictures Settings shows),
// larger, with each stretch's name, so all 22 can be looked over at once. Not a window of the app.
import { render } from 'preact'
import type { StretchInfo } from '../../main/app/ipc-contract'
import { getBridge } from '../shared/bridge'
import { FigureView } from '../shared/figure'
import '../shared/theme.css'
import './figure-sheet.css'

function Sheet({ stretches }: { stretches: StretchInfo[] }) {
  return (
    <main class="sheet">
      {stretches.map((stretch) => (
        <section key={stretch.id}>
          <h2>{stretch.name}</h2>
          <p>
            {stretch.id} · {stretch.position}
            {stretch.oneSided ? ' · one-sided (first side)' : ''}
          </p>
          {stretch.figure && <FigureView class="figure sheet-figure" figure={stretch.figure} />}
        </section>
      ))}
    </main>
  )
}

const root = document.getElementById('app')
if (root)
  void getBridge()
    .getStretches()
    .then((stretches) => render(<Sheet stretches={stretches} />, root))
