// The "keep moving, gently" guidance: rest helps a sore back, but too much rest stiffens it and too much effort
// can set off spasms. Shown in the break window and the settings' health notes.

export const MOVEMENT_GUIDANCE: readonly string[] = [
  'Move a little, often. Short, easy bits of activity through the day do more for your back than one big effort.',
  'Rest helps when your back is sore, but too much of it makes your back stiffer. Get up and move gently when you can.',
  'Go easy. Pushing too hard, too soon can make muscle spasms worse. Build up a little at a time.',
  'A short walk counts. So does standing up to stretch while the kettle boils.',
]

/** One-line versions for tight spaces such as the tray menu or a break window footer. */
export const MOVEMENT_SHORT: readonly string[] = [
  'Little and often beats all at once.',
  'Rest a bit, then move a bit.',
  'Gentle is enough: no need to push.',
]
