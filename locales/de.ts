// Deutsch: informelles „du“ (klein, außer am Satzanfang), ruhig und freundlich, Alltagswörter statt Fachsprache.
// Glossar (ein Begriff je Sache): posture break = Haltungspause; stretch break = Dehnpause; stretch = Dehnung/
// Dehnübung; wind-down = Abschalten („Zeit zum Abschalten“); get ready (for bed) = bettfertig machen; bedtime =
// Schlafenszeit; wake time = Aufstehzeit; snooze = verschieben (Knopf „Später“); pause = pausieren; sore-back plan
// = Rückenschmerz-Plan; check-in = Rücken-Check; ice/heat = Kälte/Wärme (ice pack = Kühlpack, heating pad =
// Heizkissen); brace = Rückenstütze; custom reminder = eigene Erinnerung; core = Rumpf; work hours = Arbeitszeit;
// natural breaks = natürliche Pausen; Don't interrupt = Nicht unterbrechen; full screen = Vollbild; Do Not Disturb =
// Nicht stören (Windows: Fokus-Assistent, macOS: Fokus); not medical advice = keine medizinische Beratung; see a
// doctor = zum Arzt gehen / ärztlich abklären lassen.
// Dazu: break window = Pausenfenster; tray (menu) = Menü des Limber-Symbols (Windows: Infobereich, macOS:
// Menüleiste); held = wartet; heads-up = Vorwarnung; skip = auslassen; done/snoozed/skipped = erledigt/verschoben/
// ausgelassen (Knöpfe: Fertig, „In 5 Min.“ bzw. „Später“, Auslassen); stretch (im Zähler) = Übung; rep =
// Wiederholung; heat/ice timer = Wärme-/Kälte-Timer; notification = Benachrichtigung (macOS: Mitteilung); log =
// Protokoll.
import { pluralFor } from '../main/core/i18n/plural'
import type { Catalog } from './catalog'

// Pure: a texts file that says no plural (the check-in's, the dimmed screen's) leaves it out.
const plural = /* @__PURE__ */ pluralFor('de')

/** A tally of breaks by answer. */
type Tally = { done: number; snoozed: number; skipped: number }

/** After "in", German takes the dative: "in 3 Tagen" (spans of two days or more arrive as "3 Tage"). */
const inSpan = (duration: string) => String(duration).replace(/(\d) Tage$/, '$1 Tagen')

/** A sentence ending on a short unit ("8 Std.", "10 Min.") takes no second full stop: the unit's point ends it. */
const satz = (text: string) => (String(text).endsWith('.') ? String(text) : `${text}.`)

export const common = {
  format: {
    dayAtTime: ({ day, time }: { day: string; time: string }) => `${day} um ${time}`,
    dayRange: ({ first, last }: { first: string; last: string }) => `${first} bis ${last}`,
    everyDay: 'jeden Tag',
    noDays: 'an keinem Tag',
    lessThanAMinute: 'unter einer Minute',
  },
  minutes: ({ count }: { count: number }) => plural(count, { one: '# Minute', other: '# Minuten' }),
  position: { desk: 'am Schreibtisch', standing: 'im Stehen', floor: 'auf dem Boden' },
  intensity: { gentle: 'sanft', moderate: 'mittel', strong: 'kräftig' },
  side: { first: 'erste Seite', other: 'andere Seite' },
  checkIn: {
    pain: 'Schmerz von 0 (keiner) bis 10 (am schlimmsten)',
    word: 'Ein paar Worte dazu (freiwillig)',
    save: 'Speichern',
    skip: 'Heute nicht',
    choose: 'Wähl zuerst eine Zahl von 0 bis 10.',
  },
  start: { heat: 'Wärme starten', ice: 'Kälte starten' },
  stop: { heat: 'Wärme stoppen', ice: 'Kälte stoppen' },
  therapyLine: {
    'ice-on': ({ round, rounds, left }: { round: number; rounds: number; left: string }) =>
      rounds === 1
        ? `Kälte auflegen, noch ${left}`
        : `Kälte auflegen, noch ${left}, Runde ${round} von ${rounds}`,
    'ice-off': ({ round, rounds, left }: { round: number; rounds: number; left: string }) =>
      `Kälte-Pause, noch ${left} bis Runde ${round} von ${rounds}`,
    'heat-on': ({ round, rounds, left }: { round: number; rounds: number; left: string }) =>
      rounds === 1
        ? `Wärme auflegen, noch ${left}`
        : `Wärme auflegen, noch ${left}, Runde ${round} von ${rounds}`,
    'heat-off': ({ round, rounds, left }: { round: number; rounds: number; left: string }) =>
      `Wärme-Pause, noch ${left} bis Runde ${round} von ${rounds}`,
  },
  warningSigns: {
    title: 'Wann du zum Arzt solltest',
    emergency: {
      title: 'Notfall: sofort Hilfe holen',
      action:
        'Wähl sofort den Notruf oder geh in die nächste Notaufnahme, wenn zu deinen Rückenschmerzen eines davon kommt:',
      signs: {
        saddle: 'Taubheit oder Kribbeln rund um Genitalien oder Po',
        bladder: 'neue Probleme beim Wasserlassen, oder du kannst Blase oder Darm nicht mehr halten',
        sexual: 'neue Probleme beim Sex, etwa Taubheit oder keine Erektion mehr',
        legs: 'Schwäche oder Taubheit in beiden Beinen, oder Schwäche in einem Bein, die immer stärker wird oder dich unsicher gehen lässt',
        chest: 'Schmerzen in der Brust',
      },
    },
    today: {
      title: 'Noch heute zum Arzt',
      action:
        'Bitte noch heute in deiner Arztpraxis um einen dringenden Termin oder ruf den ärztlichen Bereitschaftsdienst an, wenn zu deinen Rückenschmerzen eines davon kommt:',
      signs: {
        fever: 'Fieber, oder du fühlst dich krank',
        fall: 'ein Sturz oder Unfall als Auslöser – bei Osteoporose oder langer Kortisonbehandlung schon ein leichter Sturz',
        cancer: 'eine Krebserkrankung, jetzt oder früher, oder ungewollter Gewichtsverlust',
        immunity: 'ein geschwächtes Immunsystem, eine lange Kortisonbehandlung oder das Spritzen von Drogen',
        severe: 'ständige, starke Schmerzen, die dich nachts wecken oder im Liegen nicht nachlassen',
        age: 'neue Rückenschmerzen, wenn du über 50 bist',
        shape: 'ein neuer Knoten oder eine Schwellung am Rücken, oder dein Rücken hat seine Form verändert',
      },
    },
    soon: {
      title: 'Bald einen Termin machen',
      action: 'Mach bald einen Termin in deiner Arztpraxis oder in der Physiotherapie, wenn:',
      signs: {
        lasting: 'deine Rückenschmerzen nach ein paar Wochen nicht besser werden oder immer wiederkommen',
        leg: 'Schmerzen oder Kribbeln, die in ein Bein ausstrahlen, nicht nachlassen',
      },
      note: 'Schmerzen oder Kribbeln in nur einem Bein sind bei Rückenschmerzen häufig und kein Notfall.',
    },
    reassurance: 'Die meisten neuen Rückenschmerzen werden innerhalb weniger Wochen deutlich besser.',
    disclaimer:
      'Dies ist keine medizinische Beratung: Limber kann nicht erkennen, was deine Schmerzen verursacht, und empfiehlt nie Medikamente.',
    line: 'Notfall: Wähl sofort den Notruf, wenn zu deinen Rückenschmerzen Taubheit rund um Genitalien oder Po, neue Probleme mit Blase, Darm oder beim Sex, Schwäche oder Taubheit in beiden Beinen oder Schmerzen in der Brust kommen.',
    all: 'Alle Warnzeichen',
  },
} satisfies Catalog['common']

export const settings = {
  pageTitle: 'Limber-Einstellungen',
  nav: {
    label: 'Bereiche der Einstellungen',
    today: 'Heute',
    breaks: 'Haltungspausen',
    stretches: 'Dehnübungen',
    bedtime: 'Schlafenszeit',
    activities: 'Aktivitäten',
    general: 'Allgemein',
    therapy: 'Kälte und Wärme',
    // A soft hyphen: the side menu is narrow, and the word would otherwise break before its last letter.
    soreBack: 'Rückenschmerzen',
    progress: 'Fortschritt',
    about: 'Über Limber',
    dayLimit: 'Tageslimit',
    firm: 'Bildschirme und fester Modus',
  },
  unit: { min: 'Min.', s: 'Sek.', h: 'Std.' },
  range: {
    min: ({ min, max }: { min: number; max: number }) => `${min}–${max} Minuten`,
    s: ({ min, max }: { min: number; max: number }) => `${min}–${max} Sekunden`,
    plain: ({ min, max }: { min: number; max: number }) => `${min}–${max}`,
    h: ({ min, max }: { min: number; max: number }) => `${min}–${max} Stunden`,
  },
  breaks: {
    title: 'Haltungspausen',
    intro:
      'Eine kurze Pause, um aufzustehen, dich zu bewegen und dich gut wieder hinzusetzen. Kleine, häufige Bewegungen sorgen dafür, dass der Rücken nicht steif wird.',
    on: 'An Haltungspausen erinnern',
    every: 'Pause alle',
    length: 'Pausenlänge',
    lengthHint: '10–600 Sekunden (bis zu 10 Minuten)',
  },
  stretches: {
    title: 'Dehnübungen',
    intro:
      'Eine kurze, angeleitete Übungsfolge. Beweg dich langsam, ohne zu wippen, und geh nur bis zu einem sanften Ziehen, nie bis zum Schmerz.',
    on: 'An Dehnübungen erinnern',
    deskOnly: 'Nur am Schreibtisch: während der Arbeitszeit keine Übungen auf dem Boden',
    deskOnlyHint: 'Hast du keine Arbeitszeit eingestellt, schlägt Limber nie eine Übung auf dem Boden vor.',
    every: 'Dehnen alle',
    perBreak: 'Übungen pro Pause',
    hold: 'Jede Dehnung halten',
    holdHint: '8–30 Sekunden; für die meisten reichen 8–10',
    reps: 'Wiederholungen',
    repsHint: '1–10; einseitige Übungen wechseln ab, mindestens einmal pro Seite',
    caution:
      'Wenn du Osteoporose hast, schwanger bist oder vor Kurzem an Wirbelsäule oder Hüfte operiert wurdest, frag in deiner Arztpraxis oder Physiotherapie, welche Dehnungen zu dir passen.',
    soundCues: 'Töne: ein leiser Ton, wenn das Halten beginnt, wenn es endet und wenn du die Seite wechselst',
    voice: 'Jeden Schritt vorlesen und das Ende jeder Haltephase herunterzählen',
    voiceHint: 'Nutzt die Stimme deines Systems für die Sprache, in der Limber läuft.',
    noVoice: 'Dein System hat keine Stimme für diese Sprache, deshalb kann nichts vorgelesen werden.',
  },
  general: {
    title: 'Allgemein',
    atLogin: 'Limber bei der Anmeldung starten',
    language: 'Sprache',
    system: ({ name }: { name: string }) => `Systemsprache: ${name}`,
    naturalBreaks: 'Natürliche Pausen',
    reminders: 'Erinnerungen',
    snooze: 'Verschieben um',
    headsUp: 'Vorwarnung vor einer Pause',
    headsUpHint: '0 (aus) bis 300 Sekunden',
    sound: 'Bei Erinnerungen einen leisen Ton abspielen',
    fullScreen: 'Pausen im Vollbild zeigen',
    workHours: 'Arbeitszeit',
    startOver: 'Neu anfangen',
    reset: {
      label: 'Alle Einstellungen zurücksetzen…',
      title: 'Alle Einstellungen zurücksetzen?',
      body: 'Alle Einstellungen kehren zum Stand beim ersten Start von Limber zurück. Dein Fortschritt bleibt erhalten.',
      confirm: 'Zurücksetzen',
    },
  },
  therapy: {
    title: 'Kälte und Wärme',
    intro:
      'Ein Timer, der sagt, wann das Pack auf den Rücken kommt und wann es wieder runter muss: Starte ihn hier, im Menü des Limber-Symbols oder unter „Heute“. Bei frischen Rückenschmerzen ist Wärme besser belegt; manchen tut Kälte gut. Nimm, was dir hilft.',
    safetyTitle: 'Wärme und Kälte sicher anwenden',
    safety: [
      'Lass immer ein Tuch oder eine Stoffschicht zwischen Pack und Haut.',
      'Leg Wärme oder Kälte nie auf taube oder verletzte Haut.',
      'Wenn du Diabetes, Nervenschäden (Neuropathie), Durchblutungsstörungen oder das Raynaud-Syndrom hast, frag vorher in deiner Arztpraxis oder Physiotherapie nach.',
      'Schlaf nie mit einem Heizkissen oder Wärmepack auf dem Körper ein.',
      'Schau zwischendurch nach deiner Haut und hör auf, wenn sie stark rot wird, Blasen bildet oder weiß wird.',
    ],
    heat: 'Wärme',
    heatHow: [
      'Nimm ein Heizkissen auf niedriger Stufe, mit einer Stoffschicht zwischen Kissen und Haut.',
      'Kein Heizkissen? Füll eine saubere Socke mit trockenem Reis, knote sie zu und wärm sie 20 bis 30 Sekunden in der Mikrowelle.',
      'Prüf die Wärme erst an deiner Hand, bevor du sie auf den Rücken legst.',
    ],
    ice: 'Kälte',
    iceHow: [
      'Zwanzig Minuten kühlen, dann mindestens zwanzig Minuten Pause, dann wiederholen.',
      'Wickle das Kühlpack immer in ein Tuch oder Handtuch. Leg Eis nie direkt auf die Haut.',
      'Ein Gelkühlpack, zerstoßenes Eis im Beutel oder eine Packung Tiefkühlerbsen, in ein Geschirrtuch gewickelt, eignen sich gut.',
    ],
    on: 'Auflegen',
    off: 'Pause',
    rounds: 'Runden',
  },
  about: {
    title: 'Über Limber',
    what: 'Limber sitzt unauffällig im Hintergrund und erinnert dich bei der Arbeit daran, auf deinen Rücken zu achten: mit einer Haltungspause, einer kurzen Dehnung, einem Anstoß, aufzustehen und dich zu bewegen, und abends mit einer Erinnerung, rechtzeitig abzuschalten und ins Bett zu gehen.',
    notAdvice: 'Limber ist keine medizinische Beratung.',
    general:
      'Die Vorschläge sind allgemeine Tipps für einen gesunden Rücken im Alltag und ersetzen keine ärztliche oder physiotherapeutische Behandlung.',
    doctor:
      'Wenn deine Rückenschmerzen stark sind, nicht besser werden oder immer wiederkommen, geh bitte zum Arzt. Brich jede Dehnung ab, die wehtut.',
    welcomeAgain: 'Willkommensseite wieder zeigen',
    version: ({ version }: { version: string }) => `Version ${version}`,
    unknown: 'unbekannt',
    logFile: 'Protokolldatei, zum Anhängen an einen Fehlerbericht:',
    updates: {
      title: 'Aktualisierungen',
      automatic: 'Updates automatisch herunterladen und installieren',
      check: 'Nach Updates suchen',
      checking: 'Suche nach Updates …',
      latest: 'Limber ist auf dem neuesten Stand.',
      downloading: ({ version, percent }: { version: string; percent: number }) =>
        `Version ${version} wird heruntergeladen (${percent} %) …`,
      ready: ({ version }: { version: string }) =>
        `Version ${version} ist bereit. Sie wird installiert, wenn Limber beendet wird.`,
      restart: 'Neu starten und aktualisieren',
      restartWaiting: 'Limber startet neu und aktualisiert sich, sobald diese Pause vorbei ist.',
      failed: {
        offline:
          'Keine Verbindung: Dieser Computer scheint offline zu sein. Limber versucht es später erneut.',
        signature:
          'Das Update wurde nicht installiert: Der Download passte nicht zur Version. Limber versucht es später erneut.',
        'no-space':
          'Das Update konnte nicht heruntergeladen werden: Auf dem Datenträger ist nicht genug Platz frei.',
        other: 'Die Suche nach Updates hat nicht geklappt. Warum, steht in der Protokolldatei.',
      },
      system: ({ kind }: { kind: string }) =>
        `Als ${kind}-Paket installiert: Updates kommen über dein System (Paketverwaltung oder Softwarezentrum), nicht über Limber.`,
      none: 'Updates gibt es nur für die installierte App.',
    },
  },
  cancel: 'Abbrechen',
  stretchList: {
    title: 'Deine Dehnübungen',
    hint: ({ on, of }: { on: number; of: number }) =>
      `${on} von ${of} eingeschaltet. In der Liste wechselst du mit den Pfeiltasten nach oben und unten zwischen den Übungen.`,
    steps: 'Schritte',
    stepsFor: ({ name }: { name: string }) => `Schritte für ${name}`,
  },

  saved: 'Gespeichert.',
  note: ({ note }: { note: string }) => `Hinweis: ${note}`,
  notSaved: ({ field }: { field: string }) => `Nicht gespeichert: „${field}“.`,
  quoted: ({ text }: { text: string }) => `„${text}“`,
  inGroup: ({ group, label }: { group: string; label: string }) => `${group}: ${label}`,
  differ: ({ field }: { field: string }) => `Muss sich von „${field}“ unterscheiden.`,
  differAt: ({ field, time }: { field: string; time: string }) =>
    `Muss sich von „${field}“ (${time}) unterscheiden.`,
  check: {
    whole: ({ min, max }: { min: number; max: number }) => `Gib eine ganze Zahl von ${min} bis ${max} ein.`,
    notWhole: ({ text }: { text: string }) => `„${text}“ ist keine ganze Zahl: Nutze nur die Ziffern 0–9.`,
    small: ({ text }: { text: string }) => `${text} ist zu klein.`,
    large: ({ text }: { text: string }) => `${text} ist zu groß.`,
    time: 'Gib eine Uhrzeit ein.',
    timeForm: 'Gib die Uhrzeit in Stunden und Minuten ein.',
    text: 'Gib einen Text ein.',
    long: ({ max }: { max: number }) =>
      plural(max, { one: 'Höchstens # Zeichen.', other: 'Höchstens # Zeichen.' }),
    offAtLeast: ({ on }: { on: string }) =>
      `Mach mindestens so lange Pause, wie du kühlst (${on}), damit sich deine Haut wieder erwärmen kann.`,
    onAtMost: ({ off }: { off: string }) =>
      `Kühl höchstens so lange, wie die Pause dauert (${off}), damit sich deine Haut wieder erwärmen kann.`,
  },
  warn: {
    noWorkDays:
      'Keine Arbeitstage gewählt: Bei eingeschalteter Arbeitszeit gibt es an keinem Tag Haltungs- oder Dehnpausen.',
    allOff:
      'Alle Dehnübungen sind ausgeschaltet, also gibt es in Dehnpausen nichts anzuleiten – nur den Anstoß, aufzustehen und dich zu bewegen. Schalte mindestens eine ein.',
    allOffIdle:
      'Alle Dehnübungen sind ausgeschaltet. Schalte mindestens eine ein, bevor du die Dehnpausen wieder einschaltest.',
    fewOn: ({ on, asked }: { on: number; asked: number }) =>
      plural(on, {
        one: `Nur # Übung ist an, weniger als die ${asked} pro Pause gewünschten: Jede Pause zeigt nur diese eine.`,
        other: `Nur # Übungen sind an, weniger als die ${asked} pro Pause gewünschten: Jede Pause zeigt nur diese.`,
      }),
    getReady: ({ getReady, windDown }: { getReady: number; windDown: number }) =>
      `„Bettfertig machen“ (${getReady} Min. vor der Schlafenszeit) käme vor „Abschalten“ (${windDown} Min.). Wähl weniger Minuten als beim Abschalten oder schalte eins davon mit 0 aus.`,
    moveOften: ({ every }: { every: number }) =>
      `Nicht öfter als deine üblichen Haltungspausen (alle ${every} Min.).`,
    headsUp: 'Die Vorwarnung kommt nur vor Haltungs- und Dehnpausen, und beide sind ausgeschaltet.',
    noDays: 'Keine Tage gewählt, also kommt diese Erinnerung nie. Wähl einen Tag.',
    noDaysOwn: 'Keine Tage gewählt, also kommt diese Erinnerung nie. Wähl einen Tag oder schalte sie aus.',
  },

  next: {
    today: ({ title, time }: { title: string; time: string }) => `Als Nächstes: ${title} um ${time}.`,
    later: ({ title, when }: { title: string; when: string }) => `Als Nächstes: ${title} ${when}.`,
  },
  today: {
    paused: ({ when }: { when: string }) => `Pausiert bis ${when}. Bis dahin keine Erinnerungen.`,
    pausedOpen: 'Pausiert, bis du fortsetzt. Bis dahin keine Erinnerungen.',
    resume: 'Fortsetzen',
    running: 'Läuft.',
    held: {
      'full-screen': ({ title }: { title: string }) => `${title} wartet: Eine App ist im Vollbild.`,
      presenting: ({ title }: { title: string }) => `${title} wartet: Du präsentierst gerade.`,
      call: ({ title }: { title: string }) => `${title} wartet: Du bist gerade in einem Anruf.`,
      'do-not-disturb': ({ title }: { title: string }) => `${title} wartet: „Nicht stören“ ist an.`,
      'screen-kept-on': ({ title }: { title: string }) => `${title} wartet: Eine App hält den Bildschirm an.`,
    },
    heldAfter: 'Danach kommt die Erinnerung innerhalb einer Minute.',
    nothing: 'In den nächsten 24 Stunden ist nichts geplant.',
    pauseLabel: 'Erinnerungen pausieren',
    pauseFor: {
      '30m': '30 Minuten',
      '1h': '1 Stunde',
      '2h': '2 Stunden',
      'until-morning': 'Bis morgen früh',
      forever: 'Bis ich fortsetze',
    },
    pause: 'Pausieren',
    breakNow: 'Jetzt eine Haltungspause machen',
    stretchNow: 'Jetzt dehnen',
    comingUp: 'Demnächst',
    tomorrow: 'Morgen',
    whilePaused: 'Nichts, solange Limber pausiert.',
    untilPause: ({ when }: { when: string }) => `Nichts bis zum Ende der Pause (${when}).`,
    allOff: 'Nichts geplant: Alle Erinnerungen sind aus, oder in den nächsten 24 Stunden steht keine an.',
    evening: 'Heute nichts mehr. Genieß deinen Abend.',
    day: 'Für heute ist nichts mehr geplant.',
    back: ({ pain }: { pain: number }) => `Dein Rücken heute: ${pain} von 10.`,
    backWord: ({ pain, word }: { pain: number; word: string }) =>
      `Dein Rücken heute: ${pain} von 10, „${word}“.`,
    changeCheckIn: 'Ändern',
    question: 'Wie geht es deinem Rücken heute?',
    painHigh: ({ pain }: { pain: number }) =>
      `Du hast deinen Rücken heute mit ${pain} von 10 bewertet. So starke Schmerzen solltest du ärztlich abklären lassen: Mach einen Termin und schau unten nach, wie eilig es ist.`,
    painRising:
      'Deine Rückenschmerzen sind bei jedem deiner letzten drei Rücken-Checks gestiegen. Schmerzen, die immer stärker werden, solltest du ärztlich abklären lassen: Mach einen Termin und schau unten nach, wie eilig es ist.',
    sitting: ({ time }: { time: string }) => `Heute ${time} am Computer.`,
    longest: ({ time }: { time: string }) => `Am längsten ohne Pause: ${time} am Stück.`,
    longBouts: ({ count }: { count: number }) =>
      count === 0
        ? 'Heute keine lange Sitzphase.'
        : plural(count, { one: 'Heute # lange Sitzphase.', other: 'Heute # lange Sitzphasen.' }),
    limitReached: ({ limit }: { limit: string }) =>
      `Du hast dein Tageslimit von ${limit} am Computer erreicht. Mach Feierabend, sobald es geht.`,
  },
  workHours: {
    on: 'Nur während der Arbeitszeit erinnern',
    start: 'Beginn',
    end: 'Ende',
    days: 'Arbeitstage',
  },
  natural: {
    on: 'Zeit weg vom Computer als Pause zählen',
    noIdle:
      'Leerlaufzeit nicht verfügbar: Dieses System meldet sie nicht, daher zählen nur Bildschirmsperre und Ruhezustand als Pause.',
    away: 'Abwesend für mindestens',
  },
  dontInterrupt: {
    title: 'Nicht unterbrechen',
    intro:
      'Wird eine Erinnerung fällig, während du beschäftigt bist, wartet sie und kommt innerhalb einer Minute danach.',
    fullScreen: 'Warten, solange eine App im Vollbild ist oder ich präsentiere',
    calls: 'Warten, solange ich in einem Anruf bin (Kamera oder Mikrofon aktiv)',
    doNotDisturb: 'Warten, solange „Nicht stören“ oder „Fokus“ an ist',
    screenKeptOn: 'Warten, solange eine App den Bildschirm anhält (ein Video oder ein Anruf)',
    unavailable: ({ why }: { why: string }) => `Auf diesem System nicht verfügbar. ${why}`,
    partly: {
      'full-screen': ({ why }: { why: string }) =>
        `Vollbild-Apps werden auf diesem System nicht erkannt. ${why}`,
      presenting: ({ why }: { why: string }) => `Präsentieren wird auf diesem System nicht erkannt. ${why}`,
      call: ({ why }: { why: string }) =>
        `Auf diesem System wird nur die Kamera erkannt, nicht das Mikrofon. ${why}`,
      'do-not-disturb': ({ why }: { why: string }) =>
        `„Nicht stören“ wird auf diesem System nicht immer erkannt. ${why}`,
      'screen-kept-on': ({ why }: { why: string }) =>
        `Eine App, die den Bildschirm anhält, wird auf diesem System nicht immer erkannt. ${why}`,
    },
    caveat:
      'Wenn Erinnerungen den ganzen Tag warten (ein Mikrofon, das immer offen ist, ein gespiegelter Bildschirm), schalte diese Art hier aus.',
  },
  bedtime: {
    title: 'Schlafenszeit',
    intro:
      'Jeden Tag zur selben Zeit ins Bett zu gehen und aufzustehen, auch am Wochenende, hilft deinem Körper, sich auszuruhen und zu erholen. Vor dem Schlafen schlägt Limber vor, das Licht zu dimmen, die Bildschirme wegzulegen und dir ein warmes Getränk oder ein Bad zu gönnen.',
    on: 'Ans Abschalten und Schlafengehen erinnern',
    bed: 'Schlafenszeit',
    wake: 'Aufstehzeit',
    windDown: 'Abschalten',
    windDownHint: 'Minuten vor der Schlafenszeit, bis 240 (0 schaltet es aus)',
    getReady: 'Bettfertig machen',
    getReadyHint: 'Minuten vor der Schlafenszeit, bis 120 (0 schaltet es aus)',
    others: 'An manchen Abenden andere Zeiten',
    othersHint:
      'Jede Ausnahme legt die Schlafenszeit dieser Nacht fest und die Aufstehzeit am Morgen danach.',
    /** "Freitagabend": the weekday's name and "abend" make one word. */
    night: ({ day }: { day: string }) => `${day}abend`,
    wakeOn: ({ day }: { day: string }) => `Aufstehen am ${day}`,
    afterMidnight: ({ day }: { day: string }) => `Nach Mitternacht: ${day} früh`,
    onEvening: ({ day }: { day: string }) => `Am ${day}abend`,
    length: ({ bed, wake, length }: { bed: string; wake: string; length: string }) =>
      `Um ${bed} ins Bett, um ${wake} aufstehen: ${length} im Bett.`,
    lengthOn: ({ bed, wake, day, length }: { bed: string; wake: string; day: string; length: string }) =>
      `Um ${bed} ins Bett, am ${day} um ${wake} aufstehen: ${length} im Bett.`,
    lengthLate: ({ bed, wake, day, length }: { bed: string; wake: string; day: string; length: string }) =>
      `Um ${bed} ins Bett (${day} früh), am ${day} um ${wake} aufstehen: ${length} im Bett.`,
    short:
      'Die meisten Erwachsenen fühlen sich mit 7 bis 9 Stunden am besten. Könntest du etwas früher ins Bett gehen?',
    long: 'Die meisten Erwachsenen fühlen sich mit 7 bis 9 Stunden am besten.',
  },
  activities: {
    title: 'Aktivitäten',
    intro:
      'Ein starker Rumpf – Rücken und Bauch zusammen – trägt deinen Rücken. Zwei bis vier Einheiten pro Woche mit je 30 bis 45 Minuten passen für die meisten, und in der Physiotherapie oder bei einem Trainer lernst du die richtige Ausführung. Auch Yoga hilft vielen.',
    paused: 'Kraft- und Yoga-Einheiten pausieren während des Plans; sie kommen wieder, wenn er endet.',
    strength: {
      title: 'Krafttraining',
      on: 'An Krafttraining erinnern',
      days: 'Tage für Krafttraining',
    },
    yoga: { title: 'Yoga', on: 'An Yoga erinnern', days: 'Yoga-Tage' },
    at: 'Uhrzeit',
    for: 'Dauer',
    own: 'Eigene Erinnerungen',
    ownHint: 'Für alles andere: ein Glas Wasser, einen Termin, die Rückenstütze nach einer Weile abzunehmen.',
    none: 'Noch keine eigenen Erinnerungen.',
    add: 'Erinnerung hinzufügen',
    fresh: 'Neue Erinnerung',
    full: ({ max }: { max: number }) =>
      `Du hast ${max} eigene Erinnerungen, mehr kann Limber nicht speichern. Entferne eine, um eine neue hinzuzufügen.`,
    item: ({ n }: { n: number }) => `Erinnerung ${n}`,
    name: 'Titel',
    days: 'Tage',
    on: 'An',
    remove: 'Entfernen',
    removeFor: ({ n, title }: { n: number; title: string }) => `Erinnerung ${n} entfernen, „${title}“`,
    removed: ({ title }: { title: string }) => `„${title}“ entfernt.`,
  },
  progress: {
    title: 'Fortschritt',
    /** `days` is a count of days ("3 Tage"), shown in bold. */
    streak: ({ days }: { days: string }) => `${days} in Folge mit mindestens einer erledigten Pause.`,
    total: ({ count }: { count: number }) =>
      plural(count, { one: '# erledigte Pause insgesamt.', other: '# erledigte Pausen insgesamt.' }),
    range: 'Zeitraum',
    days: '14 Tage',
    weeks: '8 Wochen',
    numbers: 'Zahlen zeigen',
    chartDays: 'Erledigte, verschobene und ausgelassene Pausen und Rückenschmerzen, letzte 14 Tage',
    chartWeeks: 'Erledigte, verschobene und ausgelassene Pausen und Rückenschmerzen, letzte 8 Wochen',
    totals: ({ done, snoozed, skipped }: Tally) =>
      `Insgesamt ${done} erledigt, ${snoozed} verschoben und ${skipped} ausgelassen.`,
    lastDay: ({ done, snoozed, skipped }: Tally) =>
      `Heute: ${done} erledigt, ${snoozed} verschoben, ${skipped} ausgelassen.`,
    lastWeek: ({ done, snoozed, skipped }: Tally) =>
      `Diese Woche: ${done} erledigt, ${snoozed} verschoben, ${skipped} ausgelassen.`,
    painDays: ({ count, pain }: { count: number; pain: number }) =>
      plural(count, {
        one: `Rückenschmerzen an # Tag eingetragen, zuletzt ${pain} von 10.`,
        other: `Rückenschmerzen an # Tagen eingetragen, zuletzt ${pain} von 10.`,
      }),
    painWeeks: ({ count, pain }: { count: number; pain: number }) =>
      plural(count, {
        one: `Rückenschmerzen in # Woche eingetragen, zuletzt ${pain} von 10.`,
        other: `Rückenschmerzen in # Wochen eingetragen, zuletzt ${pain} von 10.`,
      }),
    today: 'Heute',
    done: 'Erledigt',
    snoozed: 'Verschoben',
    skipped: 'Ausgelassen',
    painKey: 'Rückenschmerzen, 0 bis 10 (Rücken-Check am Morgen)',
    breaks: 'Pausen',
    table: 'Die Zahlen',
    perDay: 'Pausen pro Tag, älteste zuerst',
    perWeek: 'Pausen pro Woche, älteste zuerst',
    day: 'Tag',
    weekFrom: 'Woche ab',
    tallies: 'Pausen erledigt, verschoben, ausgelassen',
    tally: ({ done, snoozed, skipped }: Tally) =>
      `${done} erledigt, ${snoozed} verschoben, ${skipped} ausgelassen`,
    pain: 'Schmerz',
    atComputer: 'Am Computer',
    atComputerWeek: 'Am Computer (pro Tag)',
    longest: 'Längste Zeit ohne Pause',
    exportHint: 'Dein Verlauf, deine Rücken-Checks und Einstellungen als CSV- und JSON-Dateien.',
    exportDetail: 'Was das System meldet',
    exported: ({ count, folder }: { count: number; folder: string }) =>
      plural(count, {
        one: `# Datei in ${folder} gespeichert.`,
        other: `# Dateien in ${folder} gespeichert.`,
      }),
    export: 'Meine Daten exportieren…',
    backTitle: 'Dein Rücken diese Woche',
    soFar: 'Bisher in dieser Woche.',
    weekDone: 'Letzte volle Woche.',
    goalMet: 'Ziel erreicht.',
    goalNotYet: 'Noch nicht erreicht.',
    goalMissed: 'Ziel verfehlt.',
    goalNoData: 'Noch nichts zu bewerten.',
    sittingLine: ({ good, days, bouts }: { good: number; days: number; bouts: number }) =>
      bouts === 0
        ? `${good} von ${days} Arbeitstagen am Computer ohne lange Sitzphase.`
        : plural(bouts, {
            one: `${good} von ${days} Arbeitstagen am Computer mit höchstens # langen Sitzphase.`,
            other: `${good} von ${days} Arbeitstagen am Computer mit höchstens # langen Sitzphasen.`,
          }),
    sittingGoal: ({ want, of }: { want: number; of: number }) => `Ziel: ${want} von ${of} Arbeitstagen.`,
    breaksLine: ({ taken, offered, percent }: { taken: number; offered: number; percent: number }) =>
      plural(offered, {
        one: `${taken} von # Pause gemacht (${percent} %).`,
        other: `${taken} von # Pausen gemacht (${percent} %).`,
      }),
    breaksNone: 'Noch keine Pause angeboten.',
    breaksGoal: ({ percent }: { percent: number }) => `Ziel: mindestens ${percent} %.`,
    todayLine: ({ longest, taken, offered }: { longest: string; taken: number; offered: number }) =>
      `Am längsten ohne Pause: ${longest} am Stück. Pausen gemacht: ${taken} von ${offered}.`,
    why: ({ minutes }: { minutes: number }) =>
      `Eine lange Sitzphase sind mehr als ${minutes} Minuten am Computer ohne Pause. In Studien am Arbeitsplatz verkürzten kurze Pausen jede halbe Stunde das Sitzen um etwa eine halbe Stunde am Tag, und wer aktive Pausen machte, bekam deutlich seltener neue Kreuzschmerzen.`,
    goals: 'Ziele ändern',
    goalBouts: 'Lange Sitzphasen, die ein guter Tag haben darf',
    goalDays: 'Gute Tage pro Woche',
    goalDaysHint: ({ days }: { days: number }) =>
      plural(days, {
        one: 'Von deinem # Arbeitstag (unter Allgemein festgelegt).',
        other: 'Von deinen # Arbeitstagen (unter Allgemein festgelegt).',
      }),
    goalBreaks: 'Pausen, die du machen willst, in Prozent',
    goalBreaksHint: '0–100 Prozent der angebotenen Pausen',
    longBouts: 'Lange Sitzphasen',
    breaksTaken: 'Pausen gemacht',
    takenOf: ({ taken, offered }: { taken: number; offered: number }) => `${taken} von ${offered}`,
  },
  dayLimit: {
    title: 'Tageslimit',
    intro:
      'Ein ehrliches Ende des Tages: eine Grenze für deine Zeit am Computer, dieselbe Zeit, die „Heute“ zeigt. Zeit, in der du weg bist, zählt nicht.',
    on: 'Sag mir, wenn ich ein Tageslimit erreiche',
    hours: 'Zeit am Computer pro Tag',
    how: 'Limber sagt es dir einmal, wenn du es erreichst, danach jede Stunde sanft noch einmal, und das Limber-Symbol wird bis Mitternacht ruhiger. Es sperrt dich nie aus und schweigt in deiner Schlafenszeit, wenn die Erinnerungen zur Schlafenszeit dran sind.',
    soFar: ({ time, limit }: { time: string; limit: string }) => satz(`Heute bisher: ${time} von ${limit}`),
  },
  soreBack: {
    start: 'Mein Rücken tut heute weh…',
    startTitle: 'Ein sanfterer Plan für deinen Rücken',
    startBody:
      'Ruh dich aus, aber nicht zu viel: öfter mal locker gehen, nur sanfte Dehnungen am Schreibtisch oder im Stehen, jeden Morgen Wärme oder Kälte. Limber sagt dir auch, wann du zum Arzt gehen solltest.',
    startOk: 'Plan starten',
    for: 'Für',
    plan: ({ day, walk, every, hold }: { day: string; walk: string; every: string; hold: string }) =>
      `Bis einschließlich ${day}: alle ${every} am Computer ${walk} locker gehen und nur sanfte Dehnungen am Schreibtisch oder im Stehen, je ${hold} gehalten.`,
    rest: 'Ruh dich aus, aber nicht zu viel.',
    sports:
      'Pausiere Sport, der den Rücken stark fordert, etwa Golf, Ballsport, Schwimmen oder Kajakfahren, bis er sich beruhigt hat.',
    end: 'Plan beenden',
    doctor: 'Zum Arzt gehen',
    gotIt: 'Verstanden',
    braceOff: 'Rückenstütze: nicht angelegt.',
    braceOn: ({ since }: { since: string }) => `Rückenstütze: angelegt seit ${since}.`,
    braceDue: ({ since, at }: { since: string; at: string }) =>
      `Rückenstütze: angelegt seit ${since}; Erinnerung um ${at}.`,
    putOn: 'Gerade angelegt',
    isOff: 'Ist abgelegt',
    title: 'Rückenschmerz-Tage',
    intro:
      '„Mein Rücken tut heute weh“ im Menü des Limber-Symbols oder unter „Heute“ startet für ein paar Tage einen sanfteren Plan: Ruhe, aber nicht zu viel.',
    walkEvery: 'Locker gehen alle',
    walk: 'Gehdauer',
    brace: 'Ans Abnehmen der Rückenstütze erinnern',
    braceHint: 'Gezählt ab deiner ersten Minute am Computer an jedem Plantag oder ab „Gerade angelegt“.',
    braceCaution:
      'Leitlinien zu Kreuzschmerzen empfehlen keine Rückenstützen oder Stützgürtel. Wenn du eine trägst, dann nur für kurze Zeit und nie zu eng; lass dir von jemandem mit Fachwissen, etwa in der Physiotherapie, zeigen, wie du sie anlegst.',
    braceFor: 'Nach einer Tragezeit von',
    checkIn: 'Jeden Morgen fragen, wie es meinem Rücken geht',
    checkInHint: 'In deiner ersten Minute am Computer nach der Aufstehzeit; während eines Plans immer.',
  },
  welcome: {
    title: 'Willkommen bei Limber',
    what: 'Limber erinnert dich ans Aufstehen, Dehnen und gute Sitzen und abends ans rechtzeitige Schlafengehen.',
    sore: 'Schlechter Tag? „Mein Rücken tut heute weh“ bringt einen sanfteren Plan, einen Rücken-Check am Morgen und Wärme oder Kälte.',
    find: 'Sein Symbol sitzt in der Leiste oben oder unten am Bildschirm: Klick es jederzeit an.',
    start: 'Loslegen',
    more: 'Mehr, wenn du magst',
    findIt: 'Wo du Limber findest:',
    tray: {
      windows:
        'Limber wohnt im Infobereich am rechten Ende der Taskleiste. Ist das Symbol nicht zu sehen, klick auf den Pfeil ^ daneben; du kannst das Symbol herausziehen, damit es sichtbar bleibt.',
      mac: 'Limber wohnt in der Menüleiste oben rechts auf dem Bildschirm.',
      linux:
        'Limber wohnt im Infobereich der oberen oder unteren Leiste deines Desktops. Unter GNOME erscheinen solche Symbole erst, wenn die Erweiterung „AppIndicator“ eingeschaltet ist.',
    },
    trayUse:
      'Über das Symbol startest du sofort eine Pause, pausierst Limber oder öffnest diese Einstellungen.',
    today: 'Heute, mit den aktuellen Einstellungen',
    choices: 'Drei Entscheidungen, auf die es am meisten ankommt',
    workHours: 'Arbeitszeit',
    workHint: 'Sonst kommen Pausen immer dann, wenn du den Computer benutzt.',
    sleep: 'Schlafens- und Aufstehzeit',
    sleepHint: 'Dazwischen bleibt Limber still und erinnert dich vor dem Schlafengehen ans Abschalten.',
    natural: 'Natürliche Pausen',
    naturalHint:
      'Steh für einen Kaffee auf, und die Pausenuhr beginnt von vorn – ohne Erinnerung, auf die du antworten musst.',
    see: 'Sorg dafür, dass du Erinnerungen siehst',
    test: 'Test-Erinnerung senden',
    sent: 'Gesendet: Eine Benachrichtigung mit dem Titel „Test-Erinnerung von Limber“ sollte jetzt auf deinem Bildschirm sein.',
    notThere: 'Nicht da?',
    notShown: 'Dieses System konnte keine Benachrichtigung anzeigen.',
    untilThen: 'Bis dahin zeigt Limber jede Erinnerung in einem eigenen kleinen Fenster.',
    allow: {
      windows:
        'Öffne Einstellungen › System › Benachrichtigungen: Schalte Benachrichtigungen ein, erlaube Limber und prüf, ob „Nicht stören“ aus ist.',
      mac: 'Öffne Systemeinstellungen › Mitteilungen › Limber und erlaube Mitteilungen; prüf, ob ein Fokus sie stummschaltet.',
      linux:
        'Öffne die Benachrichtigungseinstellungen deines Desktops (unter GNOME: Einstellungen › Benachrichtigungen) und erlaube Limber; prüf, ob „Nicht stören“ aus ist. Manche schlanken Desktops brauchen einen Benachrichtigungsdienst wie dunst oder mako.',
    },
    advice:
      'Limber ist keine medizinische Beratung. Wenn Rückenschmerzen stark sind oder immer wiederkommen, geh bitte zum Arzt.',
    close: 'Zu allen Einstellungen',
    posture: ({ every, length }: { every: string; length: string }) =>
      `Nach je ${every} am Computer eine Haltungspause, ${length} lang.`,
    stretch: ({ every, count, hold }: { every: string; count: number; hold: string }) =>
      plural(count, {
        one: `Alle ${every} eine angeleitete Dehnpause: # Übung, ${hold} gehalten.`,
        other: `Alle ${every} eine angeleitete Dehnpause: # Übungen, je ${hold} gehalten.`,
      }),
    inHours: ({ start, end, days }: { start: string; end: string; days: string }) =>
      `Pausen nur während der Arbeitszeit: ${start} bis ${end}, ${days}.`,
    anyTime: 'Pausen, wann immer du den Computer benutzt, außer nachts.',
    idle: ({ time }: { time: string }) =>
      `Bist du ${time} oder länger weg vom Computer, zählt das als Pause.`,
    windDown: ({ time }: { time: string }) => `Abends um ${time} eine Erinnerung zum Abschalten.`,
    getReady: ({ time }: { time: string }) => `Um ${time} eine Erinnerung, dich bettfertig zu machen.`,
    bed: ({ bed, wake }: { bed: string; wake: string }) =>
      `Schlafenszeit um ${bed}, danach Ruhe bis ${wake} (an Abenden mit eigenen Zeiten anders).`,
    none: 'Nichts: Alle Erinnerungen sind aus. Schalte unten oder in den Einstellungen die ein, die du möchtest.',
  },
  routines: {
    title: 'Übungsfolgen von deiner Physiotherapie',
    intro:
      'Importiere die Datei mit der Übungsfolge, die du von deiner Physiotherapeutin oder deinem Physiotherapeuten bekommen hast. Limber prüft jedes Feld und übernimmt nichts aus einer Datei mit Fehlern.',
    import: 'Übungsfolge importieren…',
    none: 'Noch keine Übungsfolge importiert.',
    count: ({ count }: { count: number }) => plural(count, { one: 'Eine Dehnung', other: '# Dehnungen' }),
    forBreaks: 'Für Dehnpausen verwenden, statt der automatischen Auswahl',
    remind: 'Erinnere mich daran',
    time: 'Um',
    days: 'An',
    export: 'Exportieren…',
    remove: 'Entfernen',
    removed: ({ name }: { name: string }) => `„${name}“ entfernt.`,
    soreBack: ({ count }: { count: number }) =>
      plural(count, {
        one: 'An Tagen mit Rückenschmerzen fällt eine ihrer Dehnungen weg (sie ist nicht sanft oder auf dem Boden).',
        other: 'An Tagen mit Rückenschmerzen fallen # ihrer Dehnungen weg (nicht sanft oder auf dem Boden).',
      }),
    fix: 'Was in der Datei zu korrigieren ist:',
  },
  firm: {
    title: 'Bildschirme und fester Modus',
    intro:
      'Wo Pausen erscheinen, wenn du mehr als einen Bildschirm hast, und wie leicht du sie wegklicken kannst.',
    screens: 'Bildschirme',
    everyDisplay: 'Vollbild-Pausen dunkeln meine anderen Bildschirme ab',
    everyDisplayHint:
      'Die Pause erscheint auf dem Bildschirm, an dem du arbeitest. Die anderen zeigen eine ruhige, abgedunkelte Seite mit einer Taste, die die Pause dorthin holt.',
    firmTitle: 'Fester Modus',
    level: 'Wie fest Pausen sind',
    levels: {
      gentle: 'Sanft: Fertig, Später und Überspringen (fester Modus aus)',
      'no-skip': 'Ohne Überspringen: Später bleibt, Überspringen fällt weg',
      firm: 'Fest: einmal Später, dann bleibt die Pause, bis sie erledigt oder ihre Zeit um ist',
    },
    never:
      'Nie eine Falle: Eine feste Pause endet von selbst, wenn ihre Zeit um ist, Pausieren im Tray geht immer, und wer Esc 3 Sekunden lang hält, verlässt jede Pause ohne Überspringen (sie zählt als übersprungen). Pausen, die du selbst startest, Pausen, die warten mussten, weil du beschäftigt warst, oder die verspätet kommen, Dehnübungen am Boden und Tage mit Rückenschmerzen werden nie fester.',
    limitSkips: 'Überspringen pro Tag begrenzen',
    skipsPerDay: 'Überspringen pro Tag',
    skipsHint: 'Danach wird Überspringen bis Mitternacht zu Später.',
  },
} satisfies Catalog['settings']

export const breakWindow = {
  kind: {
    posture: 'Haltungspause',
    stretch: 'Dehnpause',
    'wind-down': 'Abschalten',
    'get-ready': 'Bettfertig machen',
    bedtime: 'Schlafenszeit',
    activity: 'Aktivität',
    custom: 'Erinnerung',
    therapy: 'Kälte oder Wärme',
    'check-in': 'Rücken-Check',
    routine: 'Deine Übungsfolge',
  },
  pageTitle: ({ title }: { title: string }) => `${title} · Limber`,
  loading: 'Wird geladen…',
  nothing: 'Nichts zu tun',
  nothingDue: 'Gerade ist keine Pause fällig. Du kannst dieses Fenster schließen.',
  canClose: 'Du kannst dieses Fenster schließen.',
  done: 'Fertig',
  snooze: ({ minutes }: { minutes: number }) => `${minutes} Min. später`,
  skip: 'Auslassen',
  /** German keyboards print the Enter key as ↵; Esc is printed as Esc. */
  keys: { done: '↵', skip: 'Esc' },
  wellDone: 'Gut gemacht.',
  snoozed: ({ count }: { count: number }) =>
    plural(count, { one: 'Um # Minute verschoben.', other: 'Um # Minuten verschoben.' }),
  skipped: 'Ausgelassen. Dann eben beim nächsten Mal.',
  tipHeading: { posture: 'Zurück am Schreibtisch', evening: 'Für heute Abend', other: 'Denk daran' },
  ring: {
    done: 'fertig',
    minutesLeft: 'Minuten übrig',
    seconds: ({ count }: { count: number }) => plural(count, { one: 'Sekunde', other: 'Sekunden' }),
  },
  sitBack: 'Gut gemacht. Setz dich wieder aufrecht hin.',
  phase: {
    position: 'Bereit machen',
    hold: 'Halten',
    switch: 'Seite wechseln',
    release: 'Lösen',
    finished: 'Fertig',
  },
  stretchOf: ({ n, of }: { n: number; of: number }) => `Übung ${n} von ${of}`,
  repOf: ({ n, of }: { n: number; of: number }) => `Wiederholung ${n} von ${of}`,
  previous: 'Vorherige Übung',
  pause: 'Timer anhalten',
  resume: 'Timer fortsetzen',
  next: 'Nächste Übung',
  complete: 'Alle Übungen geschafft. Drück auf „Fertig“, wenn du so weit bist.',
  ready: 'Ich bin so weit',
  nextUp: ({ name }: { name: string }) => `Als Nächstes: ${name}`,
  lastStep: 'Letzter Schritt',
  figure: {
    right: 'Rechte Seite',
    left: 'Linke Seite',
    alt: ({ what, side }: { what: string; side: string }) => `${what} ${side}.`,
  },
  say: {
    position: ({
      name,
      intensity,
      where,
      side,
    }: {
      name: string
      intensity: string
      where: string
      side: string
    }) =>
      `${name}, ${intensity}. Lies die Schritte und geh in Position${where ? ` ${where}` : ''}${side ? `, ${side}` : ''}.`,
    hold: ({ side, n, of }: { side: string; n: number; of: number }) =>
      `Halten${side ? `, ${side}` : ''}. Wiederholung ${n} von ${of}.`,
    switch: 'Langsam lösen, dann zur anderen Seite wechseln.',
    release: 'Langsam lösen und entspannen.',
  },
  checkIn: {
    thanks: 'Danke. Limber speichert das nur auf diesem Computer.',
    iceOrHeat: 'Wärme oder Kälte',
    running: {
      ice: 'Der Kälte-Timer läuft: Limber sagt dir, wann du das Kühlpack abnehmen sollst.',
      heat: 'Der Wärme-Timer läuft: Limber sagt dir, wann du die Wärme abnehmen sollst.',
    },
  },
  firm: {
    noSkip: 'Fester Modus: Diese Pause kannst du verschieben, aber nicht überspringen.',
    stays: 'Fester Modus: Diese Pause bleibt, bis sie erledigt oder ihre Zeit um ist.',
    used: ({ count }: { count: number }) =>
      plural(count, {
        one: 'Du hast heute schon einmal übersprungen: Überspringen ist bis Mitternacht Später.',
        other: 'Du hast heute schon # Mal übersprungen: Überspringen ist bis Mitternacht Später.',
      }),
    left: ({ count }: { count: number }) =>
      plural(count, { one: 'Heute noch einmal Überspringen.', other: 'Heute noch # Mal Überspringen.' }),
    emergency: 'Im Notfall Esc 3 Sekunden lang halten, um die Pause zu verlassen.',
    holding: 'Esc weiter halten, um die Pause zu verlassen …',
  },
  dimmed: {
    title: 'Gerade ist Pause',
    body: 'Deine Pause wird auf einem anderen Bildschirm angezeigt.',
    bringHere: 'Pause hier zeigen',
    over: 'Die Pause ist vorbei.',
  },
} satisfies Catalog['breakWindow']

export const app = {
  busyWhy: {
    'no-shell': 'Diese Version von Limber kann das auf diesem System nicht erkennen.',
    failed: 'Limber konnte dieses System nicht abfragen; im Protokoll steht, warum.',
    'no-answer': 'Dieses System hat auf die Anfrage nicht geantwortet (siehe Protokoll).',
    'no-way': 'Dieses System bietet keine Möglichkeit, das zu erkennen.',
    'no-presenting-signal':
      'Linux-Desktops melden das Präsentieren nicht einheitlich; eine Präsentation im Vollbild zählt als Vollbild.',
    wayland: 'Unter Wayland können Apps nicht sehen, ob ein anderes Fenster im Vollbild ist.',
    'no-x11': 'Kein X11-Display zum Abfragen (DISPLAY ist nicht gesetzt).',
    'no-ewmh': 'Der Fenstermanager meldet nicht, welches Fenster aktiv ist (keine EWMH-Unterstützung).',
    'no-desktop-dnd':
      'Weder die Benachrichtigungseinstellungen von GNOME, Cinnamon oder MATE noch ein Benachrichtigungsdienst mit „Nicht stören“-Schalter (KDE Plasma) haben geantwortet.',
    'no-pactl': 'pactl (aus den PulseAudio-Werkzeugen) ist nicht installiert.',
    'no-sound-server': 'Kein Soundserver (PulseAudio oder PipeWire) hat geantwortet.',
    'needs-full-disk-access':
      'macOS gibt den Fokus-Status nicht preis. Gib Limber den „Festplattenvollzugriff“ oder stell „Fokus“ in der Menüleiste auf „Bei Aktivität anzeigen“.',
    'no-capture-record':
      'Diese Windows-Version speichert nicht, wann Kamera und Mikrofon benutzt werden (Windows 10 ab Version 1903 tut das).',
    'no-inhibit-signal':
      'Weder die GNOME-Sitzung noch die Energieverwaltung von KDE Plasma hat geantwortet, und nur sie sagen, ob eine App den Bildschirm anhält.',
  },
  names: {
    posture: { title: 'Haltungspause', short: 'Haltungspause' },
    stretch: { title: 'Dehnpause', short: 'Dehnpause' },
    'wind-down': { title: 'Abschalten', short: 'Abschalten' },
    'get-ready': { title: 'Bettfertig machen', short: 'Bettfertig machen' },
    bedtime: { title: 'Schlafenszeit', short: 'Schlafenszeit' },
    strength: 'Krafttraining',
    yoga: 'Yoga',
  },
  tray: {
    tooltip: ({ status }: { status: string }) => `Limber – ${status}`,
    tooltipWithPlan: ({ status, plan }: { status: string; plan: string }) => `Limber – ${status} · ${plan}`,
    now: ({ name }: { name: string }) => `Jetzt: ${name}`,
    pausedUntilResumed: 'Pausiert, bis du fortsetzt',
    pausedUntil: ({ when }: { when: string }) => `Pausiert bis ${when}`,
    nothingComing: 'Keine Erinnerungen geplant',
    nextIn: ({ name, duration }: { name: string; duration: string }) => `${name} in ${inSpan(duration)}`,
    nextAt: ({ name, time }: { name: string; time: string }) => `${name} um ${time}`,
    nextLater: ({ name, when }: { name: string; when: string }) => `${name} ${when}`,
    sleepUntil: ({ when }: { when: string }) => `Schlafenszeit bis ${when}`,
    bedtimeAt: ({ when }: { when: string }) => `Schlafenszeit: ${when}`,
    bedtimeIn: ({ when, duration }: { when: string; duration: string }) =>
      `Schlafenszeit: ${when} (in ${inSpan(duration)})`,
    showBreak: 'Pause anzeigen',
    breakNow: 'Jetzt eine Pause machen',
    stretchNow: 'Jetzt dehnen',
    therapy: 'Wärme-/Kälte-Timer',
    ice: ({ on, off, count }: { on: string; off: string; count: number }) =>
      plural(count, {
        one: `Kälte (${on}, # Runde)`,
        other: `Kälte (${on} an, ${off} Pause, # Runden)`,
      }),
    heat: ({ on, off, count }: { on: string; off: string; count: number }) =>
      plural(count, {
        one: `Wärme (${on}, # Runde)`,
        other: `Wärme (${on} an, ${off} Pause, # Runden)`,
      }),
    stopTimer: 'Timer stoppen',
    resume: 'Fortsetzen',
    pause: 'Pausieren',
    pause30m: '30 Minuten',
    pause1h: '1 Stunde',
    pause2h: '2 Stunden',
    pauseUntilMorning: 'Bis morgen früh',
    pauseForever: 'Bis ich fortsetze',
    skipNext: 'Nächste auslassen',
    skipNextNamed: ({ name }: { name: string }) => `Nächste auslassen (${name})`,
    settings: 'Einstellungen…',
    quit: 'Limber beenden',
    updateReady: ({ version }: { version: string }) =>
      `Update bereit: Version ${version} wird beim Beenden installiert`,
    updateAfterBreak: ({ version }: { version: string }) =>
      `Version ${version} wird nach dieser Pause installiert`,
    updateInstall: 'Jetzt neu starten und aktualisieren',
  },
  held: {
    for: {
      'full-screen': ({ duration }: { duration: string }) =>
        `Hat ${duration} gewartet, während eine App im Vollbild war.`,
      presenting: ({ duration }: { duration: string }) =>
        `Hat ${duration} gewartet, während du präsentiert hast.`,
      call: ({ duration }: { duration: string }) =>
        `Hat ${duration} gewartet, während du in einem Anruf warst.`,
      'do-not-disturb': ({ duration }: { duration: string }) =>
        `Hat ${duration} gewartet, während „Nicht stören“ an war.`,
      'screen-kept-on': ({ duration }: { duration: string }) =>
        `Hat ${duration} gewartet, während eine App den Bildschirm anhielt.`,
    },
    now: {
      'full-screen': ({ name }: { name: string }) => `${name} wartet: App im Vollbild`,
      presenting: ({ name }: { name: string }) => `${name} wartet: Du präsentierst`,
      call: ({ name }: { name: string }) => `${name} wartet: Anruf läuft`,
      'do-not-disturb': ({ name }: { name: string }) => `${name} wartet: „Nicht stören“ ist an`,
      'screen-kept-on': ({ name }: { name: string }) => `${name} wartet: Eine App hält den Bildschirm an`,
    },
  },
  notify: {
    postureTitle: 'Zeit für eine Haltungspause',
    postureLead: 'Steh auf, beweg dich und setz dich neu hin.',
    postureBody: ({ tip }: { tip: string }) =>
      `Steh auf, beweg dich und setz dich neu hin. Zurück am Schreibtisch: ${tip}`,
    stretchTitle: 'Zeit zum Dehnen',
    onTheFloor: ({ name }: { name: string }) => `${name} (auf dem Boden)`,
    stretchBody: ({ count, names, hold }: { count: number; names: string; hold: string }) =>
      plural(count, {
        one: `Eine Übung: ${names}. ${hold} halten.`,
        other: `# Übungen: ${names}. Je ${hold} halten.`,
      }),
    noGentleStretch:
      'Keine sanfte Dehnung für den Schreibtisch oder im Stehen ist eingeschaltet; steh stattdessen auf und beweg dich eine Minute lang sanft.',
    noStretch:
      'Alle Dehnübungen sind ausgeschaltet; steh stattdessen auf und beweg dich eine Minute lang sanft.',
    customBody: 'Deine eigene Erinnerung, zur gewählten Zeit.',
    headsUpPosture: ({ duration }: { duration: string }) => `Haltungspause in ${inSpan(duration)}`,
    headsUpStretch: ({ duration }: { duration: string }) => `Dehnpause in ${inSpan(duration)}`,
    headsUpBody: 'Bring deinen Gedanken zu Ende; gleich bittet dich Limber aufzustehen.',
    start: 'Starten',
    snooze: 'Später',
    skip: 'Auslassen',
    testTitle: 'Test-Erinnerung von Limber',
    testBody: 'So sehen die Erinnerungen von Limber aus. Diese hier kannst du schließen.',
  },
  commands: {
    unknown: 'Diesen Befehl kennt Limber nicht.',
    paused: {
      '30m': 'Limber ist für 30 Minuten pausiert.',
      '1h': 'Limber ist für 1 Stunde pausiert.',
      '2h': 'Limber ist für 2 Stunden pausiert.',
      'until-morning': 'Limber ist bis morgen früh pausiert.',
      forever: 'Limber ist pausiert, bis du fortsetzt.',
    },
    resumed: 'Limber läuft wieder.',
    postureStarted: 'Haltungspause gestartet.',
    stretchStarted: 'Dehnpause gestartet.',
    skipped: 'Die nächste Erinnerung wird ausgelassen.',
    nothingToSkip: 'Es steht keine Erinnerung an.',
    skipKept: 'Der feste Modus hält die nächste Pause. Pausiere Limber, wenn es sein muss.',
    iceStarted: 'Kälte-Timer gestartet.',
    heatStarted: 'Wärme-Timer gestartet.',
    therapyStopped: 'Wärme-/Kälte-Timer gestoppt. Nimm das Wärme- oder Kühlpack jetzt ab.',
    breakShown: 'Pausenfenster geöffnet.',
    settingsShown: 'Einstellungen geöffnet.',
    quitting: 'Limber wird beendet.',
    answered: 'Beantwortet.',
    goneFromScreen: 'Diese Erinnerung ist nicht mehr auf dem Bildschirm.',
    planStartedToday: 'Rückenschmerz-Plan für heute gestartet: sanftere Pausen.',
    planStarted: ({ count }: { count: number }) =>
      plural(count, {
        one: 'Rückenschmerz-Plan für # Tag gestartet: sanftere Pausen.',
        other: 'Rückenschmerz-Plan für # Tage gestartet: sanftere Pausen.',
      }),
    seeDoctorNote: 'Im Limber-Fenster steht, wann du zum Arzt gehen solltest.',
    planEnded: 'Rückenschmerz-Plan beendet.',
    noPlan: 'Es lief kein Rückenschmerz-Plan.',
    noted: 'Notiert.',
    braceWithoutPlan:
      'Die Erinnerung an die Rückenstütze gehört zu einem Rückenschmerz-Plan, und gerade läuft keiner.',
    checkInKept: 'Rücken-Check gespeichert.',
    checkInRange: 'Ein Rücken-Check ist eine ganze Zahl von 0 bis 10.',
    noCheckIn: 'Heute kein Rücken-Check.',
    updateChecking: 'Limber sucht nach Updates.',
    updateInstalling: 'Limber startet neu, um das Update zu installieren.',
    updateNotReady: 'Es ist kein Update zum Installieren bereit.',
    failed: 'Das hat Limber nicht geschafft; Details stehen im Protokoll.',
  },
  commandLine: {
    usage:
      'Verwende eine dieser Optionen: --pause 30m|1h|2h|until-morning|forever, --resume, --break-now, ' +
      '--stretch-now, --sore-back [1d|2d|3d|5d|off], --import-routine DATEI, --settings, --quit.',
    unreadable: 'Die Befehlszeile konnte nicht gelesen werden.',
    tooMany: ({ count }: { count: number }) => `Zu viele Argumente (${count}).`,
    notText: 'Argumente müssen Text sein.',
    tooLong: ({ position, max }: { position: number; max: number }) =>
      `Das ${position}. Argument ist zu lang (höchstens ${max} Zeichen).`,
    pauseNeeds: ({ values }: { values: string }) => `--pause braucht eine Dauer: ${values}.`,
    soreBackTakes: ({ values }: { values: string }) =>
      `--sore-back braucht eine Anzahl Tage oder off: ${values}.`,
    noValue: ({ name }: { name: string }) => `${name} nimmt keinen Wert an.`,
    unknown: ({ position }: { position: number }) => `Das ${position}. Argument kennt Limber nicht.`,
    oneAtATime: ({ count }: { count: number }) =>
      `Gib nur einen Befehl auf einmal an; angegeben waren ${count}.`,
  },
  export: {
    title: 'Meine Daten exportieren',
    button: 'Hier exportieren',
    unavailable: 'Exportieren ist in dieser Version von Limber nicht verfügbar.',
    dialogFailed: 'Limber konnte den Dialog zur Ordnerauswahl nicht öffnen.',
    cancelled: 'Export abgebrochen: Es wurde nichts geschrieben.',
    folder: ({ date }: { date: string }) => `Limber-Export ${date}`,
    writeFailed: {
      denied: ({ folder }: { folder: string }) =>
        `Limber darf nicht in ${folder} schreiben. Dort wurde nichts verändert; wähl einen anderen Ordner.`,
      noSpace: ({ folder }: { folder: string }) =>
        `In ${folder} ist kein Platz mehr frei. Dort wurde nichts verändert.`,
      readOnly: ({ folder }: { folder: string }) =>
        `${folder} kann nur gelesen, nicht beschrieben werden. Dort wurde nichts verändert; wähl einen anderen Ordner.`,
      gone: ({ folder }: { folder: string }) =>
        `${folder} gibt es nicht mehr. Es wurde nichts geschrieben; wähl einen anderen Ordner.`,
      other: ({ folder }: { folder: string }) =>
        `Limber konnte nicht in ${folder} schreiben. Dort wurde nichts verändert.`,
    },
    full: ({ folder, count }: { folder: string; count: number }) =>
      `${folder} enthält schon ${count} Exporte von heute. Wähl einen anderen Ordner.`,
    notFullPath: ({ folder }: { folder: string }) =>
      `Limber exportiert nur in einen Ordner mit vollständigem Pfad, und „${folder}“ ist keiner. Es wurde nichts ` +
      'geschrieben: Wähl den Ordner noch einmal.',
  },
  settingsFile: {
    resetTitle: 'Einstellungen wurden zurückgesetzt',
    reset:
      'Deine Einstellungsdatei konnte nicht gelesen werden, daher hat Limber mit den Standardeinstellungen gestartet.',
    resetKept: ({ file }: { file: string }) =>
      `Deine Einstellungsdatei konnte nicht gelesen werden, daher hat Limber mit den Standardeinstellungen gestartet. Die beschädigte Datei wurde als ${file} aufbewahrt.`,
    someResetTitle: 'Einige Einstellungen wurden zurückgesetzt',
    allReplaced:
      'Deine Einstellungen konnten nicht gelesen werden, daher ist Limber zu den Standardeinstellungen zurückgekehrt.',
    replaced: ({ fields }: { fields: string }) =>
      `Diese Einstellungen ließen sich nicht übernehmen und stehen wieder auf dem Standardwert: ${fields}.`,
    replacedMore: ({ fields, count }: { fields: string; count: number }) =>
      plural(count, {
        one: `Diese Einstellungen ließen sich nicht übernehmen und stehen wieder auf dem Standardwert: ${fields} und # weitere.`,
        other: `Diese Einstellungen ließen sich nicht übernehmen und stehen wieder auf dem Standardwert: ${fields} und # weitere.`,
      }),
    previousKept: ({ file }: { file: string }) => `Deine bisherige Datei wurde als ${file} aufbewahrt.`,
  },
  dialogs: {
    commandNotUnderstood: 'Limber hat den Befehl nicht verstanden',
    couldNotStart: 'Limber konnte nicht starten',
    couldNotStartDetail: ({ what, file }: { what: string; file: string }) =>
      `${what}\n\nDie Details stehen in der Protokolldatei:\n${file}\n\nWenn das immer wieder passiert, schick diese Datei bitte mit deinem Fehlerbericht.`,
    loginItemFailed: 'Limber konnte den Start bei der Anmeldung nicht ändern',
    loginItemFailedDetail: ({ what, file }: { what: string; file: string }) =>
      `${what} Die Details stehen im Protokoll: ${file}`,
    loginItemUnsafe: ({ path }: { path: string }) =>
      `Limber kann bei der Anmeldung nicht aus ${path} starten: Der Pfad enthält einen Zeilenumbruch oder ein anderes Steuerzeichen, das ein Autostart-Eintrag nicht sicher aufnehmen kann. Verschieb Limber in einen Ordner ohne solche Zeichen im Namen.`,
  },
  dayLimit: {
    reachedTitle: ({ hours }: { hours: number }) =>
      plural(hours, { one: 'Heute schon # Stunde am Computer', other: 'Heute schon # Stunden am Computer' }),
    reachedBody: 'Das ist dein Limit für heute. Ein guter Moment, zum Schluss zu kommen und aufzustehen.',
    againTitle: ({ hours }: { hours: number }) =>
      plural(hours, { one: 'Noch am Computer: heute # Stunde', other: 'Noch am Computer: heute # Stunden' }),
    againBody: ({ limit }: { limit: string }) =>
      `Eine sanfte Erinnerung: Dein Limit für heute war ${satz(limit)} Was noch übrig ist, kann bis morgen warten.`,
    tray: ({ limit }: { limit: string }) => `Tageslimit erreicht (${limit})`,
  },
  routines: {
    openTitle: 'Übungsfolge importieren',
    openButton: 'Importieren',
    saveTitle: 'Übungsfolge exportieren',
    saveButton: 'Exportieren',
    fileKind: 'Limber-Übungsfolge',
    fileName: ({ name }: { name: string }) => `${name} (Limber-Übungsfolge)`,
    imported: ({ name, count }: { name: string; count: number }) =>
      plural(count, {
        one: `Übungsfolge „${name}“ mit einer Dehnung importiert.`,
        other: `Übungsfolge „${name}“ mit # Dehnungen importiert.`,
      }),
    replaced: ({ name, count }: { name: string; count: number }) =>
      plural(count, {
        one: `Übungsfolge „${name}“ aktualisiert: Sie hat jetzt eine Dehnung.`,
        other: `Übungsfolge „${name}“ aktualisiert: Sie hat jetzt # Dehnungen.`,
      }),
    notImported: ({ file }: { file: string }) => `Die Übungsfolge in ${file} wurde nicht importiert.`,
    notImportedTitle: 'Übungsfolge nicht importiert',
    importedTitle: 'Übungsfolge importiert',
    nothingKept: 'Es wurde nichts geändert.',
    cancelled: 'Es wurde nichts importiert.',
    exportCancelled: 'Es wurde nichts exportiert.',
    exported: ({ file }: { file: string }) => `Exportiert nach ${file}.`,
    exportFailed: ({ reason }: { reason: string }) => `Limber konnte die Datei nicht schreiben: ${reason}.`,
    dialogOpen: 'Ein Dateidialog ist schon offen: Schließe ihn zuerst.',
    dialogFailed: 'Limber konnte den Dateidialog nicht öffnen.',
    unavailable: 'Übungsfolgen importieren und exportieren geht in dieser Version von Limber nicht.',
    tooMany: ({ max }: { max: number }) =>
      `Limber behält höchstens ${max} Übungsfolgen: Entferne eine, bevor du eine weitere importierst.`,
    gone: 'Diese Übungsfolge gibt es nicht mehr.',
    missing: ({ file }: { file: string }) => `Es gibt keine Datei ${file}.`,
    notAFile: ({ file }: { file: string }) => `${file} ist ein Ordner, keine Datei.`,
    unreadable: ({ file, reason }: { file: string; reason: string }) =>
      `${file} konnte nicht gelesen werden: ${reason}.`,
    problems: {
      tooLarge: ({ size, max }: { size: string; max: string }) =>
        `Die Datei ist zu groß (${size}): Eine Übungsfolge darf höchstens ${max} groß sein.`,
      notJson: ({ line }: { line: number | null }) =>
        line === null
          ? 'Die Datei ist kein gültiges JSON.'
          : `Die Datei ist kein gültiges JSON (der Fehler steht in Zeile ${line}).`,
      tooDeep: 'Die Datei ist zu tief verschachtelt für eine Übungsfolge.',
      unknownField: ({ path }: { path: string }) =>
        `${path}: Dieses Feld gibt es in einer Übungsfolge nicht.`,
      required: ({ path, allowed }: { path: string; allowed: string }) =>
        `${path}: fehlt; erwartet wird ${allowed}.`,
      notAllowed: ({ path, allowed, got }: { path: string; allowed: string; got: string }) =>
        `${path}: erwartet wird ${allowed}, gefunden ${got}.`,
      languageTag: ({ path }: { path: string }) =>
        `${path}: kein Sprachkürzel (schreib eines wie "en", "de" oder "pt-BR").`,
      unknownStretch: ({ path, got }: { path: string; got: string }) =>
        `${path}: ${got} ist keine Dehnung aus der Sammlung von Limber.`,
      markup: ({ path }: { path: string }) =>
        `${path}: nur reiner Text, kein HTML und keine andere Auszeichnung.`,
      link: ({ path }: { path: string }) => `${path}: keine Links oder Webadressen.`,
      languages: ({ path, languages }: { path: string; languages: string }) =>
        `${path}: in denselben Sprachen angeben wie den Namen der Übungsfolge (${languages}).`,
      figure: ({ path, detail }: { path: string; detail: string }) => `${path}: ${detail}.`,
    },
    allowed: {
      file: 'ein Objekt mit "limberRoutine": 1, einem "name" und "stretches"',
      version: '1 (dieses Limber liest Version 1 des Formats)',
      texts: 'der Text je Sprache, etwa {"de": "…"}, in 1 bis 8 Sprachen',
      name: 'ein Name mit 1 bis 80 Zeichen',
      title: 'ein Titel mit 1 bis 80 Zeichen',
      step: 'ein Text mit 1 bis 400 Zeichen',
      stepList: 'eine Liste mit 1 bis 12 Schritten',
      cautionList: 'eine Liste mit höchstens 6 Hinweisen',
      stretches: 'eine Liste mit 1 bis 20 Dehnungen',
      stretch:
        'eine Dehnung aus der Sammlung ({"stretch": "ihre ID"}) oder eine ganz beschriebene (title, steps, hold, repetitions, sides, position, intensity)',
      libraryId: 'die ID einer Dehnung aus der Sammlung von Limber',
      hold: 'eine ganze Zahl von Sekunden von 5 bis 120',
      repetitions: 'eine ganze Zahl von 1 bis 10',
      sides: '"both" oder "each"',
      position: '"desk", "standing" oder "floor"',
      intensity: '"gentle", "moderate" oder "strong"',
      figure: 'eine Figur mit description, camera, props, working und poses',
    },
    needsFile: '--import-routine braucht den Pfad einer Übungsfolge-Datei.',
    notifyBody: ({ count, names }: { count: number; names: string }) =>
      plural(count, {
        one: `Deine Übungsfolge: ${names}.`,
        other: `Deine Übungsfolge, # Dehnungen: ${names}.`,
      }),
    leftOut: ({ count }: { count: number }) =>
      plural(count, {
        one: 'Eine Dehnung deiner Übungsfolge fällt heute weg: Bei Rückenschmerzen nur sanfte Dehnungen am Schreibtisch oder im Stehen.',
        other:
          '# Dehnungen deiner Übungsfolge fallen heute weg: Bei Rückenschmerzen nur sanfte Dehnungen am Schreibtisch oder im Stehen.',
      }),
    noneFits:
      'Keine Dehnung deiner Übungsfolge passt heute zu deinem schmerzenden Rücken (nur sanfte am Schreibtisch oder im Stehen), darum hier sanfte Dehnungen.',
    fromRoutine: 'Aus deiner Übungsfolge',
  },
} satisfies Catalog['app']

const seatedNote = 'Nimm einen stabilen Stuhl ohne Rollen oder stell die Rollen vorher fest.'

export const content = {
  cue: 'Beweg dich langsam und gleichmäßig, ohne zu wippen. Geh nur bis zu einem sanften Ziehen, nie bis zum Schmerz. Halte die Dehnung und löse sie dann langsam.',
  areas: {
    'lower-back': 'Unterer Rücken',
    'middle-back': 'Mittlerer Rücken',
    'upper-back': 'Oberer Rücken',
    abdominals: 'Bauch und Rumpf',
    hips: 'Hüfte und Beinrückseite',
    'neck-shoulders': 'Nacken und Schultern',
  },
  stretches: {
    'seated-cat-cow': {
      name: 'Katze-Kuh im Sitzen',
      steps: [
        'Setz dich vorn auf den Stuhl, die Füße flach auf dem Boden, die Hände auf den Knien.',
        'Heb beim Einatmen die Brust und lass den Rücken sanft ins Hohlkreuz gehen.',
        'Mach beim Ausatmen einen runden Rücken und lass das Kinn Richtung Brust sinken.',
        'Halte die Rundung, dann setz dich wieder aufrecht hin.',
      ],
      cautions: ['Halte die Bewegung klein, wenn dein Rücken heute wehtut.'],
    },
    'seated-twist': {
      name: 'Drehung im Sitzen',
      steps: [
        'Setz dich aufrecht hin, beide Füße flach auf dem Boden, die Knie zeigen nach vorn.',
        'Leg die rechte Hand außen an dein linkes Knie.',
        'Dreh die Brust nach links und lass die Bewegung aus dem mittleren Rücken kommen.',
        'Halte die Drehung, komm zurück zur Mitte und dreh dich dann zur anderen Seite.',
      ],
      cautions: [
        'Dreh dich nur so weit, wie es leicht geht; zieh dich nicht mit den Armen weiter herum.',
        seatedNote,
      ],
    },
    'seated-forward-fold': {
      name: 'Vorbeuge im Sitzen',
      steps: [
        'Setz dich vorn auf den Stuhl, die Füße weit auseinander.',
        'Lass den Oberkörper zwischen die Knie sinken, die Arme hängen locker.',
        'Lass Kopf und Nacken locker.',
        'Halte die Position, dann roll dich langsam Wirbel für Wirbel wieder hoch.',
      ],
      cautions: [
        'Komm langsam hoch, falls dir schwindelig wird.',
        'Lass diese Übung aus, wenn Schmerz oder Kribbeln ins Bein ausstrahlt.',
        seatedNote,
      ],
    },
    'seated-pelvic-tilt': {
      name: 'Beckenkippen im Sitzen',
      steps: [
        'Setz dich aufrecht hin, die Hände an den Hüften, die Füße flach auf dem Boden.',
        'Kipp das Becken nach hinten, sodass sich dein unterer Rücken zur Lehne hin rundet.',
        'Halte kurz, dann kipp es nach vorn, sodass dein unterer Rücken ein kleines Hohlkreuz macht.',
        'Komm zum Schluss in der Mitte an und sitz aufrecht.',
      ],
      cautions: ['Bleib sanft: Das ist eine kleine Schaukelbewegung, keine große.'],
    },
    'seated-figure-four': {
      name: 'Hüftöffner im Sitzen',
      steps: [
        'Setz dich aufrecht hin und leg den rechten Knöchel auf das linke Knie.',
        'Halte den Rücken lang und beug dich aus der Hüfte nach vorn.',
        'Hör auf, sobald du eine Dehnung in der rechten Hüfte und im Gesäß spürst.',
        'Halte die Dehnung, richte dich auf und wechsle dann das Bein.',
      ],
      cautions: [
        'Wenn das dein Knie belastet, leg den Knöchel tiefer aufs Schienbein oder lass die Übung aus.',
        seatedNote,
      ],
    },
    'seated-hamstring': {
      name: 'Beinrückseite dehnen im Sitzen',
      steps: [
        'Setz dich auf die vordere Kante deines Stuhls.',
        'Streck ein Bein aus, die Ferse auf dem Boden, die Zehen zeigen nach oben.',
        'Beug dich mit geradem Rücken aus der Hüfte nach vorn, bis es hinten im Oberschenkel sanft zieht.',
        'Halte die Dehnung, richte dich auf und wechsle dann das Bein.',
      ],
      cautions: [
        'Halte den Rücken gerade, statt nach den Zehen zu greifen.',
        'Lass diese Übung aus, wenn Schmerz oder Kribbeln ins Bein ausstrahlt.',
        seatedNote,
      ],
    },
    'seated-side-bend': {
      name: 'Seitbeuge im Sitzen',
      steps: [
        'Setz dich aufrecht hin, beide Füße flach auf dem Boden.',
        'Heb den rechten Arm neben dem Ohr nach oben.',
        'Neig dich sanft nach links und streck dich dabei nach oben und hinüber.',
        'Halte die Dehnung, komm wieder hoch und mach dann die andere Seite.',
      ],
      cautions: ['Lass beide Gesäßhälften auf dem Stuhl.'],
    },
    'chest-opener': {
      name: 'Brustöffner',
      steps: [
        'Setz dich auf die vordere Hälfte deines Stuhls.',
        'Verschränk die Hände hinter dem Rücken oder halt dich seitlich an der Rückenlehne fest.',
        'Zieh die Schulterblätter zusammen und heb die Brust.',
        'Halte die Position, das Kinn bleibt gerade, dann lass langsam los.',
      ],
      cautions: ['Lass die Schultern unten, weg von den Ohren.'],
    },
    'upper-back-round': {
      name: 'Die Luft umarmen',
      steps: [
        'Setz dich aufrecht hin und streck beide Arme gerade nach vorn.',
        'Verschränk die Finger, die Handflächen zeigen von dir weg.',
        'Schieb die Hände von dir weg und lass den oberen Rücken rund werden, das Kinn sinkt.',
        'Spür, wie sich zwischen den Schulterblättern Raum öffnet, halte und entspann dich dann.',
      ],
      cautions: ['Atme dabei ganz normal weiter.'],
    },
    'neck-side-stretch': {
      name: 'Seitliche Nackendehnung',
      steps: [
        'Setz dich aufrecht hin und lass beide Schultern sinken.',
        'Neig das rechte Ohr zur rechten Schulter.',
        'Lass die linke Schulter unten; du kannst eine Hand auf den Kopf legen, aber zieh nicht.',
        'Halte die Dehnung, heb den Kopf langsam wieder an und mach dann die andere Seite.',
      ],
      cautions: ['Hör auf, wenn du Kribbeln oder Taubheit in Arm oder Hand spürst.'],
    },
    'chin-tuck': {
      name: 'Kinn zurückschieben',
      steps: [
        'Setz dich aufrecht hin und schau geradeaus.',
        'Schieb das Kinn gerade nach hinten, als wolltest du ein Doppelkinn machen.',
        'Halte den Blick gerade; neig den Kopf nicht nach unten.',
        'Halte die Position, dann lass den Kopf wieder nach vorn gleiten.',
      ],
      cautions: ['Eine kleine Bewegung reicht völlig.'],
    },
    'shoulder-rolls': {
      name: 'Schulterkreisen und Zusammenziehen',
      steps: [
        'Setz dich aufrecht hin, die Arme hängen locker neben dem Körper.',
        'Kreise beide Schultern ein paar Mal nach oben, hinten und unten.',
        'Zieh zum Schluss die Schulterblätter sanft nach hinten unten.',
        'Halte die Spannung, dann lass die Schultern locker.',
      ],
      cautions: ['Halte den Nacken dabei lang und entspannt.'],
    },
    'standing-back-bend': {
      name: 'Rückbeuge im Stehen',
      steps: [
        'Stell dich hin, die Füße hüftbreit auseinander.',
        'Leg die Hände auf den unteren Rücken, die Finger zeigen nach unten.',
        'Schieb die Hüfte sanft nach vorn, lehn dich ein wenig zurück und schau leicht nach oben.',
        'Halte die Position, dann richte dich wieder ganz auf.',
      ],
      cautions: [
        'Lehn dich nur ein wenig zurück.',
        'Lass diese Übung aus, wenn das Zurücklehnen zwickt oder wehtut.',
      ],
    },
    'standing-reach-up': {
      name: 'Zur Decke strecken',
      steps: [
        'Stell dich aufrecht hin, die Füße hüftbreit auseinander.',
        'Verschränk die Finger und dreh die Handflächen nach oben.',
        'Streck dich zur Decke und spür, wie die Vorderseite deines Körpers länger wird.',
        'Halte die Dehnung, dann senk die Arme langsam.',
      ],
      cautions: ['Schieb die unteren Rippen nicht nach vorn heraus.'],
    },
    'doorway-chest-stretch': {
      name: 'Dehnung im Türrahmen',
      steps: [
        'Stell dich in einen Türrahmen und leg die Unterarme an den Rahmen, die Ellbogen auf Schulterhöhe.',
        'Stell einen Fuß nach vorn.',
        'Verlagere dein Gewicht sanft nach vorn, bis sich Brust und Schultern öffnen.',
        'Halte die Dehnung, dann tritt wieder zurück.',
      ],
      cautions: ['Hör auf, wenn deine Schulter vorn schmerzt.'],
    },
    'standing-hip-flexor': {
      name: 'Hüftbeuger-Dehnung im Stehen',
      steps: [
        'Halt dich zum Gleichgewicht am Schreibtisch oder an einer Stuhllehne fest.',
        'Stell einen Fuß nach hinten in einen kleinen Ausfallschritt, die hintere Ferse angehoben.',
        'Zieh das Steißbein nach unten und spür, wie sich die hintere Hüfte vorn öffnet.',
        'Halte die Dehnung, stell die Füße wieder zusammen und wechsle dann das Bein.',
      ],
      cautions: ['Halte das vordere Knie über dem Knöchel, nicht vor den Zehen.'],
    },
    'knee-to-chest': {
      name: 'Knie zur Brust',
      steps: [
        'Leg dich auf den Rücken, die Knie angewinkelt, die Füße flach auf dem Boden.',
        'Fass hinter einen Oberschenkel und zieh dieses Knie zur Brust.',
        'Lass den anderen Fuß auf dem Boden und den Kopf unten.',
        'Halte die Position, senk das Bein langsam ab und wechsle dann die Seite.',
      ],
      cautions: [
        'Fass hinter den Oberschenkel, nicht oben aufs Knie.',
        'Lass diese Übung aus, wenn Schmerz oder Kribbeln ins Bein ausstrahlt.',
      ],
    },
    'childs-pose': {
      name: 'Kindhaltung',
      steps: [
        'Knie dich hin und setz dich dann nach hinten Richtung Fersen.',
        'Schieb die Hände auf dem Boden nach vorn.',
        'Leg die Stirn ab und lass den Rücken lang werden.',
        'Halte die Position und atme langsam, dann hol die Hände zurück und richte dich auf.',
      ],
      cautions: ['Leg ein Kissen zwischen Fersen und Gesäß, wenn deine Knie sich melden.'],
    },
    'all-fours-cat-cow': {
      name: 'Katze-Kuh',
      steps: [
        'Geh in den Vierfüßlerstand, die Hände unter den Schultern, die Knie unter den Hüften.',
        'Mach beim Ausatmen einen runden Rücken Richtung Decke.',
        'Lass beim Einatmen den Bauch sinken und heb den Blick ein wenig.',
        'Wechsle langsam zwischen beiden und halte jede Position kurz.',
      ],
      cautions: ['Leg auf hartem Boden ein gefaltetes Handtuch unter die Knie.'],
    },
    'lying-knee-roll': {
      name: 'Knie kippen im Liegen',
      steps: [
        'Leg dich auf den Rücken, die Knie angewinkelt und geschlossen, die Arme weit zur Seite.',
        'Lass beide Knie langsam zu einer Seite sinken.',
        'Lass beide Schultern auf dem Boden.',
        'Halte die Position, hol die Knie zurück zur Mitte und lass sie dann zur anderen Seite sinken.',
      ],
      cautions: ['Lass die Knie nur so weit sinken, wie deine Schultern unten bleiben können.'],
    },
    sphinx: {
      name: 'Sphinx-Haltung',
      steps: [
        'Leg dich auf den Bauch, die Ellbogen unter den Schultern.',
        'Drück die Unterarme in den Boden und heb die Brust ein wenig an.',
        'Lass die Hüfte auf dem Boden und die Schultern weg von den Ohren.',
        'Halte die Position, dann leg dich langsam wieder ab.',
      ],
      cautions: ['Lass diese Übung aus, wenn das Durchbiegen des Rückens zwickt oder wehtut.'],
    },
    'lying-hamstring': {
      name: 'Beinrückseite dehnen im Liegen',
      steps: [
        'Leg dich auf den Rücken, beide Knie angewinkelt.',
        'Leg ein Handtuch oder einen Gürtel um einen Fuß.',
        'Streck dieses Bein Richtung Decke und halt dabei das Handtuch fest.',
        'Halte die Dehnung, senk das Bein langsam ab und wechsle dann das Bein.',
      ],
      cautions: [
        'Das Knie darf leicht gebeugt bleiben.',
        'Lass diese Übung aus, wenn Schmerz oder Kribbeln ins Bein ausstrahlt.',
      ],
    },
  },
  getUp: {
    lying: 'Zum Aufstehen roll dich auf die Seite, drück dich mit den Armen hoch und setz dich dann hin.',
    kneeling:
      'Zum Aufstehen geh mit den Händen zu den Knien zurück, drück dich mit den Armen hoch und steh, an einen Stuhl gestützt, auf.',
  },
  /** Die Wechsel zwischen den Übungen einer Runde (siehe en.ts). */
  moves: {
    title: {
      'get-down': 'Langsam auf den Boden',
      'get-up': 'Langsam aufstehen',
      standing: 'Aufstehen',
      desk: 'Hinsetzen',
      floor: 'Position wechseln',
    },
    downFirst: 'Halt dich an einem Stuhl oder am Schreibtisch fest und lass dir Zeit.',
    down: {
      'on-back': 'Erst die Knie, dann die Hände, dann roll dich auf den Rücken.',
      'on-front': 'Erst die Knie, dann die Hände, dann leg dich langsam auf den Bauch.',
      'all-fours': 'Erst die Knie, dann die Hände unter die Schultern: Du bist im Vierfüßlerstand.',
      kneeling: 'Erst ein Knie, dann das andere, dann knie dich aufrecht hin.',
    },
    up: {
      lying: [
        'Roll dich auf die Seite, drück dich mit den Armen hoch und setz dich hin.',
        'Dreh dich auf Hände und Knie.',
      ],
      kneeling: ['Geh mit den Händen zu den Knien zurück und drück dich mit den Armen hoch, bis du kniest.'],
    },
    upLast: 'Stell einen Fuß nach vorn und steh langsam auf, an einem Stuhl oder am Schreibtisch gestützt.',
    to: {
      desk: 'Setz dich wieder hin, ganz nach hinten auf den Stuhl.',
      standing: 'Steh langsam auf und geh einen Schritt vom Stuhl weg.',
      'on-back': 'Leg dich auf die Seite und roll dich dann auf den Rücken.',
      'on-front': 'Roll dich langsam auf den Bauch.',
      'all-fours': 'Komm auf Hände und Knie, die Hände unter den Schultern.',
      kneeling: 'Komm auf die Knie, den Oberkörper aufrecht.',
    },
  },
  postureTips: [
    'Setz dich ganz nach hinten auf den Stuhl, damit die Lehne die Krümmung deines unteren Rückens stützt.',
    'Stell die Füße flach auf den Boden – oder auf eine Fußstütze, wenn sie nicht bis unten reichen.',
    'Stell den oberen Bildschirmrand etwa auf Augenhöhe, damit dein Kopf im Gleichgewicht über den Schultern bleibt.',
    'Stell den Bildschirm etwa eine Armlänge entfernt auf.',
    'Lass die Schultern sinken, weg von den Ohren. Prüf sie in einer Minute noch einmal.',
    'Halte die Ellbogen nah am Körper, ungefähr im rechten Winkel gebeugt.',
    'Halte die Handgelenke beim Tippen gerade, nicht nach oben oder unten abgeknickt.',
    'Hol Tastatur und Maus nah zu dir heran, damit du nicht nach vorn greifen musst.',
    'Wenn dein Kopf nach vorn wandert, schieb das Kinn zurück und setz dich wieder aufrecht hin.',
    'Knie auf Höhe der Hüften oder etwas darunter entlasten deinen unteren Rücken.',
    'Ein kleines Kissen oder gerolltes Handtuch hinter dem unteren Rücken hilft, seine natürliche Krümmung zu halten.',
    'Sitz gerade vor dem Bildschirm: Den ganzen Tag zur Seite gedreht zu sitzen, ermüdet den Rücken.',
    'Am Laptop: Stell den Bildschirm höher und nutze eine separate Tastatur und Maus.',
    'Telefonier im Stehen oder geh beim Reden herum.',
    'Leg Dinge, die du oft brauchst, in Griffweite, damit du dich nicht über den Schreibtisch strecken musst.',
    'Wechsle ab und zu die Haltung. Die beste Haltung ist immer die nächste.',
    'Schlag die Beine nicht übereinander und verteil dein Gewicht gleichmäßig auf beide Gesäßhälften.',
    'Halt dein Handy auf Augenhöhe, statt den Nacken dafür nach unten zu beugen.',
    'Blinzle, schau auf etwas weit Entferntes und lass Gesicht und Kiefer locker.',
    'Verteil im Stehen dein Gewicht gleichmäßig auf beide Füße und lass die Knie locker.',
    'Heb mit den Beinen, nicht mit dem Rücken: Geh in die Knie und halte die Last nah am Körper.',
    'Stell dein Wasserglas ans andere Ende des Raums, damit du zum Nachfüllen aufstehen musst.',
  ],
  movement: {
    guidance: [
      'Beweg dich oft ein bisschen. Kurze, leichte Bewegung über den Tag verteilt tut deinem Rücken mehr gut als eine große Anstrengung.',
      'Ruhe hilft, wenn der Rücken wehtut, aber zu viel davon macht ihn steifer. Steh auf und beweg dich sanft, wann immer du kannst.',
      'Lass es ruhig angehen. Zu viel, zu früh kann verkrampfte Muskeln noch verschlimmern. Steigere dich nach und nach.',
      'Auch ein kurzer Spaziergang zählt. Oder kurz aufstehen und dehnen, während das Wasser kocht.',
    ],
    short: [
      'Oft ein bisschen statt alles auf einmal.',
      'Kurz ausruhen, dann kurz bewegen.',
      'Sanft reicht: Du musst nichts erzwingen.',
    ],
  },
  windDown: {
    suggestions: {
      'wind-down': [
        'Dimm das Licht um dich herum; sanftes, gedämpftes Licht zeigt deinem Körper, dass der Tag zu Ende geht.',
        'Fang an, die Bildschirme wegzulegen: Handy, Laptop, Spiele und Fernseher.',
        'Mach dir ein warmes Getränk, etwa einen koffeinfreien Kräutertee oder warme Milch.',
        'Nimm ein warmes Bad oder eine warme Dusche.',
        'Lies ein gedrucktes Buch oder hör etwas Ruhiges, statt zu scrollen.',
        'Schreib die To-dos für morgen auf, damit du den Kopf frei hast.',
      ],
      'get-ready': [
        'Mach dein Schlafzimmer dunkel: Zieh die Vorhänge zu und deck kleine Standby-Lämpchen ab.',
        'Halte das Schlafzimmer kühl und ruhig.',
        'Nimm dir vor, morgen zur selben Zeit aufzustehen – auch am Wochenende.',
        'Plane sieben bis neun Stunden Schlaf ein: Rechne von deiner Aufstehzeit zurück.',
        'Mach ein paar langsame, leichte Dehnübungen, damit dein Rücken vor dem Schlafen zur Ruhe kommt.',
        'Atme eine Minute lang langsam: durch die Nase ein und länger wieder aus.',
      ],
    },
    reminders: {
      'wind-down': {
        title: 'Zeit zum Abschalten',
        body: 'Dimm das Licht, leg die Bildschirme nach und nach weg und gönn dir vielleicht ein warmes Getränk oder ein Bad.',
      },
      'get-ready': {
        title: 'Mach dich bettfertig',
        body: 'Jetzt Bildschirme aus. Mach den Raum dunkel und ruhig und mach es dir bequem.',
      },
      bedtime: {
        title: 'Schlafenszeit',
        body: 'Zeit zu schlafen. Morgen zur selben Zeit aufstehen, auch am Wochenende. Gute Nacht!',
      },
    },
    leads: {
      'wind-down': 'Bald ist Schlafenszeit: Zeit, einen Gang zurückzuschalten und den Tag loszulassen.',
      'get-ready': 'Gleich ist Schlafenszeit. Jetzt Bildschirme aus und mach es dir bequem.',
    },
  },
  therapy: {
    notices: {
      'heat-start': {
        title: 'Wärme auflegen',
        body: 'Stoff zwischen Wärme und Haut, nie auf taube oder verletzte Haut. Nicht damit einschlafen.',
      },
      'heat-on': {
        title: 'Wärme auflegen',
        body: 'Lass immer ein Tuch oder eine Stoffschicht zwischen Wärme und Haut.',
      },
      'heat-off': {
        title: 'Wärme abnehmen – Pause',
        body: 'Nimm die Wärme ab und gönn der Haut eine Pause. Hör auf, wenn sie stark rot ist oder Blasen hat.',
      },
      'ice-start': {
        title: 'Kühlpack auflegen',
        body: 'In ein Tuch wickeln, nie auf taube oder verletzte Haut. Hör auf, wenn sie stark rot oder weiß wird.',
      },
      'ice-on': {
        title: 'Kühlpack auflegen',
        body: 'Wickle es vorher in ein Tuch, nie direkt auf die Haut.',
      },
      'ice-off': {
        title: 'Kühlpack abnehmen – Pause',
        body: 'Nimm das Kühlpack ab und lass deine Haut wieder warm werden.',
      },
      finished: {
        title: 'Kühl- oder Wärmepack jetzt abnehmen',
        body: 'Das war die letzte Runde. Schau nach deiner Haut und beweg dich noch ein wenig sanft, bevor du dich hinsetzt.',
      },
      stopped: {
        title: 'Kühl- oder Wärmepack jetzt abnehmen',
        body: 'Der Timer ist gestoppt. Schau nach deiner Haut und beweg dich noch ein wenig sanft.',
      },
    },
    minutesOn: ({ count }: { count: number }) =>
      plural(count, { one: '# Minute lang.', other: '# Minuten lang.' }),
    minutesOff: ({ count }: { count: number }) =>
      plural(count, { one: '# Minute Pause.', other: '# Minuten Pause.' }),
  },
  activities: {
    strength: [
      'Dein Rumpf ist mehr als dein Bauch: Dazu gehören deine Rücken- und Bauchmuskeln, die zusammenarbeiten.',
      'Plane zwei bis vier Einheiten pro Woche ein, jeweils 30 bis 45 Minuten.',
      'Saubere Ausführung zuerst: Langsame, kontrollierte Bewegungen sind besser als schwere oder schnelle. In der Physiotherapie oder bei einem Trainer kannst du deine Ausführung prüfen lassen.',
      'Fang leicht an und steigere dich nach und nach. Hör mit jeder Übung auf, die wehtut.',
    ],
    yoga: [
      'Yoga hilft vielen Menschen mit Rückenschmerzen: Es dehnt und kräftigt zugleich.',
      'Ein Anfängerkurs oder ein sanfter Kurs ist ein guter Einstieg; erzähl der Kursleitung von deinem Rücken.',
      'Lass Haltungen aus, die wehtun, oder mach sie sanfter, und atme die ganze Zeit ruhig weiter.',
    ],
    notices: {
      strength: [
        {
          title: 'Krafttraining',
          body: 'Zeit für deinen Rumpf: Rücken und Bauch zusammen. Langsame Bewegungen, saubere Ausführung.',
        },
        {
          title: 'Rumpftraining',
          body: 'Ein starker Rumpf trägt deinen Rücken. Erst aufwärmen, dann in ruhigem Tempo.',
        },
        {
          title: 'Krafttraining',
          body: 'Qualität vor Quantität: Weniger, dafür saubere Wiederholungen sind besser für deinen Rücken.',
        },
      ],
      yoga: [
        {
          title: 'Zeit für Yoga',
          body: 'Roll deine Matte aus. Beweg dich im Rhythmus deines Atems und lass alles aus, was wehtut.',
        },
        {
          title: 'Zeit für Yoga',
          body: 'Heute eine sanfte Einheit: Lass deinen Rücken lang werden und deinen Atem ruhiger.',
        },
      ],
    },
  },
  disclaimer: {
    short: 'Limber gibt allgemeine Tipps für dein Wohlbefinden, keine medizinische Beratung.',
    full: [
      'Limber ist eine Erinnerungs-App. Sie gibt allgemeine Tipps für dein Wohlbefinden, keine medizinische Beratung, und ersetzt keine ärztliche oder physiotherapeutische Behandlung.',
      'Wenn deine Rückenschmerzen stark sind, immer wiederkommen oder nicht besser werden, geh bitte zum Arzt.',
      'Limber empfiehlt nie Medikamente oder Dosierungen. Frag dazu in deiner Arztpraxis oder Apotheke.',
      'Brich jede Dehnung oder Übung ab, die Schmerzen verursacht.',
      'Wenn du Osteoporose hast, schwanger bist oder vor Kurzem an Wirbelsäule oder Hüfte operiert wurdest, frag in deiner Arztpraxis oder Physiotherapie, welche Dehnungen und Übungen zu dir passen.',
    ],
  },
  soreBack: {
    start: 'Mein Rücken tut heute weh',
    end: 'Rückenschmerz-Plan beenden',
    planDay: ({ day, days }: { day: number; days: number }) => `Rückenschmerz-Plan: Tag ${day} von ${days}`,
    caution: 'Dein Rücken tut heute weh: Hör beim ersten Anzeichen von Schmerz auf.',
    cue: 'Heute klein und langsam: nicht wippen, nur so weit, wie es leicht geht. Hör beim ersten Anzeichen von Schmerz auf.',
    walk: 'Rückenschmerz-Plan: locker gehen. Ein paar ruhige Schritte durch den Raum, dann wieder aufrecht hinsetzen.',
    walkLead: 'Locker gehen: ein paar ruhige Schritte durch den Raum, dann wieder aufrecht hinsetzen.',
    iceOrHeat:
      'Wärme oder Kälte können lindern. Lass immer ein Tuch zwischen Pack und Haut, und nie auf taube Haut.',
    braceOff: {
      title: 'Nimm die Rückenstütze eine Weile ab',
      body: 'Gönn deinem Rücken eine Pause von der Rückenstütze. Leg sie später nur wieder an, wenn du sie brauchst, und nie zu eng.',
    },
    checkIn: {
      question: 'Wie geht es deinem Rücken heute?',
      plain:
        'Bewerte ihn von 0 (keine Schmerzen) bis 10, gern mit ein paar Worten. Das bleibt auf diesem Computer.',
      planDay: ({ day, days }: { day: number; days: number }) =>
        `Tag ${day} von ${days} deines Rückenschmerz-Plans. Bewerte ihn von 0 bis 10 und nutze Wärme oder Kälte, wenn es hilft.`,
    },
    frequent: ({ days, window }: { days: number; window: number }) =>
      `Dein Rücken hat an ${days} der letzten ${window} Tage wehgetan. Rückenschmerzen, die immer wiederkommen, ` +
      'solltest du ärztlich oder physiotherapeutisch abklären lassen; dort kann man herausfinden, was dahintersteckt. ' +
      'Dies ist keine medizinische Beratung.',
  },
  figures: {
    'seated-cat-cow':
      'Eine Person sitzt vorn auf einem Stuhl, die Hände auf den Knien, macht den Rücken erst hohl und rundet ihn dann, das Kinn sinkt zur Brust.',
    'seated-twist':
      'Eine Person sitzt aufrecht auf einem Stuhl und dreht die Brust zu einer Seite, die Hand der anderen Seite außen am Knie.',
    'seated-forward-fold':
      'Eine Person sitzt vorn auf einem Stuhl, die Füße weit auseinander, und beugt sich nach vorn, bis die Brust zwischen die Knie sinkt; Kopf und Arme hängen locker.',
    'seated-pelvic-tilt':
      'Eine Person sitzt aufrecht auf einem Stuhl, die Hände an den Hüften, und kippt das Becken nach hinten, sodass sich der untere Rücken rundet.',
    'seated-figure-four':
      'Eine Person sitzt auf einem Stuhl, legt einen Knöchel auf das andere Knie und neigt sich mit langem Rücken aus der Hüfte nach vorn.',
    'seated-hamstring':
      'Eine Person sitzt auf der vorderen Stuhlkante, streckt ein Bein aus, die Ferse am Boden und die Zehen nach oben, und neigt sich mit geradem Rücken aus der Hüfte nach vorn.',
    'seated-side-bend':
      'Eine Person sitzt auf einem Stuhl, hebt einen Arm neben das Ohr und neigt sich zur anderen Seite, nach oben und hinüber.',
    'chest-opener':
      'Eine Person sitzt auf der vorderen Hälfte eines Stuhls, verschränkt die Hände hinter dem Rücken und hebt die Brust, die Schulterblätter zusammengezogen.',
    'upper-back-round':
      'Eine Person sitzt auf einem Stuhl, streckt beide Arme mit verschränkten Fingern nach vorn und rundet den oberen Rücken, das Kinn sinkt.',
    'neck-side-stretch':
      'Eine Person sitzt aufrecht auf einem Stuhl, die Schultern locker unten, und neigt den Kopf, sodass ein Ohr zur Schulter derselben Seite sinkt.',
    'chin-tuck':
      'Eine Person sitzt aufrecht auf einem Stuhl, den Blick geradeaus, und schiebt das Kinn gerade nach hinten.',
    'shoulder-rolls':
      'Eine Person sitzt aufrecht auf einem Stuhl, die Arme locker, kreist beide Schultern nach oben, hinten und unten und hält sie dann nach hinten gezogen.',
    'standing-back-bend':
      'Eine Person steht, die Hände am unteren Rücken, schiebt die Hüfte nach vorn und lehnt sich ein wenig zurück, den Blick leicht nach oben.',
    'standing-reach-up':
      'Eine Person steht aufrecht, verschränkt die Finger und streckt beide Arme gerade zur Decke.',
    'doorway-chest-stretch':
      'Eine Person steht in einer Tür, die Unterarme in Schulterhöhe am Rahmen, macht einen Schritt nach vorn und lehnt sich hindurch, sodass sich die Brust öffnet.',
    'standing-hip-flexor':
      'Eine Person hält sich an einer Stuhllehne fest und setzt einen Fuß zu einem kurzen Ausfallschritt nach hinten, die hintere Ferse angehoben; vorn an der hinteren Hüfte dehnt es sich.',
    'knee-to-chest':
      'Eine Person liegt auf dem Rücken, die Knie gebeugt, fasst hinter einen Oberschenkel und zieht dieses Knie zur Brust; der andere Fuß bleibt am Boden.',
    'childs-pose':
      'Eine Person kniet und setzt sich zurück Richtung Fersen, die Arme am Boden nach vorn gestreckt, die Stirn abgelegt.',
    'all-fours-cat-cow':
      'Eine Person im Vierfüßlerstand lässt den Bauch sinken und rundet dann den Rücken zur Decke, der Kopf hängt locker.',
    'lying-knee-roll':
      'Eine Person liegt auf dem Rücken, die Arme weit ausgebreitet und die Knie gebeugt und geschlossen, und lässt beide Knie zu einer Seite sinken; die Schultern bleiben am Boden.',
    sphinx:
      'Eine Person liegt auf dem Bauch, die Ellbogen unter den Schultern, drückt die Unterarme in den Boden und hebt die Brust; das Becken bleibt am Boden.',
    'lying-hamstring':
      'Eine Person liegt auf dem Rücken, ein Handtuch um einen Fuß gelegt, und streckt dieses Bein zur Decke; das andere Knie bleibt gebeugt.',
  },
} satisfies Catalog['content']
