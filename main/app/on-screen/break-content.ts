// The words of each reminder: its notification and what the break window shows (the stretch routine, a rotating
// posture tip, evening suggestions). Built from the shared content library and the user's preferences.
import { stretchWords, type ContentTexts, type Stretch } from '../../core/content'
import { filmOf, pictureOf } from '../../core/figure/film'
import type { FigureFilm, FigurePicture } from '../../core/figure/film-play'
import { figureFor } from '../../core/figure/library'
import type { StretchFigure } from '../../core/figure/stretch-figure'
import type { Preferences } from '../../core/preferences/index'
import type { ReminderKind } from '../../core/planning/reminders'
import { GENTLE_ANSWERS, type FirmAnswers } from '../../core/firm/answers'
import type { HeldFor } from '../busy/hold'
import { heldSentence } from '../busy/hold-words'
import type { BreakContent, StretchInfo } from '../ipc-contract'
import type { NotificationRequest } from '../platform'
import type { Speech } from '../speech'
import { routineEntries } from './routine-steps'
import {
  routineLine,
  routineNames,
  routineShapes,
  routineStretches,
  type ShowingRoutine,
} from './routine-content'

/** A reminder on screen now. `rotation` picks this showing's tip and suggestions (it grows by one per showing). */
export interface Showing {
  id: string
  kind: ReminderKind
  key: string
  title: string
  ref?: string
  startedAt: number
  stretches: readonly Stretch[]
  rotation: number
  /** It waited while the user was busy: how long, and why. */
  held?: HeldFor | null
  /** False when its break window opened by itself: the window's keys wait for a click or a focus. */
  userAsked?: boolean
  /** Shown during a sore-back plan: an easy walk, gentle stretches, "stop at the first sign of pain" with each. */
  gentle?: boolean
  /** A routine from a physiotherapist: its own reminder, or a stretch break that uses it. */
  routine?: ShowingRoutine
}

/** Each figure's film and held picture, worked out once: they depend on the figure alone, not on the language. */
const DRAWN = new WeakMap<StretchFigure, { film: FigureFilm; picture: FigurePicture }>()

function drawn(figure: StretchFigure): { film: FigureFilm; picture: FigurePicture } {
  let known = DRAWN.get(figure)
  if (!known) {
    const film = filmOf(figure)
    known = { film, picture: pictureOf(film) }
    DRAWN.set(figure, known)
  }
  return known
}

/**
 * A stretch as the windows get it; on a sore-back day its cautions start with "stop at the first sign of pain". Its
 * figure comes drawn held; `moving` adds the film that moves it (a break shows it moving, a list holds it still).
 */
export function stretchInfo(
  stretch: Stretch,
  prefs: Preferences,
  texts: ContentTexts,
  { gentle = false, moving = false }: { gentle?: boolean; moving?: boolean } = {},
): StretchInfo {
  // In a break the routine gets the user up from the floor with a step of its own.
  const words = stretchWords(texts, stretch, !moving)
  const figure = figureFor(stretch.id)
  const drawing = figure && drawn(figure)
  return {
    id: stretch.id,
    name: words.name,
    area: stretch.area,
    areaLabel: words.areaLabel,
    position: stretch.position,
    intensity: stretch.intensity,
    steps: [...words.steps],
    holdSeconds: prefs.stretch.holdSeconds,
    repetitions: prefs.stretch.repetitions,
    cautions: gentle ? [texts.soreBack.caution, ...words.cautions] : [...words.cautions],
    oneSided: stretch.oneSided,
    figure: drawing && {
      description: words.figure,
      picture: drawing.picture,
      film: moving ? drawing.film : null,
    },
  }
}

/** `speech`: the words to say it in, and the language the window is told (the preview passes its pseudo-locale). */
export function breakContent(
  showing: Showing,
  prefs: Preferences,
  speech: Speech,
  answers: FirmAnswers = GENTLE_ANSWERS,
): BreakContent {
  const texts = speech.texts.content
  const words = wordsFor(showing, prefs, speech)
  const routine = showing.routine && showing.routine.items.length > 0 ? showing.routine : null
  return {
    language: speech.language,
    id: showing.id,
    kind: showing.kind,
    title: words.title,
    message: windowMessage(showing, words.body, speech),
    startedAt: showing.startedAt,
    durationSeconds: showing.kind === 'posture' ? prefs.posture.durationSeconds : 0,
    stretches: routine
      ? routineStretches(routine, speech, showing.gentle ?? false, {
          library: (stretch) =>
            stretchInfo(stretch, prefs, texts, { gentle: showing.gentle ?? false, moving: true }),
          draw: drawn,
        })
      : showing.stretches.map((stretch) =>
          stretchInfo(stretch, prefs, texts, { gentle: showing.gentle ?? false, moving: true }),
        ),
    // A physiotherapist's routine, as a stretch break or its own reminder, plays like the library's: the moves
    // between places in its own order, and the same cues.
    ...(showing.kind === 'stretch' || showing.kind === 'routine'
      ? {
          routine: routineEntries(routine ? routineShapes(routine) : showing.stretches, texts),
          cues: { tones: prefs.stretch.soundCues, voice: prefs.stretch.voice },
        }
      : {}),
    cue: showing.gentle ? texts.soreBack.cue : texts.cue,
    tips: tipsFor(showing, texts),
    sound: prefs.notifications.sound,
    fullScreen: prefs.breakWindow.fullScreen,
    snoozeMinutes: prefs.snoozeMinutes,
    userAsked: showing.userAsked ?? true,
    held: showing.held
      ? {
          minutes: Math.floor(showing.held.ms / 60_000),
          reason: showing.held.reason,
          text: heldSentence(showing.held, speech),
        }
      : null,
    ...(showing.gentle ? { gentle: true } : {}),
    ...(showing.routine ? { routineLine: routineLine(showing.routine, speech) } : {}),
    answers: { ...answers },
  }
}

/** `answers`: the buttons it offers (firm mode may take Snooze or Skip away). */
export function reminderNotification(
  showing: Showing,
  prefs: Preferences,
  speech: Speech,
  answers: FirmAnswers | null = null,
): NotificationRequest {
  const words = wordsFor(showing, prefs, speech)
  const { notify } = speech.texts.app
  return {
    id: showing.id,
    title: words.title,
    // A held reminder says so first: the rest of the text may be cut short on screen.
    body: showing.held ? `${heldSentence(showing.held, speech)} ${words.body}` : words.body,
    actions: true,
    actionLabels: { start: notify.start, snooze: notify.snooze, skip: notify.skip },
    ...(answers && (!answers.snooze || !answers.skip)
      ? { offers: { snooze: answers.snooze, skip: answers.skip } }
      : {}),
    urgency: 'normal',
    silent: !prefs.notifications.sound,
  }
}

/** A quiet notice a little before a break, so it does not land in the middle of a sentence. */
export function headsUpNotification(
  id: string,
  kind: ReminderKind,
  seconds: number,
  speech: Speech,
): NotificationRequest {
  const { notify } = speech.texts.app
  const duration = secondsInWords(seconds, speech)
  return {
    id,
    title: kind === 'stretch' ? notify.headsUpStretch({ duration }) : notify.headsUpPosture({ duration }),
    body: notify.headsUpBody,
    actions: false,
    urgency: 'low',
    silent: true,
  }
}

/** "30 seconds", "1 minute", "5 minutes": a heads-up of up to 300 seconds, rounded as a person would say it. */
function secondsInWords(seconds: number, speech: Speech): string {
  return speech.format.seconds(seconds < 90 ? seconds : Math.round(seconds / 60) * 60)
}

function wordsFor(showing: Showing, prefs: Preferences, speech: Speech): { title: string; body: string } {
  const texts = speech.texts.content
  const { notify } = speech.texts.app
  switch (showing.kind) {
    case 'posture':
      return {
        title: notify.postureTitle,
        // The lead, then a tip for when the user is back at the desk: "Stand up" is never beside "Sit all the way
        // back" as if both were for now.
        body: showing.gentle
          ? texts.soreBack.walk
          : notify.postureBody({ tip: pick(texts.postureTips, showing.rotation) }),
      }
    case 'routine':
    case 'stretch': {
      const routine = showing.routine
      if (routine && routine.items.length > 0) {
        const names = routineNames(routine, speech)
        const body = speech.texts.app.routines.notifyBody({
          count: names.length,
          names: speech.format.list(names),
        })
        const line = routineLine(routine, speech)
        return {
          title: showing.kind === 'routine' ? showing.title : notify.stretchTitle,
          body: line.note ? `${body} ${line.note}` : body,
        }
      }
      const n = showing.stretches.length
      // Said before the user starts: a stretch done on the floor needs room and a minute to get down.
      const names = showing.stretches.map((s) => {
        const name = stretchWords(texts, s).name
        return s.position === 'floor' ? notify.onTheFloor({ name }) : name
      })
      return {
        title: notify.stretchTitle,
        body:
          n === 0
            ? showing.gentle
              ? notify.noGentleStretch
              : notify.noStretch
            : notify.stretchBody({
                count: n,
                names: speech.format.list(names),
                hold: speech.format.seconds(prefs.stretch.holdSeconds),
              }),
      }
    }
    case 'wind-down':
    case 'get-ready':
    case 'bedtime':
      return { ...texts.windDown.reminders[showing.kind] }
    case 'activity': {
      const notices =
        showing.ref === 'yoga' ? texts.activities.notices.yoga : texts.activities.notices.strength
      return { ...pick(notices, showing.rotation, { title: showing.title, body: '' }) }
    }
    case 'custom':
      return { title: showing.title, body: notify.customBody }
  }
}

/**
 * The line under the title in the break window. Where the window lists tips or suggestions below it, the line
 * leaves them out rather than say them twice (the notification, with no list, carries them in its text).
 */
function windowMessage(showing: Showing, body: string, speech: Speech): string {
  const texts = speech.texts.content
  switch (showing.kind) {
    case 'posture':
      return showing.gentle ? texts.soreBack.walkLead : speech.texts.app.notify.postureLead
    case 'wind-down':
    case 'get-ready':
      return texts.windDown.leads[showing.kind]
    case 'bedtime':
      return texts.windDown.reminders.bedtime.body
    default:
      return body
  }
}

function tipsFor(showing: Showing, texts: ContentTexts): string[] {
  switch (showing.kind) {
    case 'posture':
      // "Rest, but not too much": on a sore-back day the tip says why the walk matters.
      return [showing.gentle ? pick(texts.movement.guidance, 1) : pick(texts.postureTips, showing.rotation)]
    case 'wind-down':
    case 'get-ready': {
      // Each step its own: getting ready for bed is not winding down said again.
      const suggestions = texts.windDown.suggestions[showing.kind]
      return [0, 1, 2].map((i) => pick(suggestions, showing.rotation * 3 + i))
    }
    case 'activity':
      return [...(showing.ref === 'yoga' ? texts.activities.yoga : texts.activities.strength)]
    default:
      return []
  }
}

function pick<T>(list: readonly T[], index: number, fallback?: T): T {
  const item = list[((index % list.length) + list.length) % list.length] ?? fallback
  if (item === undefined) throw new RangeError('content list is empty')
  return item
}
