// Prompts for the optional activity plan (strength training and yoga) and the caution about braces and wraps.
// Strength work means the whole core, back and belly together; the session guidance is in
// docs/architecture.md, "Defaults and health guidance".

import type { NoticeText } from './notice'

export type ActivityKind = 'strength' | 'yoga'

export const STRENGTH_GUIDANCE: readonly string[] = [
  'Your core is more than your belly: it is your back muscles and your abdominal muscles working together.',
  'Aim for two to four sessions a week, 30 to 45 minutes each.',
  'Good form first: slow, controlled moves beat heavy or fast ones.',
  'Start light and add a little at a time. Stop any move that hurts.',
]

export const YOGA_GUIDANCE: readonly string[] = [
  'Yoga is one of the kindest kinds of exercise for your back: it stretches and strengthens at once.',
  'A beginner or gentle class is a good place to start; tell the teacher about your back.',
  'Skip or soften any pose that hurts, and breathe steadily throughout.',
]

export const ACTIVITY_NOTICES: Readonly<Record<ActivityKind, readonly NoticeText[]>> = {
  strength: [
    {
      title: 'Strength session',
      body: 'Time to work your core: back and belly together. Slow moves, good form.',
    },
    { title: 'Core time', body: 'A strong core carries your back. Warm up first, then take it steady.' },
    {
      title: 'Strength session',
      body: 'Quality over quantity: fewer, cleaner repetitions are better for your back.',
    },
  ],
  yoga: [
    { title: 'Yoga time', body: 'Roll out your mat. Move with your breath and skip anything that hurts.' },
    {
      title: 'Yoga time',
      body: 'A gentle session today: let your back lengthen and your breathing slow down.',
    },
  ],
}

export const BRACE_CAUTION =
  'A brace or elastic wrap can give a sore back welcome support, but wearing one for too long lets your muscles ' +
  'weaken. Use it for limited stretches of time, and a custom reminder can tell you when to take it off.'
