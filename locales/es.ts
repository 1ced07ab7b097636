// Español: tú, español neutro (sin regionalismos; nada de "ordenador"/"computadora", "tumbarse", "guisantes"),
// sin adjetivos de género para el usuario ("con la espalda erguida", "de pie", "boca arriba"). Tiempos verbales
// neutros (presente o pretérito simple, no "ha podido"); comillas “ ”.
// Glosario: posture break = pausa de postura · stretch break = pausa para estirar · stretch = estiramiento ·
// wind-down = desconectar (antes de dormir) · get ready for bed = prepárate para dormir · bedtime = hora de dormir ·
// wake time = hora de despertar · snooze = posponer (el botón de la ventana de pausa: “En 5 min”, por ancho) ·
// pause = pausar / en pausa · resume = reanudar · skip = omitir ·
// sore-back plan = plan para la espalda · check-in = registro diario · heat/ice = calor/hielo (el tema: frío y calor) ·
// round = ronda · brace = faja · elastic wrap = venda elástica · work hours = horario laboral ·
// natural breaks = pausas naturales · Don't interrupt = No interrumpir · full screen = pantalla completa ·
// Do Not Disturb = No molestar; Focus = Concentración (macOS, Windows 11; Windows 10: Asistente de concentración) ·
// custom reminder = recordatorio personalizado · core = zona media · lower back = zona lumbar · gentle pull = tensión
// suave · hold = mantén la postura · not medical advice = no es un consejo médico · see a doctor = consulta a un médico ·
// settings (de Limber) = ajustes (los del sistema con su nombre: Configuración, Ajustes del Sistema) · tray = bandeja
// del sistema · at the computer = frente a la pantalla · heads-up = aviso · held (busy) = en espera · log = archivo de
// registro · strength training = entrenamiento de fuerza · yoga = práctica / sesión de yoga · Enter = Intro.
import { pluralFor } from '../main/core/i18n/plural'
import type { Catalog } from './catalog'

// Pure: a texts file that says no plural (the check-in's, the dimmed screen's) leaves it out.
const plural = /* @__PURE__ */ pluralFor('es')

/** A tally of breaks by answer. */
type Tally = { done: number; snoozed: number; skipped: number }

/** "las 6:30", "la 1:30": a clock time takes the article of its hour (la una, las dos…). */
const las = (time: string) => (/^0?1\D/.test(time) ? `la ${time}` : `las ${time}`)
/** The formatter's relative day names; a weekday or a date takes an article instead ("el viernes"). */
const RELATIVE_DAYS = new Set(['hoy', 'mañana', 'ayer'])
const el = (day: string) => (RELATIVE_DAYS.has(day) ? day : `el ${day}`)
const del = (day: string) => (RELATIVE_DAYS.has(day) ? `de ${day}` : `del ${day}`)
/** `when` is a bare time today ("14:30") or a day and a time ("mañana a las 6:30"): "hasta …" and "a …". */
const hasta = (when: string) => (/^\d/.test(when) ? las(when) : when)
const at = (when: string) => (/^\d/.test(when) ? `a ${las(when)}` : when)
/** A sentence ending in a time: "4:05 p.m." already ends in the full stop (no "p.m.."). */
const end = (text: string) => (text.endsWith('.') ? text : `${text}.`)

/** Words main and both windows say the same way. */
/** Después de dos puntos, en minúscula: a sentence that follows a colon starts in lower case. */
const lowerFirst = (text: string) => String(text).charAt(0).toLocaleLowerCase('es') + String(text).slice(1)

export const common = {
  format: {
    dayAtTime: ({ day, time }: { day: string; time: string }) => `${el(day)} a ${las(time)}`,
    dayRange: ({ first, last }: { first: string; last: string }) => `de ${first} a ${last}`,
    everyDay: 'todos los días',
    noDays: 'ningún día',
    lessThanAMinute: 'menos de un minuto',
  },
  minutes: ({ count }: { count: number }) =>
    plural(count, { one: '# minuto', many: '# minutos', other: '# minutos' }),

  position: { desk: 'en la silla', standing: 'de pie', floor: 'en el suelo' },
  intensity: { gentle: 'suave', moderate: 'moderado', strong: 'intenso' },
  side: { first: 'primer lado', other: 'otro lado' },
  checkIn: {
    pain: 'Dolor de 0 (ninguno) a 10 (el peor)',
    word: 'Descríbelo en una palabra (opcional)',
    save: 'Guardar',
    skip: 'Hoy no',
    choose: 'Elige primero un número del 0 al 10.',
  },
  start: { heat: 'Poner calor', ice: 'Poner hielo' },
  stop: { heat: 'Quitar el calor', ice: 'Quitar el hielo' },
  therapyLine: {
    'ice-on': ({ round, rounds, left }: { round: number; rounds: number; left: string }) =>
      rounds === 1 ? `Con hielo, quedan ${left}` : `Con hielo, quedan ${left}, ronda ${round} de ${rounds}`,
    'ice-off': ({ round, rounds, left }: { round: number; rounds: number; left: string }) =>
      `Sin hielo, ${left} hasta la ronda ${round} de ${rounds}`,
    'heat-on': ({ round, rounds, left }: { round: number; rounds: number; left: string }) =>
      rounds === 1 ? `Con calor, quedan ${left}` : `Con calor, quedan ${left}, ronda ${round} de ${rounds}`,
    'heat-off': ({ round, rounds, left }: { round: number; rounds: number; left: string }) =>
      `Sin calor, ${left} hasta la ronda ${round} de ${rounds}`,
  },
  warningSigns: {
    title: 'Cuándo ir al médico',
    emergency: {
      title: 'Emergencia: pide ayuda ya',
      action:
        'Llama ahora mismo al número de emergencias de tu país o ve a urgencias si, además del dolor de espalda, tienes:',
      signs: {
        saddle: 'entumecimiento u hormigueo alrededor de los genitales o las nalgas',
        bladder: 'dificultad nueva para orinar, o pérdida del control de la vejiga o del intestino',
        sexual: 'problemas sexuales nuevos, como falta de sensibilidad o no poder tener una erección',
        legs: 'debilidad o entumecimiento en las dos piernas, o debilidad en una pierna que va a peor o te hace caminar con inestabilidad',
        chest: 'dolor en el pecho',
      },
    },
    today: {
      title: 'Ve al médico hoy',
      action:
        'Pide cita urgente con tu médico para hoy, o llama al servicio de urgencias de atención primaria de tu zona, si, además del dolor de espalda, tienes:',
      signs: {
        fever: 'fiebre, o te encuentras mal en general',
        fall: 'un dolor que empezó tras una caída o un accidente, o incluso tras una caída leve si tienes osteoporosis o tomas corticoides desde hace tiempo',
        cancer: 'antecedentes de cáncer, o una pérdida de peso sin buscarla',
        immunity: 'las defensas bajas, un tratamiento largo con corticoides, o te inyectas drogas',
        severe: 'un dolor constante e intenso, que te despierta por la noche o no se calma en reposo',
        age: 'un dolor de espalda nuevo, y tienes más de 50 años',
        shape: 'un bulto o una hinchazón nueva en la espalda, o la espalda cambió de forma',
      },
    },
    soon: {
      title: 'Pide cita pronto',
      action: 'Pide cita con tu médico o fisioterapeuta si:',
      signs: {
        lasting: 'el dolor de espalda no mejora al cabo de unas semanas o vuelve una y otra vez',
        leg: 'el dolor o el hormigueo que baja por una pierna no se calma',
      },
      note: 'El dolor o el hormigueo en una sola pierna es habitual con el dolor de espalda y no es una emergencia.',
    },
    reassurance: 'La mayoría de los dolores de espalda recientes mejoran mucho en pocas semanas.',
    disclaimer:
      'Esto no es un consejo médico: Limber no puede saber qué causa tu dolor y nunca sugiere medicamentos.',
    line: 'Emergencia: llama al número de emergencias si, además del dolor de espalda, tienes entumecimiento alrededor de los genitales o las nalgas, problemas nuevos de vejiga, intestino o sexuales, debilidad o entumecimiento en las dos piernas, o dolor en el pecho.',
    all: 'Todas las señales de alarma',
  },
} satisfies Catalog['common']

/** The settings window. */
export const settings = {
  pageTitle: 'Ajustes de Limber',
  nav: {
    label: 'Secciones de los ajustes',
    today: 'Hoy',
    breaks: 'Postura',
    stretches: 'Estiramientos',
    bedtime: 'Hora de dormir',
    activities: 'Actividades',
    general: 'Preferencias',
    therapy: 'Frío y calor',
    soreBack: 'Dolor de espalda',
    progress: 'Progreso',
    about: 'Acerca de',
    dayLimit: 'Límite diario',
    firm: 'Pantallas y modo firme',
  },
  unit: { min: 'min', s: 'seg', h: 'h' },
  range: {
    min: ({ min, max }: { min: number; max: number }) => `${min}–${max} minutos`,
    s: ({ min, max }: { min: number; max: number }) => `${min}–${max} segundos`,
    plain: ({ min, max }: { min: number; max: number }) => `${min}–${max}`,
    h: ({ min, max }: { min: number; max: number }) => `${min}–${max} horas`,
  },
  breaks: {
    title: 'Pausas de postura',
    intro:
      'Una pausa corta para ponerte de pie, moverte y volver a sentarte bien. Moverse poco y a menudo evita que la espalda se quede rígida.',
    on: 'Recordarme hacer pausas de postura',
    every: 'Pausa cada',
    length: 'Duración de la pausa',
    lengthHint: '10–600 segundos (hasta 10 minutos)',
  },
  stretches: {
    title: 'Estiramientos',
    intro:
      'Una rutina corta y guiada. Muévete despacio, sin rebotes, y llega solo hasta notar una tensión suave, nunca hasta sentir dolor.',
    on: 'Recordarme estirar',
    deskOnly: 'Sin estiramientos en el suelo durante el horario laboral',
    deskOnlyHint: 'Si no has fijado un horario laboral, Limber nunca te propone estiramientos en el suelo.',
    every: 'Estirar cada',
    perBreak: 'Estiramientos por pausa',
    hold: 'Mantener cada estiramiento',
    holdHint: '8–30 segundos; a la mayoría de la gente le bastan 8–10',
    reps: 'Repeticiones',
    repsHint: '1–10; los estiramientos de un solo lado se alternan, al menos una vez por lado',
    caution:
      'Si tienes osteoporosis, estás embarazada o te operaron hace poco de la columna o la cadera, pregunta a tu médico o fisioterapeuta qué estiramientos te convienen.',
    soundCues:
      'Avisos sonoros: un tono suave al empezar y al terminar cada mantenimiento, y al cambiar de lado',
    voice: 'Leer en voz alta cada paso y contar los últimos segundos de cada mantenimiento',
    voiceHint: 'Usa la voz de tu sistema en el idioma de Limber.',
    noVoice: 'Tu sistema no tiene voz para este idioma, así que no se puede leer nada en voz alta.',
  },
  general: {
    title: 'Preferencias',
    atLogin: 'Abrir Limber al iniciar sesión',
    language: 'Idioma',
    system: ({ name }: { name: string }) => `Idioma del sistema: ${name}`,
    naturalBreaks: 'Pausas naturales',
    reminders: 'Recordatorios',
    snooze: 'Posponer durante',
    headsUp: 'Aviso antes de una pausa',
    headsUpHint: 'De 0 (desactivado) a 300 segundos',
    sound: 'Reproducir un sonido suave con los recordatorios',
    fullScreen: 'Mostrar las pausas en pantalla completa',
    workHours: 'Horario laboral',
    startOver: 'Empezar de cero',
    reset: {
      label: 'Restablecer todos los ajustes…',
      title: '¿Restablecer todos los ajustes?',
      body: 'Todos los ajustes vuelven a como estaban al empezar a usar Limber. Tu historial de progreso se conserva.',
      confirm: 'Restablecer ajustes',
    },
  },
  therapy: {
    title: 'Frío y calor',
    intro:
      'Un temporizador que te dice cuándo ponerte la bolsa y cuándo quitártela: ponlo en marcha aquí, desde el menú de la bandeja o en “Hoy”. Para un dolor de espalda reciente, el calor es lo que más respaldo tiene; a algunas personas les va mejor el frío. Usa lo que te ayude.',
    safetyTitle: 'Usa el calor y el frío con seguridad',
    safety: [
      'Pon siempre un paño o una capa de tela entre la bolsa y la piel.',
      'Nunca uses calor ni frío sobre piel entumecida o con heridas.',
      'Si tienes diabetes, lesiones en los nervios (neuropatía), mala circulación o síndrome de Raynaud, consulta antes a tu médico o fisioterapeuta.',
      'Nunca te duermas con una almohadilla térmica o una bolsa caliente puesta.',
      'Revisa la piel de vez en cuando y para si se pone muy roja, le salen ampollas o se pone blanca.',
    ],
    heat: 'Calor',
    heatHow: [
      'Usa una almohadilla térmica a temperatura baja, con una capa de tela entre ella y tu piel.',
      '¿No tienes almohadilla térmica? Llena un calcetín limpio con arroz crudo, ciérralo con un nudo y caliéntalo en el microondas de 20 a 30 segundos.',
      'Prueba el calor en la mano antes de ponértelo en la espalda.',
    ],
    ice: 'Hielo',
    iceHow: [
      'Veinte minutos con hielo, luego al menos veinte minutos sin él, y vuelta a empezar.',
      'Envuelve siempre la bolsa de hielo en un paño o una toalla. Nunca pongas el hielo directamente sobre la piel.',
      'Una bolsa de gel, hielo picado en una bolsa o una bolsa de verduras congeladas, envueltos en un paño de cocina, funcionan muy bien.',
    ],
    on: 'Aplicación',
    off: 'Descanso',
    rounds: 'Rondas',
  },
  about: {
    title: 'Acerca de Limber',
    what: 'Limber se queda en la bandeja del sistema y te recuerda cuidar tu espalda mientras trabajas: corregir la postura, un estiramiento corto, un momento para levantarte y moverte y, por la noche, un aviso para desconectar e irte a dormir a tu hora.',
    notAdvice: 'Lo que dice Limber no es un consejo médico.',
    general:
      'Sus sugerencias son generales, para el cuidado diario de la espalda, y no sustituyen a un médico ni a un fisioterapeuta.',
    doctor:
      'Si tu dolor de espalda es fuerte, no mejora o vuelve una y otra vez, consulta a un médico. Detén cualquier estiramiento que te duela.',
    welcomeAgain: 'Volver a mostrar la bienvenida',
    version: ({ version }: { version: string }) => `Versión ${version}`,
    unknown: 'desconocida',
    logFile: 'Archivo de registro, para adjuntarlo si informas de un problema:',
    updates: {
      title: 'Actualizaciones',
      automatic: 'Descargar e instalar las actualizaciones automáticamente',
      check: 'Buscar actualizaciones',
      checking: 'Buscando actualizaciones…',
      latest: 'Limber está al día.',
      downloading: ({ version, percent }: { version: string; percent: number }) =>
        `Descargando la versión ${version}: ${percent} %…`,
      ready: ({ version }: { version: string }) =>
        `La versión ${version} está lista. Se instala al salir de Limber.`,
      restart: 'Reiniciar para actualizar',
      restartWaiting: 'Limber se reinicia para actualizarse al terminar esta pausa.',
      failed: {
        offline: 'Sin conexión: parece que este ordenador no tiene internet. Limber lo intentará más tarde.',
        signature: 'La actualización no se instaló: la descarga no coincidía con la versión publicada.',
        'no-space': 'No se pudo descargar la actualización: falta espacio en el disco.',
        other: 'No se pudo buscar actualizaciones. El registro dice por qué.',
      },
      system: ({ kind }: { kind: string }) =>
        `Instalado como paquete ${kind}: lo actualiza tu sistema (su gestor de paquetes o su tienda de software), no Limber.`,
      none: 'Solo la app instalada se actualiza.',
    },
  },
  cancel: 'Cancelar',
  stretchList: {
    title: 'Tus estiramientos',
    hint: ({ on, of }: { on: number; of: number }) =>
      `${on} de ${of} activados. En la lista, las flechas arriba y abajo pasan de un estiramiento a otro.`,
    steps: 'Pasos',
    stepsFor: ({ name }: { name: string }) => `Pasos: ${name}`,
  },

  saved: 'Guardado.',
  note: ({ note }: { note: string }) => `Nota: ${note}`,
  notSaved: ({ field }: { field: string }) => `Sin guardar: “${field}”.`,
  quoted: ({ text }: { text: string }) => `“${text}”`,
  inGroup: ({ group, label }: { group: string; label: string }) => `${group}: ${label}`,
  differ: ({ field }: { field: string }) => `Debe ser diferente de “${field}”.`,
  differAt: ({ field, time }: { field: string; time: string }) =>
    `Debe ser diferente de “${field}” (${time}).`,
  check: {
    whole: ({ min, max }: { min: number; max: number }) => `Escribe un número entero de ${min} a ${max}.`,
    notWhole: ({ text }: { text: string }) => `“${text}” no es un número entero: usa solo los dígitos 0–9.`,
    small: ({ text }: { text: string }) => `${text} es demasiado bajo.`,
    large: ({ text }: { text: string }) => `${text} es demasiado alto.`,
    time: 'Escribe una hora.',
    timeForm: 'Escribe la hora en horas y minutos.',
    text: 'Escribe un texto.',
    long: ({ max }: { max: number }) =>
      plural(max, {
        one: 'Usa como máximo # carácter.',
        many: 'Usa como máximo # caracteres.',
        other: 'Usa como máximo # caracteres.',
      }),
    offAtLeast: ({ on }: { on: string }) =>
      `Deja al menos tanto descanso como tiempo de frío (${on}), para que la piel vuelva a entrar en calor.`,
    onAtMost: ({ off }: { off: string }) =>
      `Aplica el frío como mucho lo que dura el descanso (${off}), para que la piel vuelva a entrar en calor.`,
  },
  warn: {
    noWorkDays:
      'No has elegido ningún día laborable, así que, con el horario laboral activado, no habrá pausas de postura ni pausas para estirar ningún día.',
    allOff:
      'Todos los estiramientos están desactivados, así que las pausas para estirar no tienen estiramientos que guiar: solo un aviso para levantarte y moverte. Activa al menos uno.',
    allOffIdle:
      'Todos los estiramientos están desactivados. Activa al menos uno antes de volver a activar las pausas para estirar.',
    fewOn: ({ on, asked }: { on: number; asked: number }) =>
      plural(on, {
        one: `Solo hay # estiramiento activado, menos de los ${asked} que pides por pausa: cada pausa mostrará solo ese.`,
        many: `Solo hay # estiramientos activados, menos de los ${asked} que pides por pausa: cada pausa mostrará solo esos.`,
        other: `Solo hay # estiramientos activados, menos de los ${asked} que pides por pausa: cada pausa mostrará solo esos.`,
      }),
    getReady: ({ getReady, windDown }: { getReady: number; windDown: number }) =>
      `“Prepárate para dormir” (${getReady} min antes de la hora de dormir) llega antes que “Desconectar” (${windDown} min). Ponle menos minutos que a “Desconectar”, o desactiva uno de los dos con 0.`,
    moveOften: ({ every }: { every: number }) =>
      `No más a menudo que tus pausas de postura habituales (cada ${every} min).`,
    headsUp:
      'El aviso solo llega antes de las pausas de postura y las pausas para estirar, y las dos están desactivadas.',
    noDays: 'No has elegido ningún día, así que este recordatorio nunca llegará. Elige un día.',
    noDaysOwn:
      'No has elegido ningún día, así que este recordatorio nunca llegará. Elige un día o desactívalo.',
  },

  next: {
    today: ({ title, time }: { title: string; time: string }) => end(`Siguiente: ${title} a ${las(time)}`),
    later: ({ title, when }: { title: string; when: string }) => end(`Siguiente: ${title} ${at(when)}`),
  },
  today: {
    paused: ({ when }: { when: string }) =>
      `${end(`En pausa hasta ${hasta(when)}`)} Sin recordatorios hasta entonces.`,
    pausedOpen: 'En pausa hasta que lo reanudes. Sin recordatorios hasta entonces.',
    resume: 'Reanudar',
    running: 'En marcha.',
    held: {
      'full-screen': ({ title }: { title: string }) =>
        `${title} en espera: hay una app en pantalla completa.`,
      presenting: ({ title }: { title: string }) => `${title} en espera: estás presentando.`,
      call: ({ title }: { title: string }) => `${title} en espera: estás en una llamada.`,
      'do-not-disturb': ({ title }: { title: string }) => `${title} en espera: No molestar está activado.`,
      'screen-kept-on': ({ title }: { title: string }) =>
        `${title} en espera: una app mantiene la pantalla encendida.`,
    },
    heldAfter: 'Llegará como mucho un minuto después.',
    nothing: 'No hay nada previsto en las próximas 24 horas.',
    pauseLabel: 'Pausar recordatorios',
    pauseFor: {
      '30m': '30 minutos',
      '1h': '1 hora',
      '2h': '2 horas',
      'until-morning': 'Hasta mañana por la mañana',
      forever: 'Hasta nuevo aviso',
    },
    pause: 'Pausar',
    breakNow: 'Hacer una pausa de postura ahora',
    stretchNow: 'Estirar ahora',
    comingUp: 'A continuación',
    tomorrow: 'Mañana',
    whilePaused: 'Nada mientras Limber esté en pausa.',
    untilPause: ({ when }: { when: string }) => end(`Nada hasta que termine la pausa, ${at(when)}`),
    allOff:
      'No hay nada previsto: todos los recordatorios están desactivados o ninguno cae en las próximas 24 horas.',
    evening: 'Nada más por hoy. Disfruta de tu tiempo libre.',
    day: 'No hay nada más previsto para hoy.',
    back: ({ pain }: { pain: number }) => `Tu espalda hoy: ${pain} de 10.`,
    backWord: ({ pain, word }: { pain: number; word: string }) => `Tu espalda hoy: ${pain} de 10, “${word}”.`,
    changeCheckIn: 'Cambiar',
    question: '¿Cómo está tu espalda hoy?',
    painHigh: ({ pain }: { pain: number }) =>
      `Hoy puntuaste tu espalda con un ${pain} de 10. Un dolor tan fuerte merece que lo vea un médico: pide cita y mira abajo con qué urgencia.`,
    painRising:
      'Tu dolor de espalda subió en cada uno de tus tres últimos registros. Un dolor que va a más merece que lo vea un médico: pide cita y mira abajo con qué urgencia.',
    sitting: ({ time }: { time: string }) => `Hoy frente a la pantalla: ${time}.`,
    longest: ({ time }: { time: string }) => `Rato más largo sin pausa: ${time}.`,
    longBouts: ({ count }: { count: number }) =>
      count === 0
        ? 'Hoy, ninguna racha larga sin pausa.'
        : plural(count, { one: 'Hoy, # racha larga sin pausa.', other: 'Hoy, # rachas largas sin pausa.' }),
    limitReached: ({ limit }: { limit: string }) =>
      `Llegaste a tu límite de hoy: ${limit} frente a la pantalla. Termina el día cuando puedas.`,
  },
  workHours: {
    on: 'Recordarme solo en horario laboral',
    start: 'Inicio',
    end: 'Fin',
    days: 'Días laborables',
  },
  natural: {
    on: 'Contar como pausa el tiempo lejos de la pantalla',
    noIdle:
      'El tiempo de inactividad no está disponible: este sistema no lo indica, así que solo cuentan como pausa bloquear la pantalla o la suspensión.',
    away: 'Ausencia de al menos',
  },
  dontInterrupt: {
    title: 'No interrumpir',
    intro:
      'Si un recordatorio llega mientras tienes algo entre manos, espera y aparece como mucho un minuto después.',
    fullScreen: 'Esperar si hay una app en pantalla completa o estoy presentando',
    calls: 'Esperar si estoy en una llamada (cámara o micrófono en uso)',
    doNotDisturb: 'Esperar si está activado No molestar o Concentración',
    screenKeptOn: 'Esperar si una app mantiene la pantalla encendida (un vídeo o una llamada)',
    unavailable: ({ why }: { why: string }) => `No disponible en este sistema. ${why}`,
    partly: {
      'full-screen': ({ why }: { why: string }) =>
        `En este sistema no se detectan las apps en pantalla completa. ${why}`,
      presenting: ({ why }: { why: string }) => `En este sistema no se detecta cuándo presentas. ${why}`,
      call: ({ why }: { why: string }) =>
        `En este sistema solo se comprueba la cámara, no el micrófono. ${why}`,
      'do-not-disturb': ({ why }: { why: string }) =>
        `En este sistema No molestar no siempre se detecta. ${why}`,
      'screen-kept-on': ({ why }: { why: string }) =>
        `En este sistema no siempre se detecta una app que mantiene la pantalla encendida. ${why}`,
    },
    caveat:
      'Si los recordatorios esperan todo el día (un micrófono siempre abierto, una pantalla duplicada), desactiva aquí ese tipo de espera.',
  },
  bedtime: {
    title: 'Hora de dormir',
    intro:
      'Acostarte y levantarte a la misma hora todos los días, también el fin de semana, ayuda a tu cuerpo a descansar y recuperarse. Antes de dormir, Limber te sugiere bajar las luces, dejar las pantallas y tomar una bebida caliente o un baño templado.',
    on: 'Recordarme desconectar e irme a dormir',
    bed: 'Hora de dormir',
    wake: 'Hora de despertar',
    windDown: 'Desconectar',
    windDownHint: 'Minutos antes de la hora de dormir, hasta 240 (0 lo desactiva)',
    getReady: 'Prepárate para dormir',
    getReadyHint: 'Minutos antes de la hora de dormir, hasta 120 (0 lo desactiva)',
    others: 'Otro horario algunas noches',
    othersHint:
      'Cada excepción fija la hora de dormir de esa noche y la de despertar de la mañana siguiente.',
    night: ({ day }: { day: string }) => `Noche del ${day}`,
    wakeOn: ({ day }: { day: string }) => `Despertar el ${day}`,
    afterMidnight: ({ day }: { day: string }) => `Después de medianoche: madrugada del ${day}`,
    onEvening: ({ day }: { day: string }) => `La noche del ${day}`,
    length: ({ bed, wake, length }: { bed: string; wake: string; length: string }) =>
      `Te acuestas a ${las(bed)} y te levantas a ${las(wake)}: ${length} en la cama.`,
    lengthOn: ({ bed, wake, day, length }: { bed: string; wake: string; day: string; length: string }) =>
      `Te acuestas a ${las(bed)} y te levantas el ${day} a ${las(wake)}: ${length} en la cama.`,
    lengthLate: ({ bed, wake, day, length }: { bed: string; wake: string; day: string; length: string }) =>
      `Te acuestas a ${las(bed)} (madrugada del ${day}) y te levantas el ${day} a ${las(wake)}: ${length} en la cama.`,
    short:
      'La mayoría de los adultos se sienten mejor durmiendo entre 7 y 9 horas; ¿podrías acostarte un poco antes?',
    long: 'La mayoría de los adultos se sienten mejor durmiendo entre 7 y 9 horas.',
  },
  activities: {
    title: 'Actividades',
    intro:
      'Una zona media fuerte, espalda y abdomen juntos, sostiene tu espalda. A la mayoría le van bien de dos a cuatro sesiones por semana de 30 a 45 minutos, y un entrenador o un fisioterapeuta puede enseñarte a hacerlas con buena técnica. El yoga también ayuda a mucha gente.',
    paused: 'Las sesiones de fuerza y de yoga quedan en pausa durante el plan; vuelven cuando termina.',
    strength: {
      title: 'Entrenamiento de fuerza',
      on: 'Recordarme el entrenamiento de fuerza',
      days: 'Días de entrenamiento de fuerza',
    },
    yoga: { title: 'Práctica de yoga', on: 'Recordarme el yoga', days: 'Días de yoga' },
    at: 'Hora',
    for: 'Duración',
    own: 'Tus propios recordatorios',
    ownHint: 'Para cualquier otra cosa: un vaso de agua, una cita, quitarte la faja al cabo de un rato.',
    none: 'Aún no tienes recordatorios propios.',
    add: 'Añadir un recordatorio',
    fresh: 'Nuevo recordatorio',
    full: ({ max }: { max: number }) =>
      `Ya tienes ${max} recordatorios propios, el máximo que admite Limber. Elimina uno para añadir otro.`,
    item: ({ n }: { n: number }) => `Recordatorio ${n}`,
    name: 'Nombre',
    days: 'Días',
    on: 'Activado',
    remove: 'Eliminar',
    removeFor: ({ n, title }: { n: number; title: string }) => `Eliminar el recordatorio ${n}, “${title}”`,
    removed: ({ title }: { title: string }) => `Eliminado: “${title}”.`,
  },
  progress: {
    title: 'Progreso',
    streak: ({ days }: { days: string }) => `${days} seguidos con al menos una pausa hecha.`,
    total: ({ count }: { count: number }) =>
      plural(count, {
        one: '# pausa hecha en total.',
        many: '# pausas hechas en total.',
        other: '# pausas hechas en total.',
      }),
    range: 'Periodo del gráfico',
    days: '14 días',
    weeks: '8 semanas',
    numbers: 'Mostrar las cifras',
    chartDays: 'Pausas hechas, pospuestas y omitidas, y dolor de espalda, últimos 14 días',
    chartWeeks: 'Pausas hechas, pospuestas y omitidas, y dolor de espalda, últimas 8 semanas',
    totals: ({ done, snoozed, skipped }: Tally) =>
      `${done} hechas, ${snoozed} pospuestas y ${skipped} omitidas en total.`,
    lastDay: ({ done, snoozed, skipped }: Tally) =>
      `Hoy: ${done} hechas, ${snoozed} pospuestas, ${skipped} omitidas.`,
    lastWeek: ({ done, snoozed, skipped }: Tally) =>
      `Esta semana: ${done} hechas, ${snoozed} pospuestas, ${skipped} omitidas.`,
    painDays: ({ count, pain }: { count: number; pain: number }) =>
      plural(count, {
        one: `Dolor de espalda registrado # día; el último, ${pain} de 10.`,
        many: `Dolor de espalda registrado # días; el último, ${pain} de 10.`,
        other: `Dolor de espalda registrado # días; el último, ${pain} de 10.`,
      }),
    painWeeks: ({ count, pain }: { count: number; pain: number }) =>
      plural(count, {
        one: `Dolor de espalda registrado # semana; el último, ${pain} de 10.`,
        many: `Dolor de espalda registrado # semanas; el último, ${pain} de 10.`,
        other: `Dolor de espalda registrado # semanas; el último, ${pain} de 10.`,
      }),
    today: 'Hoy',
    done: 'Hechas',
    snoozed: 'Pospuestas',
    skipped: 'Omitidas',
    painKey: 'Dolor de espalda, de 0 a 10 (registro de la mañana)',
    breaks: 'Pausas',
    table: 'Las cifras',
    perDay: 'Pausas por día, del más antiguo al más reciente',
    perWeek: 'Pausas por semana, de la más antigua a la más reciente',
    day: 'Día',
    weekFrom: 'Semana desde',
    tallies: 'Pausas hechas, pospuestas, omitidas',
    tally: ({ done, snoozed, skipped }: Tally) =>
      `${done} hechas, ${snoozed} pospuestas, ${skipped} omitidas`,
    pain: 'Dolor',
    atComputer: 'Frente a la pantalla',
    atComputerWeek: 'Frente a la pantalla (por día)',
    longest: 'Rato más largo sin pausa',
    exportHint: 'Tu historial, tus registros diarios y tus ajustes, en archivos CSV y JSON.',
    exportDetail: 'Lo que dijo el sistema',
    exported: ({ count, folder }: { count: number; folder: string }) =>
      plural(count, {
        one: `# archivo guardado en ${folder}.`,
        many: `# archivos guardados en ${folder}.`,
        other: `# archivos guardados en ${folder}.`,
      }),
    export: 'Exportar mis datos…',
    backTitle: 'Tu espalda esta semana',
    soFar: 'En lo que va de semana.',
    weekDone: 'Última semana completa.',
    goalMet: 'Objetivo cumplido.',
    goalNotYet: 'Todavía no.',
    goalMissed: 'Objetivo no cumplido.',
    goalNoData: 'Aún no hay nada que valorar.',
    sittingLine: ({ good, days, bouts }: { good: number; days: number; bouts: number }) =>
      bouts === 0
        ? `${good} de ${days} días laborables frente a la pantalla no tuvieron ninguna racha larga sin pausa.`
        : plural(bouts, {
            one: `${good} de ${days} días laborables frente a la pantalla tuvieron como mucho # racha larga sin pausa.`,
            other: `${good} de ${days} días laborables frente a la pantalla tuvieron como mucho # rachas largas sin pausa.`,
          }),
    sittingGoal: ({ want, of }: { want: number; of: number }) =>
      `Objetivo: ${want} de ${of} días laborables.`,
    breaksLine: ({ taken, offered, percent }: { taken: number; offered: number; percent: number }) =>
      plural(offered, {
        one: `${taken} de # pausa hecha (${percent} %).`,
        other: `${taken} de # pausas hechas (${percent} %).`,
      }),
    breaksNone: 'Aún no se ofreció ninguna pausa.',
    breaksGoal: ({ percent }: { percent: number }) => `Objetivo: al menos ${percent} %.`,
    todayLine: ({ longest, taken, offered }: { longest: string; taken: number; offered: number }) =>
      `Rato más largo sin pausa: ${longest}. Pausas hechas: ${taken} de ${offered}.`,
    why: ({ minutes }: { minutes: number }) =>
      `Una racha larga sin pausa son más de ${minutes} minutos frente a la pantalla sin descansar. En estudios en oficinas, pausas cortas cada media hora redujeron el tiempo sentado en una media hora al día, y quienes hacían pausas activas tuvieron un nuevo dolor lumbar mucho menos a menudo.`,
    goals: 'Cambiar los objetivos',
    goalBouts: 'Rachas largas que puede tener un buen día',
    goalDays: 'Días buenos que quieres por semana',
    goalDaysHint: ({ days }: { days: number }) =>
      plural(days, {
        one: 'De tu # día laborable (se ajusta en General).',
        other: 'De tus # días laborables (se ajustan en General).',
      }),
    goalBreaks: 'Pausas que quieres hacer, en porcentaje',
    goalBreaksHint: '0–100 por ciento de las pausas ofrecidas',
    longBouts: 'Rachas largas',
    breaksTaken: 'Pausas hechas',
    takenOf: ({ taken, offered }: { taken: number; offered: number }) => `${taken} de ${offered}`,
  },
  dayLimit: {
    title: 'Límite diario',
    intro:
      'Un final honesto para el día: un límite a tu tiempo frente a la pantalla, el mismo que muestra Hoy. El tiempo que pasas lejos no cuenta.',
    on: 'Avísame cuando llegue a un límite diario',
    hours: 'Tiempo frente a la pantalla al día',
    how: 'Limber te avisa una vez cuando llegas y, después, con suavidad cada hora, y su icono en la bandeja del sistema se vuelve más discreto hasta la medianoche. Nunca te bloquea y guarda silencio en tus horas de sueño, cuando hablan los recordatorios de la hora de dormir.',
    soFar: ({ time, limit }: { time: string; limit: string }) => `Hoy, hasta ahora: ${time} de ${limit}.`,
  },
  soreBack: {
    start: 'Hoy me duele la espalda…',
    startTitle: 'Un plan más suave para tu espalda',
    startBody:
      'Descansa, pero no demasiado: paseos tranquilos más a menudo, solo estiramientos suaves en la silla o de pie y calor o hielo cada mañana. Limber también te dice cuándo consultar a un médico.',
    startOk: 'Empezar el plan',
    for: 'Durante',
    plan: ({ day, walk, every, hold }: { day: string; walk: string; every: string; hold: string }) =>
      `Hasta el final ${del(day)}: un paseo tranquilo de ${walk} cada ${every} frente a la pantalla, y solo estiramientos suaves en la silla o de pie, mantenidos ${hold}.`,
    rest: 'Descansa, pero no demasiado.',
    sports:
      'Deja en pausa los deportes que cargan la espalda, como el golf, los deportes de pelota, la natación o el kayak, hasta que se calme.',
    end: 'Terminar el plan',
    doctor: 'Consulta a un médico',
    gotIt: 'Entendido',
    braceOff: 'Faja: no la llevas puesta.',
    braceOn: ({ since }: { since: string }) => end(`Faja: puesta desde ${las(since)}`),
    braceDue: ({ since, at }: { since: string; at: string }) =>
      end(`Faja: puesta desde ${las(since)}; aviso a ${las(at)}`),
    putOn: 'Me la acabo de poner',
    isOff: 'No la llevo puesta',
    title: 'Días de dolor de espalda',
    intro:
      '“Hoy me duele la espalda”, en la bandeja o en Hoy, inicia un plan más suave durante unos días: descansar, pero no demasiado.',
    walkEvery: 'Paseo tranquilo cada',
    walk: 'Duración del paseo',
    brace: 'Recordarme quitarme la faja',
    braceHint:
      'Se cuenta desde tu primer minuto frente a la pantalla cada día del plan, o desde “Me la acabo de poner”.',
    braceCaution:
      'Las guías sobre el dolor lumbar no recomiendan fajas ni cinturones de sujeción. Si usas una, que sea durante ratos cortos y nunca demasiado apretada, y pide a alguien con formación, como un fisioterapeuta, que te enseñe a ponértela.',
    braceFor: 'Después de llevarla puesta',
    checkIn: 'Preguntarme cada mañana cómo está mi espalda',
    checkInHint:
      'En tu primer minuto frente a la pantalla después de la hora de despertar; siempre durante un plan.',
  },
  welcome: {
    title: 'Te damos la bienvenida a Limber',
    what: 'Limber te recuerda levantarte, estirarte y sentarte bien mientras trabajas, y acostarte a tu hora.',
    sore: '¿Un mal día? “Hoy me duele la espalda” te da un plan más suave, un registro de la mañana y calor o hielo.',
    find: 'Su icono está en la barra de arriba o de abajo de la pantalla: haz clic en él cuando quieras.',
    start: 'Empezar',
    more: 'Más, si quieres',
    findIt: 'Lo encontrarás en la bandeja del sistema.',
    tray: {
      windows:
        'Limber vive en el área de notificación, en el extremo derecho de la barra de tareas. Si no ves su icono, haz clic en la flecha ^ que hay al lado; puedes arrastrar el icono fuera para tenerlo siempre a la vista.',
      mac: 'Limber vive en la barra de menús, arriba a la derecha de la pantalla.',
      linux:
        'Limber vive en la bandeja de la barra superior o inferior de tu escritorio. En GNOME, los iconos de la bandeja aparecen al activar la extensión AppIndicator.',
    },
    trayUse:
      'Haz clic en su icono para hacer una pausa ahora, pausar los recordatorios o abrir estos ajustes.',
    today: 'Hoy, con los ajustes actuales',
    choices: 'Las tres opciones más importantes',
    workHours: 'Horario laboral',
    workHint: 'Si no, las pausas llegan siempre que estés frente a la pantalla.',
    sleep: 'Hora de dormir y de despertar',
    sleepHint: 'Limber no te molesta entre una y otra, y te recuerda desconectar antes de acostarte.',
    natural: 'Pausas naturales',
    naturalHint:
      'Levántate a tomar un café y el reloj de las pausas vuelve a empezar, sin ningún recordatorio que responder.',
    see: 'Asegúrate de que verás los recordatorios',
    test: 'Enviar un recordatorio de prueba',
    sent: 'Enviado: ahora deberías ver en pantalla una notificación titulada “Recordatorio de prueba de Limber”.',
    notThere: '¿No aparece?',
    notShown: 'Este sistema no pudo mostrar la notificación.',
    untilThen: 'Mientras tanto, Limber muestra cada recordatorio en una pequeña ventana propia.',
    allow: {
      windows:
        'Abre Configuración › Sistema › Notificaciones: activa las notificaciones, permite las de Limber y comprueba que No molestar esté desactivado.',
      mac: 'Abre Ajustes del Sistema › Notificaciones › Limber y permite las notificaciones; comprueba que ningún modo de Concentración las esté silenciando.',
      linux:
        'Abre los ajustes de notificaciones de tu escritorio (en GNOME: Configuración › Notificaciones) y permite las de Limber; comprueba que No molestar esté desactivado. Algunos escritorios mínimos necesitan un servicio de notificaciones, como dunst o mako.',
    },
    advice:
      'Lo que dice Limber no es un consejo médico. Si el dolor de espalda es fuerte o vuelve una y otra vez, consulta a un médico.',
    close: 'Ir a todos los ajustes',
    posture: ({ every, length }: { every: string; length: string }) =>
      `Una pausa de postura de ${length} cada ${every} frente a la pantalla.`,
    stretch: ({ every, count, hold }: { every: string; count: number; hold: string }) =>
      plural(count, {
        one: `Una pausa guiada para estirar cada ${every}: # estiramiento, mantenido ${hold}.`,
        many: `Una pausa guiada para estirar cada ${every}: # estiramientos, cada uno mantenido ${hold}.`,
        other: `Una pausa guiada para estirar cada ${every}: # estiramientos, cada uno mantenido ${hold}.`,
      }),
    inHours: ({ start, end, days }: { start: string; end: string; days: string }) =>
      `Pausas solo en horario laboral: de ${start} a ${end}, ${days}.`,
    anyTime: 'Pausas siempre que estés frente a la pantalla, salvo por la noche.',
    idle: ({ time }: { time: string }) => `Alejarte de la pantalla durante ${time} o más cuenta como pausa.`,
    windDown: ({ time }: { time: string }) => end(`Por la noche, un aviso para desconectar a ${las(time)}`),
    getReady: ({ time }: { time: string }) => end(`Un aviso para prepararte para dormir a ${las(time)}`),
    bed: ({ bed, wake }: { bed: string; wake: string }) =>
      `Hora de dormir a ${las(bed)}, y silencio desde entonces hasta ${las(wake)} (otro horario las noches que elijas).`,
    none: 'Nada: todos los recordatorios están desactivados. Activa los que quieras aquí abajo o en los ajustes.',
  },
  routines: {
    title: 'Rutinas de tu fisioterapeuta',
    intro:
      'Importa el archivo de rutina que te dio tu fisioterapeuta. Limber revisa cada campo y no guarda nada de un archivo con algún problema.',
    import: 'Importar una rutina…',
    none: 'Todavía no has importado ninguna rutina.',
    count: ({ count }: { count: number }) =>
      plural(count, { one: 'Un estiramiento', other: '# estiramientos' }),
    forBreaks: 'Usarla en las pausas para estirar, en lugar de la elección automática',
    remind: 'Recuérdamela',
    time: 'A las',
    days: 'Días',
    export: 'Exportar…',
    remove: 'Quitar',
    removed: ({ name }: { name: string }) => `Se quitó «${name}».`,
    soreBack: ({ count }: { count: number }) =>
      plural(count, {
        one: 'Los días de espalda dolorida se omite uno de sus estiramientos (no es suave o se hace en el suelo).',
        other:
          'Los días de espalda dolorida se omiten # de sus estiramientos (no son suaves o se hacen en el suelo).',
      }),
    fix: 'Qué corregir en el archivo:',
  },
  firm: {
    title: 'Pantallas y modo firme',
    intro: 'Dónde aparecen las pausas cuando tienes más de una pantalla, y cuánto cuesta saltárselas.',
    screens: 'Pantallas',
    everyDisplay: 'Las pausas en pantalla completa oscurecen mis otras pantallas',
    everyDisplayHint:
      'La pausa aparece en la pantalla donde trabajas. Las demás muestran una página tranquila y oscura, con un botón para traer la pausa.',
    firmTitle: 'Modo firme',
    level: 'Qué tan firmes son las pausas',
    levels: {
      gentle: 'Suave: Hecho, Posponer y Omitir (modo firme desactivado)',
      'no-skip': 'Sin omitir: Posponer se queda, Omitir desaparece',
      firm: 'Firme: se puede posponer una vez y luego la pausa se queda hasta que la hagas o se acabe su tiempo',
    },
    never:
      'Nunca una trampa: una pausa firme termina sola cuando se acaba su tiempo, Pausar desde la bandeja siempre funciona, y si mantienes Esc pulsada 3 segundos sales de cualquier pausa sin Omitir (cuenta como omitida). Las pausas que inicias tú, las que esperaron porque estabas ocupado o llegan tarde, los estiramientos en el suelo y los días de dolor de espalda nunca se vuelven más firmes.',
    limitSkips: 'Limitar las omisiones por día',
    skipsPerDay: 'Omisiones por día',
    skipsHint: 'Después, Omitir se convierte en Posponer hasta medianoche.',
  },
} satisfies Catalog['settings']

/** The break window: Done, Snooze and Skip share one row at 420 px. */
export const breakWindow = {
  kind: {
    posture: 'Pausa de postura',
    stretch: 'Pausa para estirar',
    'wind-down': 'Desconectar',
    'get-ready': 'Prepárate para dormir',
    bedtime: 'Hora de dormir',
    activity: 'Actividad',
    custom: 'Recordatorio',
    therapy: 'Frío o calor',
    'check-in': 'Registro diario',
    routine: 'Tu rutina',
  },
  pageTitle: ({ title }: { title: string }) => `${title} · Limber`,
  loading: 'Cargando…',
  nothing: 'Nada que hacer',
  nothingDue: 'Ahora no toca ninguna pausa. Puedes cerrar esta ventana.',
  canClose: 'Puedes cerrar esta ventana.',
  done: 'Hecho',
  snooze: ({ minutes }: { minutes: number }) => `Posponer ${minutes} min`,
  skip: 'Omitir',
  /** Spanish keyboards label Enter "Intro"; S snoozes whatever the word for snooze is. */
  keys: { done: 'Intro', skip: 'Esc' },
  wellDone: 'Bien hecho.',
  snoozed: ({ count }: { count: number }) =>
    plural(count, {
      one: 'Vuelve en # minuto.',
      many: 'Vuelve en # minutos.',
      other: 'Vuelve en # minutos.',
    }),
  skipped: 'Omitido. La próxima vez será.',
  tipHeading: { posture: 'De vuelta en tu mesa', evening: 'Para esta noche', other: 'Recuerda' },
  ring: {
    done: 'hecho',
    minutesLeft: 'minutos restantes',
    seconds: ({ count }: { count: number }) =>
      plural(count, { one: 'segundo', many: 'segundos', other: 'segundos' }),
  },
  sitBack: 'Muy bien. Vuelve a sentarte con la espalda erguida.',
  phase: {
    position: 'Prepárate',
    hold: 'Mantén',
    switch: 'Cambia de lado',
    release: 'Sal despacio',
    finished: 'Hecho',
  },
  stretchOf: ({ n, of }: { n: number; of: number }) => `Estiramiento ${n} de ${of}`,
  repOf: ({ n, of }: { n: number; of: number }) => `Rep. ${n} de ${of}`,
  previous: 'Estiramiento anterior',
  pause: 'Pausar el temporizador',
  resume: 'Reanudar el temporizador',
  next: 'Siguiente estiramiento',
  complete: 'Rutina completada. Pulsa Hecho cuando quieras.',
  ready: 'Ya estoy',
  nextUp: ({ name }: { name: string }) => `Ahora: ${name}`,
  lastStep: 'Último paso',
  figure: {
    right: 'Lado derecho',
    left: 'Lado izquierdo',
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
      `${name}, ${intensity}. Lee los pasos y colócate ${where || 'en posición'}${side ? `, ${side}` : ''}.`,
    hold: ({ side, n, of }: { side: string; n: number; of: number }) =>
      `Mantén la postura${side ? `, ${side}` : ''}. Repetición ${n} de ${of}.`,
    switch: 'Sal despacio de la postura y cambia al otro lado.',
    release: 'Sal despacio de la postura y relájate.',
  },
  checkIn: {
    thanks: 'Gracias. Limber lo guarda solo en este dispositivo.',
    iceOrHeat: 'Calor o hielo',
    running: {
      ice: 'El temporizador de hielo está en marcha: Limber te avisará cuando debas quitarlo.',
      heat: 'El temporizador de calor está en marcha: Limber te avisará cuando debas quitarlo.',
    },
  },
  firm: {
    noSkip: 'Modo firme: esta pausa se puede posponer, pero no omitir.',
    stays: 'Modo firme: esta pausa se queda hasta que la hagas o se acabe su tiempo.',
    used: ({ count }: { count: number }) =>
      plural(count, {
        one: 'Ya usaste la omisión de hoy: Omitir es Posponer hasta medianoche.',
        other: 'Ya usaste las # omisiones de hoy: Omitir es Posponer hasta medianoche.',
      }),
    left: ({ count }: { count: number }) =>
      plural(count, { one: 'Te queda una omisión hoy.', other: 'Te quedan # omisiones hoy.' }),
    emergency: 'En una emergencia, mantén Esc pulsada 3 segundos para salir.',
    holding: 'Sigue manteniendo Esc para salir…',
  },
  dimmed: {
    title: 'Hay una pausa',
    body: 'Tu pausa se muestra en otra pantalla.',
    bringHere: 'Mostrar la pausa aquí',
    over: 'La pausa terminó.',
  },
} satisfies Catalog['breakWindow']

/** Main: the tray menu and tooltip, notifications, command-line answers, dialogs. */
export const app = {
  busyWhy: {
    'no-shell': 'Esta versión de Limber no puede detectarlo en este sistema.',
    failed: 'Limber no pudo comprobarlo en este sistema; el archivo de registro explica por qué.',
    'no-answer': 'El sistema no respondió cuando Limber le preguntó (revisa el archivo de registro).',
    'no-way': 'Este sistema no ofrece ninguna forma de saberlo.',
    'no-presenting-signal':
      'Los escritorios de Linux no tienen una señal común que indique que estás presentando; una presentación de diapositivas en pantalla completa cuenta como pantalla completa.',
    wayland: 'En Wayland, las apps no pueden ver si otra ventana está en pantalla completa.',
    'no-x11': 'No hay ninguna pantalla X11 a la que preguntar (la variable DISPLAY no está definida).',
    'no-ewmh': 'El gestor de ventanas no indica qué ventana está activa (no es compatible con EWMH).',
    'no-desktop-dnd':
      'No respondieron ni los ajustes de notificaciones de GNOME, Cinnamon o MATE, ni un servidor de notificaciones con interruptor de No molestar (KDE Plasma).',
    'no-pactl': 'pactl (las herramientas de PulseAudio) no está instalado.',
    'no-sound-server': 'No respondió ningún servidor de sonido PulseAudio ni PipeWire.',
    'needs-full-disk-access':
      'macOS no deja ver el estado de Concentración. Da a Limber Acceso total al disco o, para Concentración en la barra de menús, elige “Mostrar cuando esté activo”.',
    'no-capture-record':
      'Esta versión de Windows no lleva un historial del uso de la cámara y el micrófono (Windows 10 1903 y posteriores sí).',
    'no-inhibit-signal':
      'No respondió ni la sesión de GNOME ni la gestión de energía de KDE Plasma, y solo ellas dicen si una app mantiene la pantalla encendida.',
  },
  names: {
    posture: { title: 'Pausa de postura', short: 'Pausa de postura' },
    stretch: { title: 'Pausa para estirar', short: 'Estiramientos' },
    'wind-down': { title: 'Hora de desconectar', short: 'Desconectar' },
    'get-ready': { title: 'Prepárate para dormir', short: 'Prepárate para dormir' },
    bedtime: { title: 'Hora de dormir', short: 'Hora de dormir' },
    strength: 'Entrenamiento de fuerza',
    yoga: 'Sesión de yoga',
  },
  tray: {
    tooltip: ({ status }: { status: string }) => `Limber — ${status}`,
    tooltipWithPlan: ({ status, plan }: { status: string; plan: string }) => `Limber — ${status} · ${plan}`,
    now: ({ name }: { name: string }) => `${name}: ahora`,
    pausedUntilResumed: 'En pausa hasta que lo reanudes',
    pausedUntil: ({ when }: { when: string }) => `En pausa hasta ${hasta(when)}`,
    nothingComing: 'No hay recordatorios próximos',
    nextIn: ({ name, duration }: { name: string; duration: string }) => `${name} dentro de ${duration}`,
    nextAt: ({ name, time }: { name: string; time: string }) => `${name} a ${las(time)}`,
    nextLater: ({ name, when }: { name: string; when: string }) => `${name} ${when}`,
    sleepUntil: ({ when }: { when: string }) => `Descanso nocturno hasta ${hasta(when)}`,
    bedtimeAt: ({ when }: { when: string }) => `Hora de dormir: ${when}`,
    bedtimeIn: ({ when, duration }: { when: string; duration: string }) =>
      `Hora de dormir: ${when} (dentro de ${duration})`,
    showBreak: 'Mostrar la pausa',
    breakNow: 'Hacer una pausa ahora',
    stretchNow: 'Estirar ahora',
    therapy: 'Temporizador de calor y frío',
    ice: ({ on, off, count }: { on: string; off: string; count: number }) =>
      plural(count, {
        one: `Hielo (${on}, # ronda)`,
        many: `Hielo (${on} con, ${off} sin, # rondas)`,
        other: `Hielo (${on} con, ${off} sin, # rondas)`,
      }),
    heat: ({ on, off, count }: { on: string; off: string; count: number }) =>
      plural(count, {
        one: `Calor (${on}, # ronda)`,
        many: `Calor (${on} con, ${off} sin, # rondas)`,
        other: `Calor (${on} con, ${off} sin, # rondas)`,
      }),
    stopTimer: 'Detener el temporizador',
    resume: 'Reanudar',
    pause: 'Pausar',
    pause30m: '30 minutos',
    pause1h: '1 hora',
    pause2h: '2 horas',
    pauseUntilMorning: 'Hasta mañana por la mañana',
    pauseForever: 'Hasta nuevo aviso',
    skipNext: 'Omitir el siguiente',
    skipNextNamed: ({ name }: { name: string }) => `Omitir el siguiente (${name})`,
    settings: 'Ajustes…',
    quit: 'Salir de Limber',
    updateReady: ({ version }: { version: string }) =>
      `Actualización lista: la versión ${version} se instala al salir de Limber`,
    updateAfterBreak: ({ version }: { version: string }) =>
      `La versión ${version} se instala después de esta pausa`,
    updateInstall: 'Reiniciar ahora para actualizar',
  },
  held: {
    for: {
      'full-screen': ({ duration }: { duration: string }) =>
        `Esperó ${duration} mientras había una app en pantalla completa.`,
      presenting: ({ duration }: { duration: string }) => `Esperó ${duration} mientras presentabas.`,
      call: ({ duration }: { duration: string }) => `Esperó ${duration} mientras estabas en una llamada.`,
      'do-not-disturb': ({ duration }: { duration: string }) =>
        `Esperó ${duration} mientras No molestar estaba activado.`,
      'screen-kept-on': ({ duration }: { duration: string }) =>
        `Esperó ${duration} mientras una app mantenía la pantalla encendida.`,
    },
    now: {
      'full-screen': ({ name }: { name: string }) => `${name} en espera (pantalla completa)`,
      presenting: ({ name }: { name: string }) => `${name} en espera (presentación)`,
      call: ({ name }: { name: string }) => `${name} en espera (llamada)`,
      'do-not-disturb': ({ name }: { name: string }) => `${name} en espera (No molestar)`,
      'screen-kept-on': ({ name }: { name: string }) =>
        `${name} en espera (una app mantiene la pantalla encendida)`,
    },
  },
  notify: {
    postureTitle: 'Hora de una pausa de postura',
    postureLead: 'Ponte de pie, muévete un poco y vuelve a sentarte bien.',
    postureBody: ({ tip }: { tip: string }) =>
      `Ponte de pie, muévete un poco y vuelve a sentarte bien. De vuelta en tu mesa: ${lowerFirst(tip)}`,
    stretchTitle: 'Hora de estirar',
    onTheFloor: ({ name }: { name: string }) => `${name} (en el suelo)`,
    stretchBody: ({ count, names, hold }: { count: number; names: string; hold: string }) =>
      plural(count, {
        one: `Un estiramiento para tu espalda: ${names}. Mantenlo ${hold}.`,
        many: `# estiramientos para tu espalda: ${names}. Mantén cada uno ${hold}.`,
        other: `# estiramientos para tu espalda: ${names}. Mantén cada uno ${hold}.`,
      }),
    noGentleStretch:
      'No hay ningún estiramiento suave en la silla o de pie activado; en su lugar, levántate y muévete con suavidad un minuto.',
    noStretch:
      'Todos los estiramientos están desactivados; en su lugar, levántate y muévete con suavidad un minuto.',
    customBody: 'Tu propio recordatorio, a la hora que elegiste.',
    headsUpPosture: ({ duration }: { duration: string }) => `Pausa de postura dentro de ${duration}`,
    headsUpStretch: ({ duration }: { duration: string }) => `Pausa para estirar dentro de ${duration}`,
    headsUpBody: 'Termina lo que estás haciendo; en un momento, Limber te pedirá que te levantes.',
    start: 'Empezar',
    snooze: 'Posponer',
    skip: 'Omitir',
    testTitle: 'Recordatorio de prueba de Limber',
    testBody: 'Así se verán los recordatorios de Limber. Puedes cerrar este.',
  },
  commands: {
    unknown: 'Limber no conoce ese comando.',
    paused: {
      '30m': 'Limber está en pausa durante 30 minutos.',
      '1h': 'Limber está en pausa durante 1 hora.',
      '2h': 'Limber está en pausa durante 2 horas.',
      'until-morning': 'Limber está en pausa hasta mañana por la mañana.',
      forever: 'Limber está en pausa hasta que lo reanudes.',
    },
    resumed: 'Limber vuelve a estar en marcha.',
    postureStarted: 'Pausa de postura iniciada.',
    stretchStarted: 'Pausa para estirar iniciada.',
    skipped: 'Se omitirá el próximo recordatorio.',
    nothingToSkip: 'No hay ningún recordatorio próximo.',
    skipKept: 'El modo firme mantiene la próxima pausa. Si lo necesitas, pausa Limber.',
    iceStarted: 'Temporizador de hielo en marcha.',
    heatStarted: 'Temporizador de calor en marcha.',
    therapyStopped: 'Temporizador de calor y frío detenido. Quítate la bolsa ahora.',
    breakShown: 'Ventana de la pausa abierta.',
    settingsShown: 'Ajustes abiertos.',
    quitting: 'Limber se está cerrando.',
    answered: 'Respondido.',
    goneFromScreen: 'Ese recordatorio ya no está en pantalla.',
    planStartedToday: 'Plan para la espalda iniciado para hoy: pausas más suaves.',
    planStarted: ({ count }: { count: number }) =>
      plural(count, {
        one: 'Plan para la espalda iniciado para # día: pausas más suaves.',
        many: 'Plan para la espalda iniciado para # días: pausas más suaves.',
        other: 'Plan para la espalda iniciado para # días: pausas más suaves.',
      }),
    seeDoctorNote: 'La ventana de Limber indica cuándo consultar a un médico.',
    planEnded: 'Plan para la espalda terminado.',
    noPlan: 'No había ningún plan para la espalda en marcha.',
    noted: 'Anotado.',
    braceWithoutPlan:
      'El recordatorio de la faja forma parte del plan para la espalda, y no hay ninguno en marcha.',
    checkInKept: 'Registro diario guardado.',
    checkInRange: 'El registro diario es un número entero del 0 al 10.',
    noCheckIn: 'Hoy sin registro diario.',
    updateChecking: 'Buscando actualizaciones.',
    updateInstalling: 'Limber se reinicia para instalar la actualización.',
    updateNotReady: 'No hay ninguna actualización lista para instalar.',
    failed: 'Limber no pudo hacerlo; consulta el archivo de registro.',
  },
  commandLine: {
    usage:
      'Usa una de estas opciones: --pause 30m|1h|2h|until-morning|forever, --resume, --break-now, --stretch-now, ' +
      '--sore-back [1d|2d|3d|5d|off], --import-routine ARCHIVO, --settings, --quit.',
    unreadable: 'No se pudo leer la línea de comandos.',
    tooMany: ({ count }: { count: number }) => `Demasiados argumentos (${count}).`,
    notText: 'Los argumentos deben ser texto.',
    tooLong: ({ position, max }: { position: number; max: number }) =>
      `El argumento ${position} es demasiado largo (como máximo ${max} caracteres).`,
    pauseNeeds: ({ values }: { values: string }) => `--pause necesita una duración: ${values}.`,
    soreBackTakes: ({ values }: { values: string }) =>
      `--sore-back admite un número de días u off: ${values}.`,
    noValue: ({ name }: { name: string }) => `${name} no admite ningún valor.`,
    unknown: ({ position }: { position: number }) => `Limber no reconoce el argumento ${position}.`,
    oneAtATime: ({ count }: { count: number }) => `Indica un solo comando cada vez; se recibieron ${count}.`,
  },
  export: {
    title: 'Exportar mis datos',
    button: 'Exportar aquí',
    unavailable: 'Esta versión de Limber no permite exportar.',
    dialogFailed: 'Limber no pudo abrir el selector de carpetas.',
    cancelled: 'Exportación cancelada: no se escribió nada.',
    folder: ({ date }: { date: string }) => `Exportación de Limber ${date}`,
    writeFailed: {
      denied: ({ folder }: { folder: string }) =>
        `Limber no tiene permiso para escribir en ${folder}. No se cambió nada de lo que ya había; elige otra carpeta.`,
      noSpace: ({ folder }: { folder: string }) =>
        `No queda espacio en ${folder}. No se cambió nada de lo que ya había.`,
      readOnly: ({ folder }: { folder: string }) =>
        `${folder} es de solo lectura. No se cambió nada de lo que ya había; elige otra carpeta.`,
      gone: ({ folder }: { folder: string }) =>
        `${folder} ya no existe. No se escribió nada; elige otra carpeta.`,
      other: ({ folder }: { folder: string }) =>
        `Limber no pudo escribir en ${folder}. No se cambió nada de lo que ya había.`,
    },
    full: ({ folder, count }: { folder: string; count: number }) =>
      `${folder} ya contiene ${count} exportaciones de hoy. Elige otra carpeta.`,
    notFullPath: ({ folder }: { folder: string }) =>
      `Limber solo exporta a una carpeta indicada con su ruta completa, y “${folder}” no lo es. No se escribió ` +
      'nada: vuelve a elegir la carpeta.',
  },
  settingsFile: {
    resetTitle: 'Se restablecieron los ajustes',
    reset: 'No se pudo leer tu archivo de ajustes, así que Limber se inició con los ajustes predeterminados.',
    resetKept: ({ file }: { file: string }) =>
      `No se pudo leer tu archivo de ajustes, así que Limber se inició con los ajustes predeterminados. El archivo dañado se guardó como ${file}.`,
    someResetTitle: 'Se restablecieron algunos ajustes',
    allReplaced: 'No se pudieron leer tus ajustes, así que Limber volvió a los valores predeterminados.',
    replaced: ({ fields }: { fields: string }) =>
      `Estos ajustes no se pudieron conservar y vuelven a su valor predeterminado: ${fields}.`,
    replacedMore: ({ fields, count }: { fields: string; count: number }) =>
      plural(count, {
        one: `Estos ajustes no se pudieron conservar y vuelven a su valor predeterminado: ${fields} y # más.`,
        many: `Estos ajustes no se pudieron conservar y vuelven a su valor predeterminado: ${fields} y # más.`,
        other: `Estos ajustes no se pudieron conservar y vuelven a su valor predeterminado: ${fields} y # más.`,
      }),
    previousKept: ({ file }: { file: string }) => `Tu archivo anterior se guardó como ${file}.`,
  },
  dialogs: {
    commandNotUnderstood: 'Limber no entendió el comando',
    couldNotStart: 'Limber no pudo iniciarse',
    couldNotStartDetail: ({ what, file }: { what: string; file: string }) =>
      `${what}\n\nLos detalles están en el archivo de registro:\n${file}\n\nSi vuelve a ocurrir, envía ese archivo con tu informe.`,
    loginItemFailed: 'Limber no pudo cambiar el inicio automático',
    loginItemFailedDetail: ({ what, file }: { what: string; file: string }) =>
      `${what} Los detalles están en el archivo de registro: ${file}`,
    loginItemUnsafe: ({ path }: { path: string }) =>
      `Limber no puede abrirse al iniciar sesión desde ${path}: la ruta contiene un salto de línea u otro carácter de control, que una entrada de inicio automático no puede guardar de forma segura. Mueve Limber a una carpeta cuyo nombre no tenga ninguno.`,
  },
  dayLimit: {
    reachedTitle: ({ hours }: { hours: number }) =>
      plural(hours, {
        one: 'Hoy llevas # hora frente a la pantalla',
        other: 'Hoy llevas # horas frente a la pantalla',
      }),
    reachedBody: 'Es el límite que te pusiste para hoy. Buen momento para terminar y levantarte.',
    againTitle: ({ hours }: { hours: number }) =>
      plural(hours, { one: 'Sigues aquí: # hora hoy', other: 'Sigues aquí: # horas hoy' }),
    againBody: ({ limit }: { limit: string }) =>
      `Un recordatorio suave: tu límite de hoy era ${limit}. Lo que quede puede esperar a mañana.`,
    tray: ({ limit }: { limit: string }) => `Límite de hoy alcanzado (${limit})`,
  },
  routines: {
    openTitle: 'Importar una rutina',
    openButton: 'Importar',
    saveTitle: 'Exportar la rutina',
    saveButton: 'Exportar',
    fileKind: 'Rutina de Limber',
    fileName: ({ name }: { name: string }) => `${name} (rutina de Limber)`,
    imported: ({ name, count }: { name: string; count: number }) =>
      plural(count, {
        one: `Se importó la rutina «${name}», con un estiramiento.`,
        other: `Se importó la rutina «${name}», con # estiramientos.`,
      }),
    replaced: ({ name, count }: { name: string; count: number }) =>
      plural(count, {
        one: `Se actualizó la rutina «${name}»: ahora tiene un estiramiento.`,
        other: `Se actualizó la rutina «${name}»: ahora tiene # estiramientos.`,
      }),
    notImported: ({ file }: { file: string }) => `La rutina de ${file} no se importó.`,
    notImportedTitle: 'No se importó la rutina',
    importedTitle: 'Rutina importada',
    nothingKept: 'No se cambió nada.',
    cancelled: 'No se importó nada.',
    exportCancelled: 'No se exportó nada.',
    exported: ({ file }: { file: string }) => `Exportada a ${file}.`,
    exportFailed: ({ reason }: { reason: string }) => `Limber no pudo escribir el archivo: ${reason}.`,
    dialogOpen: 'Ya hay una ventana de archivos abierta: termina con ella primero.',
    dialogFailed: 'Limber no pudo abrir la ventana de archivos.',
    unavailable: 'Esta versión de Limber no puede importar ni exportar rutinas.',
    tooMany: ({ max }: { max: number }) =>
      `Limber guarda como máximo ${max} rutinas: quita una antes de importar otra.`,
    gone: 'Esa rutina ya no está.',
    missing: ({ file }: { file: string }) => `No existe el archivo ${file}.`,
    notAFile: ({ file }: { file: string }) => `${file} es una carpeta, no un archivo.`,
    unreadable: ({ file, reason }: { file: string; reason: string }) => `No se pudo leer ${file}: ${reason}.`,
    problems: {
      tooLarge: ({ size, max }: { size: string; max: string }) =>
        `El archivo es demasiado grande (${size}): un archivo de rutina ocupa como máximo ${max}.`,
      notJson: ({ line }: { line: number | null }) =>
        line === null
          ? 'El archivo no es JSON válido.'
          : `El archivo no es JSON válido (el problema está en la línea ${line}).`,
      tooDeep: 'El archivo tiene demasiados niveles anidados para ser una rutina.',
      unknownField: ({ path }: { path: string }) => `${path}: no es un campo de una rutina.`,
      required: ({ path, allowed }: { path: string; allowed: string }) =>
        `${path}: falta; indica ${allowed}.`,
      notAllowed: ({ path, allowed, got }: { path: string; allowed: string; got: string }) =>
        `${path}: debe ser ${allowed}; tiene ${got}.`,
      languageTag: ({ path }: { path: string }) =>
        `${path}: no es un código de idioma (escribe uno como "en", "es" o "pt-BR").`,
      unknownStretch: ({ path, got }: { path: string; got: string }) =>
        `${path}: ${got} no es un estiramiento de la biblioteca de Limber.`,
      markup: ({ path }: { path: string }) => `${path}: solo texto, sin HTML ni otras marcas.`,
      link: ({ path }: { path: string }) => `${path}: sin enlaces ni direcciones web.`,
      languages: ({ path, languages }: { path: string; languages: string }) =>
        `${path}: escríbelo en los mismos idiomas que el nombre de la rutina (${languages}).`,
      figure: ({ path, detail }: { path: string; detail: string }) => `${path}: ${detail}.`,
    },
    allowed: {
      file: 'un objeto con "limberRoutine": 1, un "name" y "stretches"',
      version: '1 (este Limber lee la versión 1 del formato)',
      texts: 'el texto por idioma, como {"es": "…"}, en 1 a 8 idiomas',
      name: 'un nombre de 1 a 80 caracteres',
      title: 'un título de 1 a 80 caracteres',
      step: 'un texto de 1 a 400 caracteres',
      stepList: 'una lista de 1 a 12 pasos',
      cautionList: 'una lista de hasta 6 precauciones',
      stretches: 'una lista de 1 a 20 estiramientos',
      stretch:
        'un estiramiento de la biblioteca ({"stretch": "su id"}) o uno descrito por completo (title, steps, hold, repetitions, sides, position, intensity)',
      libraryId: 'el id de un estiramiento de la biblioteca de Limber',
      hold: 'un número entero de segundos entre 5 y 120',
      repetitions: 'un número entero entre 1 y 10',
      sides: '"both" o "each"',
      position: '"desk", "standing" o "floor"',
      intensity: '"gentle", "moderate" o "strong"',
      figure: 'una figura con description, camera, props, working y poses',
    },
    needsFile: '--import-routine necesita la ruta de un archivo de rutina.',
    notifyBody: ({ count, names }: { count: number; names: string }) =>
      plural(count, { one: `Tu rutina: ${names}.`, other: `Tu rutina, # estiramientos: ${names}.` }),
    leftOut: ({ count }: { count: number }) =>
      plural(count, {
        one: 'Hoy se omite un estiramiento de tu rutina: con la espalda dolorida, solo estiramientos suaves sentado o de pie.',
        other:
          'Hoy se omiten # estiramientos de tu rutina: con la espalda dolorida, solo estiramientos suaves sentado o de pie.',
      }),
    noneFits:
      'Ningún estiramiento de tu rutina conviene hoy a tu espalda dolorida (solo los suaves, sentado o de pie), así que aquí tienes unos suaves.',
    fromRoutine: 'De tu rutina',
  },
} satisfies Catalog['app']

const seatedNote = 'Usa una silla estable sin ruedas, o bloquea las ruedas antes.'

export const content = {
  cue: 'Muévete despacio y con suavidad, sin rebotes. Llega solo hasta notar una tensión suave, nunca hasta sentir dolor. Mantén la postura y luego sal de ella despacio.',
  areas: {
    'lower-back': 'Espalda baja',
    'middle-back': 'Espalda media',
    'upper-back': 'Espalda alta',
    abdominals: 'Abdominales y zona media',
    hips: 'Caderas e isquiotibiales',
    'neck-shoulders': 'Cuello y hombros',
  },
  stretches: {
    'seated-cat-cow': {
      name: 'Gato-vaca en la silla',
      steps: [
        'Siéntate en la parte delantera de la silla, con los pies apoyados en el suelo y las manos sobre las rodillas.',
        'Al inhalar, eleva el pecho y deja que la espalda se arquee suavemente.',
        'Al exhalar, redondea la espalda y deja caer la barbilla hacia el pecho.',
        'Mantén la curva y luego vuelve a sentarte con la espalda erguida.',
      ],
      cautions: ['Si hoy te duele la espalda, haz el movimiento más pequeño.'],
    },
    'seated-twist': {
      name: 'Torsión en la silla',
      steps: [
        'Siéntate con la espalda erguida, los pies apoyados en el suelo y las rodillas mirando al frente.',
        'Pon la mano derecha en la parte exterior de la rodilla izquierda.',
        'Gira el pecho hacia la izquierda, iniciando el giro desde la mitad de la espalda.',
        'Mantén la postura, vuelve al centro y luego gira hacia el otro lado.',
      ],
      cautions: [
        'Gira solo hasta donde te resulte fácil; no tires con los brazos para girar más.',
        seatedNote,
      ],
    },
    'seated-forward-fold': {
      name: 'Flexión hacia delante en la silla',
      steps: [
        'Siéntate en el borde de la silla con los pies bien separados.',
        'Deja que el pecho baje entre las rodillas, con los brazos colgando sueltos.',
        'Relaja la cabeza y el cuello.',
        'Mantén la postura y luego sube despacio, enderezando la espalda vértebra a vértebra.',
      ],
      cautions: [
        'Incorpórate despacio por si te mareas.',
        'Evita este estiramiento si notas dolor u hormigueo que baja por una pierna.',
        seatedNote,
      ],
    },
    'seated-pelvic-tilt': {
      name: 'Basculación pélvica en la silla',
      steps: [
        'Siéntate con la espalda erguida, las manos en las caderas y los pies apoyados en el suelo.',
        'Lleva la pelvis hacia atrás para que la zona lumbar se redondee contra el respaldo.',
        'Mantén la postura y luego lleva la pelvis hacia delante para que la zona lumbar se curve un poco hacia dentro.',
        'Termina en el punto medio, con la espalda erguida.',
      ],
      cautions: ['Hazlo con suavidad: es un pequeño balanceo, no un movimiento amplio.'],
    },
    'seated-figure-four': {
      name: 'Apertura de cadera en la silla',
      steps: [
        'Siéntate con la espalda erguida y apoya el tobillo derecho sobre la rodilla izquierda.',
        'Mantén la espalda recta e inclínate hacia delante desde las caderas.',
        'Detente cuando notes el estiramiento en la cadera y el glúteo derechos.',
        'Mantén la postura, incorpórate y cambia de pierna.',
      ],
      cautions: [
        'Si notas tensión en la rodilla, apoya el tobillo más abajo, sobre la espinilla, o evita este estiramiento.',
        seatedNote,
      ],
    },
    'seated-hamstring': {
      name: 'Isquiotibiales en la silla',
      steps: [
        'Siéntate en el borde de la silla.',
        'Estira una pierna hacia delante, con el talón en el suelo y la punta del pie hacia arriba.',
        'Con la espalda recta, inclínate desde las caderas hasta notar una tensión suave detrás del muslo.',
        'Mantén la postura, incorpórate y cambia de pierna.',
      ],
      cautions: [
        'Mantén la espalda recta en lugar de intentar tocarte los pies.',
        'Evita este estiramiento si notas dolor u hormigueo que baja por una pierna.',
        seatedNote,
      ],
    },
    'seated-side-bend': {
      name: 'Inclinación lateral en la silla',
      steps: [
        'Siéntate con la espalda erguida y los dos pies apoyados en el suelo.',
        'Sube el brazo derecho junto a la oreja.',
        'Inclínate suavemente hacia la izquierda, llevando el brazo hacia arriba y por encima de la cabeza.',
        'Mantén la postura, vuelve al centro y luego hazlo hacia el otro lado.',
      ],
      cautions: ['Mantén los dos glúteos apoyados en el asiento.'],
    },
    'chest-opener': {
      name: 'Apertura de pecho',
      steps: [
        'Siéntate en la mitad delantera de la silla.',
        'Entrelaza las manos detrás de ti o sujeta los lados del respaldo.',
        'Junta los omóplatos y eleva el pecho.',
        'Mantén la postura con la barbilla paralela al suelo y luego suelta despacio.',
      ],
      cautions: ['Mantén los hombros bajos, lejos de las orejas.'],
    },
    'upper-back-round': {
      name: 'Abraza el aire',
      steps: [
        'Siéntate con la espalda erguida y estira los dos brazos hacia delante.',
        'Entrelaza los dedos, con las palmas hacia fuera.',
        'Empuja las manos hacia delante y deja que la parte alta de la espalda se redondee, bajando la barbilla.',
        'Nota cómo se abre el espacio entre los omóplatos, mantén la postura y luego relájate.',
      ],
      cautions: ['Respira con normalidad todo el tiempo.'],
    },
    'neck-side-stretch': {
      name: 'Estiramiento lateral del cuello',
      steps: [
        'Siéntate con la espalda erguida y deja caer los dos hombros.',
        'Inclina la oreja derecha hacia el hombro derecho.',
        'Mantén bajo el hombro izquierdo; puedes apoyar una mano en la cabeza, sin tirar.',
        'Mantén la postura, sube la cabeza despacio y luego hazlo hacia el otro lado.',
      ],
      cautions: ['Detente si notas hormigueo o entumecimiento en un brazo o una mano.'],
    },
    'chin-tuck': {
      name: 'Retracción de barbilla',
      steps: [
        'Siéntate con la espalda erguida, mirando al frente.',
        'Lleva la barbilla hacia atrás en línea recta, como si quisieras hacer papada.',
        'Mantén la mirada al frente; no inclines la cabeza hacia abajo.',
        'Mantén la postura y luego deja que la cabeza vuelva hacia delante.',
      ],
      cautions: ['Basta con un movimiento pequeño.'],
    },
    'shoulder-rolls': {
      name: 'Círculos de hombros',
      steps: [
        'Siéntate con la espalda erguida y los brazos sueltos a los lados.',
        'Haz unos cuantos círculos con los dos hombros: hacia arriba, hacia atrás y hacia abajo.',
        'Termina llevando los omóplatos suavemente hacia atrás y hacia abajo.',
        'Mantén los omóplatos juntos y luego deja que los hombros se relajen.',
      ],
      cautions: ['Mantén el cuello largo y relajado mientras juntas los omóplatos.'],
    },
    'standing-back-bend': {
      name: 'Extensión de espalda de pie',
      steps: [
        'Ponte de pie con los pies separados al ancho de las caderas.',
        'Apoya las manos en la zona lumbar, con los dedos hacia abajo.',
        'Lleva suavemente las caderas hacia delante e inclínate un poco hacia atrás, mirando ligeramente hacia arriba.',
        'Mantén la postura y luego vuelve a ponerte de pie con la espalda erguida.',
      ],
      cautions: [
        'Inclínate solo un poco.',
        'Evita este estiramiento si al inclinarte hacia atrás notas un pinchazo o dolor.',
      ],
    },
    'standing-reach-up': {
      name: 'Estírate hacia el techo',
      steps: [
        'Ponte de pie con la espalda erguida y los pies separados al ancho de las caderas.',
        'Entrelaza los dedos y gira las palmas hacia arriba.',
        'Estírate hacia el techo y nota cómo se alarga la parte delantera del cuerpo.',
        'Mantén la postura y luego baja los brazos despacio.',
      ],
      cautions: ['No dejes que las costillas de abajo se abran hacia delante.'],
    },
    'doorway-chest-stretch': {
      name: 'Estiramiento en la puerta',
      steps: [
        'Colócate en el hueco de una puerta y apoya los antebrazos en el marco, con los codos a la altura de los hombros.',
        'Da un paso adelante con un pie.',
        'Lleva tu peso suavemente hacia delante hasta que el pecho y los hombros se abran.',
        'Mantén la postura y luego da un paso atrás para salir.',
      ],
      cautions: ['Detente si te duele la parte delantera del hombro.'],
    },
    'standing-hip-flexor': {
      name: 'Flexores de cadera de pie',
      steps: [
        'Sujétate a la mesa o al respaldo de una silla para mantener el equilibrio.',
        'Lleva un pie hacia atrás en una zancada corta, con el talón de atrás levantado.',
        'Lleva el coxis hacia abajo y nota cómo se abre la parte delantera de la cadera de atrás.',
        'Mantén la postura, junta los pies y luego cambia de pierna.',
      ],
      cautions: ['Mantén la rodilla de delante sobre el tobillo, sin que pase de la punta del pie.'],
    },
    'knee-to-chest': {
      name: 'Rodilla al pecho',
      steps: [
        'Acuéstate boca arriba con las rodillas dobladas y los pies apoyados en el suelo.',
        'Sujeta una pierna por detrás del muslo y lleva esa rodilla hacia el pecho.',
        'Deja el otro pie en el suelo y la cabeza apoyada.',
        'Mantén la postura, baja la pierna despacio y luego cambia de lado.',
      ],
      cautions: [
        'Sujeta la pierna por detrás del muslo, no por encima de la rodilla.',
        'Evita este estiramiento si notas dolor u hormigueo que baja por una pierna.',
      ],
    },
    'childs-pose': {
      name: 'Postura del niño',
      steps: [
        'Ponte de rodillas y siéntate hacia atrás, sobre los talones.',
        'Desliza las manos hacia delante por el suelo.',
        'Apoya la frente y deja que la espalda se alargue.',
        'Mantén la postura respirando despacio y luego vuelve con las manos hacia atrás para incorporarte.',
      ],
      cautions: ['Si te molestan las rodillas, pon un cojín entre los talones y las caderas.'],
    },
    'all-fours-cat-cow': {
      name: 'Gato-vaca',
      steps: [
        'Ponte a cuatro patas, con las manos bajo los hombros y las rodillas bajo las caderas.',
        'Al exhalar, redondea la espalda hacia el techo.',
        'Al inhalar, deja que el abdomen baje y eleva un poco la mirada.',
        'Pasa despacio de una postura a la otra, manteniendo cada una.',
      ],
      cautions: ['Si el suelo es duro, pon una toalla doblada bajo las rodillas.'],
    },
    'lying-knee-roll': {
      name: 'Giro de rodillas boca arriba',
      steps: [
        'Acuéstate boca arriba con las rodillas dobladas y juntas, y los brazos abiertos.',
        'Deja caer despacio las dos rodillas hacia un lado.',
        'Mantén los dos hombros en el suelo.',
        'Mantén la postura, vuelve a llevar las rodillas al centro y luego déjalas caer hacia el otro lado.',
      ],
      cautions: ['Gira solo hasta donde los hombros puedan seguir apoyados.'],
    },
    sphinx: {
      name: 'Esfinge',
      steps: [
        'Acuéstate boca abajo con los codos debajo de los hombros.',
        'Presiona los antebrazos contra el suelo y eleva un poco el pecho.',
        'Mantén las caderas en el suelo y los hombros lejos de las orejas.',
        'Mantén la postura y luego baja despacio.',
      ],
      cautions: ['Evita este estiramiento si al arquear la espalda notas un pinchazo o dolor.'],
    },
    'lying-hamstring': {
      name: 'Isquiotibiales boca arriba',
      steps: [
        'Acuéstate boca arriba con las dos rodillas dobladas.',
        'Pasa una toalla o un cinturón alrededor de un pie.',
        'Estira esa pierna hacia el techo, sujetando la toalla.',
        'Mantén la postura, bájala despacio y luego cambia de pierna.',
      ],
      cautions: [
        'No pasa nada si la rodilla queda un poco doblada.',
        'Evita este estiramiento si notas dolor u hormigueo que baja por una pierna.',
      ],
    },
  },
  getUp: {
    lying: 'Para levantarte, ponte de lado, empújate con los brazos y luego siéntate.',
    kneeling:
      'Para levantarte, lleva las manos hacia las rodillas, empújate con los brazos y ponte de pie con una mano en una silla.',
  },
  /** Los cambios de postura entre los estiramientos de una rutina (ver en.ts). */
  moves: {
    title: {
      'get-down': 'Bájate al suelo',
      'get-up': 'Levántate despacio',
      standing: 'Ponte de pie',
      desk: 'Siéntate',
      floor: 'Cambia de postura',
    },
    downFirst: 'Apóyate en una silla o en la mesa, y tómate tu tiempo.',
    down: {
      'on-back': 'Primero las rodillas, luego las manos, y después gira hasta quedar boca arriba.',
      'on-front': 'Primero las rodillas, luego las manos, y después bájate hasta quedar boca abajo.',
      'all-fours': 'Primero las rodillas, luego las manos, bajo los hombros: ya estás a cuatro patas.',
      kneeling: 'Primero una rodilla y luego la otra; después quédate de rodillas con el cuerpo erguido.',
    },
    up: {
      lying: [
        'Ponte de lado, empújate con los brazos y luego siéntate.',
        'Colócate sobre las manos y las rodillas.',
      ],
      kneeling: ['Lleva las manos hacia las rodillas y empújate con los brazos hasta quedar de rodillas.'],
    },
    upLast: 'Adelanta un pie y ponte de pie despacio, apoyándote en una silla o en la mesa.',
    to: {
      desk: 'Vuelve a sentarte, bien al fondo de la silla.',
      standing: 'Levántate despacio y apártate un paso de la silla.',
      'on-back': 'Túmbate de lado y luego gira hasta quedar boca arriba.',
      'on-front': 'Gira despacio hasta quedar boca abajo.',
      'all-fours': 'Ponte sobre las manos y las rodillas, con las manos bajo los hombros.',
      kneeling: 'Ponte de rodillas, con el cuerpo erguido.',
    },
  },
  postureTips: [
    'Siéntate bien al fondo de la silla para que el respaldo sujete la curva de tu zona lumbar.',
    'Apoya los pies en el suelo, o en un reposapiés si no llegas.',
    'Pon el borde superior de la pantalla a la altura de los ojos, para que la cabeza quede equilibrada sobre los hombros.',
    'Mantén la pantalla más o menos a un brazo de distancia.',
    'Deja caer los hombros, lejos de las orejas. Vuelve a comprobarlo dentro de un minuto.',
    'Mantén los codos cerca del cuerpo, doblados más o menos en ángulo recto.',
    'Mantén las muñecas rectas al escribir, sin doblarlas hacia arriba ni hacia abajo.',
    'Acerca el teclado y el ratón para no tener que estirarte hacia delante.',
    'Si la cabeza se te va hacia delante, lleva la barbilla hacia atrás y vuelve a erguirte.',
    'Con las rodillas a la altura de las caderas o un poco más abajo, tu zona lumbar sufre menos.',
    'Un cojín pequeño o una toalla enrollada detrás de la zona lumbar ayuda a mantener su curva natural.',
    'Ponte de frente a la pantalla: girar el cuerpo hacia un lado todo el día cansa la espalda.',
    'Con un portátil, eleva la pantalla y usa un teclado y un ratón aparte.',
    'Atiende las llamadas de pie, o camina mientras hablas.',
    'Ten a mano lo que más usas, para no tener que estirarte por encima de la mesa.',
    'Cambia de postura de vez en cuando. La mejor postura es la siguiente.',
    'Descruza las piernas y reparte el peso por igual entre los dos lados.',
    'Sube el teléfono a la altura de los ojos en lugar de doblar el cuello hacia él.',
    'Parpadea, mira algo lejano y relaja la cara y la mandíbula.',
    'Cuando estés de pie, reparte el peso entre los dos pies y no bloquees las rodillas.',
    'Levanta peso con las piernas, no con la espalda: dobla las rodillas y mantén la carga cerca del cuerpo.',
    'Deja el vaso de agua al otro lado de la habitación: para rellenarlo tendrás que levantarte.',
  ],
  movement: {
    guidance: [
      'Muévete un poco y a menudo. Ratos cortos de actividad suave a lo largo del día ayudan más a tu espalda que un gran esfuerzo de una vez.',
      'Descansar ayuda cuando te duele la espalda, pero demasiado reposo la vuelve más rígida. Levántate y muévete con suavidad cuando puedas.',
      'Tómatelo con calma. Forzar demasiado y demasiado pronto puede empeorar los espasmos musculares. Ve aumentando poco a poco.',
      'Un paseo corto cuenta. Y también levantarte a estirar mientras se calienta el agua.',
    ],
    short: [
      'Poco y a menudo es mejor que todo de golpe.',
      'Descansa un poco y luego muévete un poco.',
      'Con suavidad basta: no hace falta forzar.',
    ],
  },
  windDown: {
    suggestions: {
      'wind-down': [
        'Baja las luces a tu alrededor; una luz suave y tenue le indica a tu cuerpo que el día se acaba.',
        'Empieza a dejar las pantallas: teléfono, portátil, videojuegos y televisión.',
        'Prepárate una bebida caliente, como una infusión sin cafeína o un vaso de leche tibia.',
        'Date un baño o una ducha con agua templada.',
        'Lee un libro en papel o escucha algo tranquilo en vez de seguir mirando el teléfono.',
        'Apunta las tareas de mañana para quitártelas de la cabeza.',
      ],
      'get-ready': [
        'Oscurece el dormitorio: cierra las cortinas y tapa las lucecitas de los aparatos en espera.',
        'Mantén el dormitorio fresco y en silencio.',
        'Ten previsto despertarte mañana a la misma hora, también el fin de semana.',
        'Intenta dormir de siete a nueve horas: cuenta hacia atrás desde tu hora de despertar.',
        'Haz unos estiramientos lentos y suaves para que la espalda se relaje antes de dormir.',
        'Respira despacio durante un minuto: toma aire por la nariz y suéltalo más despacio todavía.',
      ],
    },
    reminders: {
      'wind-down': {
        title: 'Hora de desconectar',
        body: 'Baja las luces, empieza a dejar las pantallas y, si te apetece, prepárate una bebida caliente o un baño templado.',
      },
      'get-ready': {
        title: 'Prepárate para dormir',
        body: 'Apaga ya las pantallas. Deja la habitación a oscuras y en silencio, y acomódate.',
      },
      bedtime: {
        title: 'Hora de dormir',
        body: 'A descansar. Mañana, la misma hora de despertar, también el fin de semana. ¡Buenas noches!',
      },
    },
    leads: {
      'wind-down': 'Se acerca la hora de dormir: es momento de bajar el ritmo y despedirte del día.',
      'get-ready': 'Ya casi es hora de dormir. Apaga las pantallas y acomódate.',
    },
  },
  therapy: {
    notices: {
      'heat-start': {
        title: 'Aplica el calor',
        body: 'Una tela entre calor y piel; nunca sobre piel entumecida o herida. No te duermas con él.',
      },
      'heat-on': {
        title: 'Aplica el calor',
        body: 'Mantén un paño o una capa de tela entre el calor y tu piel.',
      },
      'heat-off': {
        title: 'Retira el calor y descansa',
        body: 'Quita la fuente de calor y deja descansar la piel. Para si está muy roja o con ampollas.',
      },
      'ice-start': {
        title: 'Aplica el hielo',
        body: 'Envuélvelo en un paño; nunca en piel entumecida o herida. Para si se pone muy roja o blanca.',
      },
      'ice-on': {
        title: 'Aplica el hielo',
        body: 'Envuelve antes la bolsa en un paño: nunca directamente sobre la piel.',
      },
      'ice-off': {
        title: 'Retira el hielo y descansa',
        body: 'Quita la bolsa y deja que la piel vuelva a entrar en calor.',
      },
      finished: {
        title: 'Quítate la bolsa ahora',
        body: 'Era la última ronda. Revisa la piel y muévete con suavidad un rato antes de volver a sentarte.',
      },
      stopped: {
        title: 'Quítate la bolsa ahora',
        body: 'El temporizador está detenido. Revisa la piel y muévete con suavidad un rato.',
      },
    },
    minutesOn: ({ count }: { count: number }) =>
      plural(count, {
        one: '# minuto de aplicación.',
        many: '# minutos de aplicación.',
        other: '# minutos de aplicación.',
      }),
    minutesOff: ({ count }: { count: number }) =>
      plural(count, {
        one: '# minuto de descanso.',
        many: '# minutos de descanso.',
        other: '# minutos de descanso.',
      }),
  },
  activities: {
    strength: [
      'Tu zona media es más que el abdomen: son los músculos de la espalda y los del abdomen trabajando juntos.',
      'Intenta hacer de dos a cuatro sesiones por semana, de 30 a 45 minutos cada una.',
      'La buena técnica, lo primero: mejor movimientos lentos y controlados que mucho peso o mucha velocidad. Un entrenador o un fisioterapeuta puede revisar la tuya.',
      'Empieza con poco peso y ve sumando poco a poco. Deja cualquier ejercicio que te cause dolor.',
    ],
    yoga: [
      'El yoga ayuda a mucha gente con dolor de espalda: estira y fortalece a la vez.',
      'Una clase para principiantes o de yoga suave es un buen comienzo; cuéntale a quien dé la clase lo de tu espalda.',
      'Omite o suaviza cualquier postura que te duela, y respira de forma pausada todo el tiempo.',
    ],
    notices: {
      strength: [
        {
          title: 'Sesión de fuerza',
          body: 'Hora de trabajar la zona media: espalda y abdomen a la vez. Movimientos lentos, buena técnica.',
        },
        {
          title: 'A trabajar la zona media',
          body: 'Una zona media fuerte sostiene tu espalda. Calienta primero y luego ve a un ritmo constante.',
        },
        {
          title: 'Sesión de fuerza',
          body: 'Calidad antes que cantidad: menos repeticiones y mejor hechas son mejores para tu espalda.',
        },
      ],
      yoga: [
        {
          title: 'Hora de yoga',
          body: 'Extiende la colchoneta. Muévete al ritmo de la respiración y evita todo lo que te duela.',
        },
        {
          title: 'Hora de yoga',
          body: 'Hoy, una sesión suave: deja que tu espalda se alargue y que tu respiración se calme.',
        },
      ],
    },
  },
  disclaimer: {
    short: 'Limber ofrece recordatorios generales de bienestar, no consejos médicos.',
    full: [
      'Limber es una app de recordatorios. Ofrece sugerencias generales de bienestar, no consejos médicos, y no sustituye a un médico ni a un fisioterapeuta.',
      'Si el dolor de espalda es fuerte, vuelve una y otra vez o no mejora, consulta a un médico.',
      'Limber nunca recomienda medicamentos ni dosis. Para eso, pregunta a un médico o en la farmacia.',
      'Detén cualquier estiramiento o ejercicio que te cause dolor.',
      'Si tienes osteoporosis, estás embarazada o te operaron hace poco de la columna o la cadera, pregunta a tu médico o fisioterapeuta qué estiramientos y ejercicios te convienen.',
    ],
  },
  soreBack: {
    start: 'Hoy me duele la espalda',
    end: 'Terminar el plan para la espalda',
    planDay: ({ day, days }: { day: number; days: number }) => `Plan para la espalda: día ${day} de ${days}`,
    caution: 'Hoy te duele la espalda: detente a la primera señal de dolor.',
    cue: 'Hoy, movimientos pequeños y lentos: sin rebotes y solo hasta donde te resulte fácil. Detente a la primera señal de dolor.',
    walk: 'Plan para la espalda: un paseo tranquilo. Camina despacio por la habitación y vuelve a sentarte con la espalda erguida.',
    walkLead:
      'Un paseo tranquilo: da unos pasos suaves por la habitación y luego vuelve a sentarte con la espalda erguida.',
    iceOrHeat:
      'El calor o el hielo pueden aliviarte. Mantén un paño entre la bolsa y tu piel, y nunca lo uses sobre piel entumecida.',
    braceOff: {
      title: 'Quítate la faja un rato',
      body: 'Dale a tu espalda un descanso de la faja. Vuelve a ponértela luego solo si la necesitas, y nunca muy apretada.',
    },
    checkIn: {
      question: '¿Cómo está tu espalda hoy?',
      plain:
        'Puntúa tu dolor de 0 (ninguno) a 10, con una palabra si quieres. Solo se guarda en este dispositivo.',
      planDay: ({ day, days }: { day: number; days: number }) =>
        `Día ${day} de ${days} de tu plan para la espalda. Puntúa tu dolor de 0 a 10 y, si te ayuda, pon calor o hielo.`,
    },
    frequent: ({ days, window }: { days: number; window: number }) =>
      `Te ha dolido la espalda ${days} de los últimos ${window} días. Un dolor de espalda que vuelve una y otra vez ` +
      'merece que lo vea un médico o un fisioterapeuta, que pueden averiguar qué lo causa. Esto no es un consejo médico.',
  },
  figures: {
    'seated-cat-cow':
      'Una persona sentada en la parte delantera de una silla, con las manos sobre las rodillas, arquea la espalda y luego la redondea, dejando caer la barbilla hacia el pecho.',
    'seated-twist':
      'Una persona sentada con la espalda erguida gira el pecho hacia un lado, con la mano contraria en la parte exterior de la rodilla de ese lado.',
    'seated-forward-fold':
      'Una persona sentada en el borde de una silla, con los pies bien separados, se inclina hacia delante hasta que el pecho baja entre las rodillas, con la cabeza y los brazos sueltos.',
    'seated-pelvic-tilt':
      'Una persona sentada con la espalda erguida, con las manos en las caderas, lleva la pelvis hacia atrás para que la zona lumbar se redondee.',
    'seated-figure-four':
      'Una persona sentada en una silla apoya un tobillo sobre la otra rodilla y se inclina hacia delante desde las caderas, con la espalda recta.',
    'seated-hamstring':
      'Una persona sentada en el borde de una silla estira una pierna, con el talón en el suelo y la punta del pie hacia arriba, y se inclina desde las caderas con la espalda recta.',
    'seated-side-bend':
      'Una persona sentada en una silla sube un brazo junto a la oreja y se inclina hacia el otro lado, llevando el brazo hacia arriba y por encima de la cabeza.',
    'chest-opener':
      'Una persona sentada en la mitad delantera de una silla entrelaza las manos detrás de la espalda y eleva el pecho, juntando los omóplatos.',
    'upper-back-round':
      'Una persona sentada en una silla estira los dos brazos hacia delante, con los dedos entrelazados, y redondea la parte alta de la espalda mientras baja la barbilla.',
    'neck-side-stretch':
      'Una persona sentada con la espalda erguida y los hombros bajos inclina la cabeza para acercar una oreja al hombro de ese lado.',
    'chin-tuck':
      'Una persona sentada con la espalda erguida, mirando al frente, lleva la barbilla hacia atrás en línea recta.',
    'shoulder-rolls':
      'Una persona sentada con la espalda erguida y los brazos sueltos hace círculos con los dos hombros, hacia arriba, hacia atrás y hacia abajo, y luego los mantiene hacia atrás.',
    'standing-back-bend':
      'Una persona de pie, con las manos en la zona lumbar, lleva las caderas hacia delante y se inclina un poco hacia atrás, mirando ligeramente hacia arriba.',
    'standing-reach-up':
      'Una persona de pie, con la espalda erguida, entrelaza los dedos y estira los dos brazos hacia el techo.',
    'doorway-chest-stretch':
      'Una persona en el hueco de una puerta apoya los antebrazos en el marco a la altura de los hombros, da un paso adelante con un pie y se inclina hacia delante, abriendo el pecho.',
    'standing-hip-flexor':
      'Una persona sujeta el respaldo de una silla y lleva un pie hacia atrás en una zancada corta, con el talón de atrás levantado, abriendo la parte delantera de la cadera de atrás.',
    'knee-to-chest':
      'Una persona acostada boca arriba, con las rodillas dobladas, sujeta un muslo por detrás y lleva esa rodilla hacia el pecho; el otro pie sigue en el suelo.',
    'childs-pose':
      'Una persona de rodillas se sienta hacia atrás, sobre los talones, con los brazos estirados hacia delante por el suelo y la frente apoyada.',
    'all-fours-cat-cow':
      'Una persona a cuatro patas deja que el abdomen baje y luego redondea la espalda hacia el techo, con la cabeza colgando.',
    'lying-knee-roll':
      'Una persona acostada boca arriba, con los brazos abiertos y las rodillas dobladas y juntas, deja caer las dos rodillas hacia un lado mientras los hombros siguen en el suelo.',
    sphinx:
      'Una persona acostada boca abajo, con los codos bajo los hombros, apoya con fuerza los antebrazos y eleva el pecho, con las caderas en el suelo.',
    'lying-hamstring':
      'Una persona acostada boca arriba, con una toalla alrededor de un pie, estira esa pierna hacia el techo; la otra rodilla sigue doblada.',
  },
} satisfies Catalog['content']
