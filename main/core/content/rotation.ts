// Chooses which stretches a routine shows, fairly: no stretch comes back until every enabled one has had a turn,
// and back-to-back stretches work different areas whenever the remaining choices allow it.
// Pure and deterministic: randomness is passed in, and the state is plain JSON so the app can store it.

import type { Stretch, StretchArea } from './stretches'
import { STRETCH_AREAS } from './stretches'

export interface RotationState {
  /** Ids shown in the current cycle; the cycle ends when every enabled stretch is in here. */
  used: string[]
  /** Area of the last stretch shown, so the next routine can start somewhere else. */
  lastArea: StretchArea | null
}

export type PickResult =
  { ok: true; picks: Stretch[]; state: RotationState } | { ok: false; reason: 'no-enabled-stretches' }

export const INITIAL_ROTATION_STATE: RotationState = { used: [], lastArea: null }

/** A small seeded PRNG (mulberry32): the same seed always gives the same sequence, in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Accepts whatever was stored and returns a usable state; anything unreadable starts a fresh cycle. */
export function parseRotationState(value: unknown): RotationState {
  if (typeof value !== 'object' || value === null) return { ...INITIAL_ROTATION_STATE, used: [] }
  const record = value as Record<string, unknown>
  const used = Array.isArray(record.used)
    ? record.used.filter((id): id is string => typeof id === 'string')
    : []
  const lastArea = STRETCH_AREAS.find((area) => area === record.lastArea) ?? null
  return { used: [...new Set(used)], lastArea }
}

/**
 * Picks `count` stretches (fewer if fewer are enabled: a routine never shows the same stretch twice).
 * Without `random`, the choice is seeded from the state, so the same state always gives the same routine.
 */
export function pickStretches(
  stretches: readonly Stretch[],
  disabledIds: readonly string[],
  count: number,
  state: RotationState,
  random: () => number = seededRandom(seedFromState(state)),
): PickResult {
  if (!Number.isInteger(count) || count < 1) {
    throw new RangeError(`count must be a whole number of at least 1, got ${count}`)
  }
  const disabled = new Set(disabledIds)
  const enabled = stretches.filter((s) => !disabled.has(s.id))
  if (enabled.length === 0) return { ok: false, reason: 'no-enabled-stretches' }

  const enabledIds = new Set(enabled.map((s) => s.id))
  // Ids that were disabled or removed since the state was saved no longer count towards the cycle.
  let used = new Set(state.used.filter((id) => enabledIds.has(id)))
  let lastArea = state.lastArea
  const picks: Stretch[] = []

  while (picks.length < Math.min(count, enabled.length)) {
    let remaining = enabled.filter((s) => !used.has(s.id))
    if (remaining.length === 0) {
      used = new Set()
      remaining = enabled
    }
    // Within one routine, prefer stretches not already shown in it (matters only when a cycle restarts mid-routine).
    const fresh = remaining.filter((s) => !picks.includes(s))
    const pool = fresh.length > 0 ? fresh : remaining
    const area = chooseArea(countByArea(remaining), countByArea(pool), lastArea, random)
    const inArea = pool.filter((s) => s.area === area)
    const pick = inArea[Math.floor(random() * inArea.length)] ?? inArea[0]
    if (pick === undefined) break // unreachable: chooseArea only returns areas present in the pool
    picks.push(pick)
    used.add(pick.id)
    lastArea = pick.area
  }
  return { ok: true, picks, state: { used: [...used], lastArea } }
}

type AreaCounts = Map<StretchArea, number>

function countByArea(stretches: readonly Stretch[]): AreaCounts {
  const counts: AreaCounts = new Map()
  for (const s of stretches) counts.set(s.area, (counts.get(s.area) ?? 0) + 1)
  return counts
}

/**
 * Picks the next area. An area is safe when, after taking one stretch from it, the rest of the cycle can still be
 * ordered with no two neighbours in the same area; among safe areas the choice is random, weighted by how many
 * stretches each has left, so every remaining stretch is equally likely. When no area is safe, repeats are
 * unavoidable and the fullest area other than the last one goes first, which keeps the repeats few.
 */
function chooseArea(
  remaining: AreaCounts,
  pool: AreaCounts,
  lastArea: StretchArea | null,
  random: () => number,
): StretchArea {
  const safe = [...pool.keys()].filter((area) => area !== lastArea && canFollow(remaining, area))
  if (safe.length > 0) {
    const total = safe.reduce((sum, area) => sum + (pool.get(area) ?? 0), 0)
    let ticket = random() * total
    for (const area of safe) {
      ticket -= pool.get(area) ?? 0
      if (ticket < 0) return area
    }
    return safe[safe.length - 1] as StretchArea
  }
  const others = [...pool.keys()].filter((area) => area !== lastArea)
  const candidates = others.length > 0 ? others : [...pool.keys()]
  return candidates.reduce((best, area) => ((pool.get(area) ?? 0) > (pool.get(best) ?? 0) ? area : best))
}

/** Whether taking one stretch of `area` leaves a remainder that can be ordered without neighbours sharing an area. */
function canFollow(remaining: AreaCounts, area: StretchArea): boolean {
  const after = new Map(remaining)
  after.set(area, (after.get(area) ?? 0) - 1)
  const n = [...after.values()].reduce((sum, c) => sum + c, 0)
  for (const [a, c] of after) {
    // An area can fill every other slot at most; the one just used may not take the first slot too.
    const limit = a === area ? n - c : n - c + 1
    if (c > limit) return false
  }
  return true
}

// A stable 32-bit hash of the state, so an injected seed is optional but results stay reproducible.
function seedFromState(state: RotationState): number {
  let h = 2166136261
  for (const ch of `${state.lastArea ?? ''}|${state.used.join(',')}`) {
    h = Math.imul(h ^ ch.charCodeAt(0), 16777619)
  }
  return h >>> 0
}
