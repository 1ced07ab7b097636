// Words for the ice/heat therapy timer: how to use each safely, and the notification shown at every switch.
// The recommended timing (20 minutes on, 20 off) comes from the product's health guidance; the user may change it,
// so notification texts take the actual minutes rather than repeating a fixed number.

import type { NoticeText } from './notice'

export type TherapyKind = 'ice' | 'heat'

export type TherapySwitch = 'ice-on' | 'ice-off' | 'heat-on' | 'heat-off' | 'finished'

export const THERAPY_GUIDANCE: Readonly<Record<TherapyKind, readonly string[]>> = {
  ice: [
    'Twenty minutes on, then twenty minutes off, and repeat.',
    'Always wrap the ice pack in a cloth or towel. Never put ice straight on your skin.',
    'A bag of frozen peas wrapped in a tea towel works well.',
  ],
  heat: [
    'Some people find warmth more soothing than cold. Use whichever helps you.',
    'Use a heating pad on a low setting, with a layer between it and your skin.',
    'No heating pad? Fill a clean sock with dry rice, tie it shut, and warm it in the microwave for 20 to 30 seconds.',
    'Check the warmth on your hand before it goes on your back.',
  ],
}

export const THERAPY_NOTICES: Readonly<Record<TherapySwitch, NoticeText>> = {
  'ice-on': { title: 'Ice on', body: 'Wrap the pack in a cloth first, never straight on skin.' },
  'ice-off': { title: 'Ice off — time to rest', body: 'Take the pack away and let your skin warm up again.' },
  'heat-on': { title: 'Heat on', body: 'Keep a cloth or layer between the heat and your skin.' },
  'heat-off': { title: 'Heat off — time to rest', body: 'Take the heat away and let your skin rest.' },
  finished: {
    title: 'All done',
    body: 'That was the last round. Move gently for a bit before you sit down again.',
  },
}

/** The notification for a switch; `minutes` is how long this phase lasts, left out for 'finished'. */
export function therapyNotice(step: TherapySwitch, minutes?: number): NoticeText {
  const notice = THERAPY_NOTICES[step]
  if (step === 'finished' || minutes === undefined) return notice
  const unit = minutes === 1 ? 'minute' : 'minutes'
  const phase = step.endsWith('-on') ? 'on' : 'off'
  return { title: notice.title, body: `${notice.body} ${minutes} ${unit} ${phase}.` }
}
