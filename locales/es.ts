// Español: tú, español neutro (sin regionalismos; nada de "ordenador"/"computadora", "tumbarse", "guisantes"),
// sin adjetivos de género para el usuario ("con la espalda erguida", "de pie", "boca arriba").
// Glosario: posture break = pausa de postura · stretch break = pausa para estirar · stretch = estiramiento ·
// wind-down = desconectar (antes de dormir) · get ready for bed = prepárate para dormir · bedtime = hora de dormir ·
// wake time = hora de despertar · snooze = posponer · pause = pausar / en pausa · skip = omitir ·
// sore-back plan = plan para la espalda · check-in = registro diario · ice/heat = hielo/calor (el tema: frío y calor) ·
// round = ronda · brace = faja · elastic wrap = venda elástica · work hours = horario laboral ·
// natural breaks = pausas naturales · Don't interrupt = No interrumpir · full screen = pantalla completa ·
// Do Not Disturb = No molestar; Focus = Concentración (macOS, Windows 11; Windows 10: Asistente de concentración) ·
// custom reminder = recordatorio personalizado · core = zona media · lower back = zona lumbar · gentle pull = tensión
// suave · hold = mantén la postura · not medical advice = no es un consejo médico · see a doctor = consulta a un médico.
import { pluralFor } from '../main/core/i18n/plural'
import type { Catalog } from './catalog'

const plural = pluralFor('es')

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
        'Evita este estiramiento si al inclinarte hacia delante notas dolor que baja por una pierna.',
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
        'Si notas tensión en la rodilla, evita este estiramiento o apoya el tobillo más abajo, sobre la espinilla.',
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
      cautions: ['Mantén la espalda recta en lugar de intentar tocarte los pies.', seatedNote],
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
      cautions: ['Sujeta la pierna por detrás del muslo, no por encima de la rodilla.'],
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
      cautions: ['No pasa nada si la rodilla queda un poco doblada.'],
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
    suggestions: [
      'Baja las luces a tu alrededor; una luz suave y tenue le indica a tu cuerpo que el día se acaba.',
      'Empieza a dejar las pantallas: teléfono, portátil, videojuegos y televisión.',
      'Prepárate una bebida caliente, como una infusión sin cafeína o un vaso de leche tibia.',
      'Date un baño o una ducha con agua caliente.',
      'Oscurece el dormitorio: cierra las cortinas y tapa las lucecitas de los aparatos en espera.',
      'Mantén el dormitorio fresco y en silencio.',
      'Ten previsto despertarte mañana a la misma hora, también el fin de semana.',
      'Intenta dormir de siete a nueve horas: cuenta hacia atrás desde tu hora de despertar.',
      'Lee un libro en papel o escucha algo tranquilo en vez de seguir mirando el teléfono.',
      'Apunta las tareas de mañana para quitártelas de la cabeza.',
      'Haz unos estiramientos lentos y suaves para que la espalda se relaje antes de dormir.',
      'Respira despacio durante un minuto: toma aire por la nariz y suéltalo más despacio todavía.',
    ],
    reminders: {
      'wind-down': {
        title: 'Hora de desconectar',
        body: 'Baja las luces, empieza a dejar las pantallas y, si te apetece, prepárate una bebida caliente o un baño.',
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
    ice: [
      'Veinte minutos con hielo, luego veinte minutos sin él, y vuelta a empezar.',
      'Envuelve siempre la bolsa de hielo en un paño o una toalla. Nunca pongas el hielo directamente sobre la piel.',
      'Una bolsa de verduras congeladas envuelta en un paño de cocina funciona muy bien.',
    ],
    heat: [
      'A algunas personas el calor les alivia más que el frío. Usa lo que mejor te funcione.',
      'Usa una almohadilla térmica a temperatura baja, con una capa de tela entre ella y tu piel.',
      '¿No tienes almohadilla térmica? Llena un calcetín limpio con arroz crudo, ciérralo con un nudo y caliéntalo en el microondas de 20 a 30 segundos.',
      'Prueba el calor en la mano antes de ponértelo en la espalda.',
    ],
    notices: {
      'ice-on': {
        title: 'Aplica el hielo',
        body: 'Envuelve antes la bolsa en un paño: nunca directamente sobre la piel.',
      },
      'ice-off': {
        title: 'Retira el hielo y descansa',
        body: 'Quita la bolsa y deja que la piel vuelva a entrar en calor.',
      },
      'heat-on': {
        title: 'Aplica el calor',
        body: 'Mantén un paño o una capa de tela entre el calor y tu piel.',
      },
      'heat-off': {
        title: 'Retira el calor y descansa',
        body: 'Quita la fuente de calor y deja descansar la piel.',
      },
      finished: {
        title: 'Sesión terminada',
        body: 'Era la última ronda. Muévete con suavidad un rato antes de volver a sentarte.',
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
      'La buena técnica, lo primero: mejor movimientos lentos y controlados que mucho peso o mucha velocidad.',
      'Empieza con poco peso y ve sumando poco a poco. Deja cualquier ejercicio que te cause dolor.',
    ],
    yoga: [
      'El yoga es uno de los ejercicios más amables con la espalda: estira y fortalece a la vez.',
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
    braceCaution:
      'Una faja o una venda elástica dan un apoyo que se agradece cuando te duele la espalda, pero si las ' +
      'llevas demasiado tiempo, tus músculos se debilitan. Úsalas solo durante ratos limitados; un recordatorio ' +
      'personalizado puede avisarte de cuándo quitártelas.',
  },
  disclaimer: {
    short: 'Limber ofrece recordatorios generales de bienestar, no consejos médicos.',
    full: [
      'Limber es una app de recordatorios. Ofrece sugerencias generales de bienestar, no consejos médicos, y no ' +
        'sustituye a un médico ni a un fisioterapeuta.',
      'Si el dolor de espalda es fuerte, vuelve una y otra vez o no mejora, consulta a un médico.',
      'Limber nunca recomienda medicamentos ni dosis. Para eso, pregunta a un médico o en la farmacia.',
      'Detén cualquier estiramiento o ejercicio que te cause dolor.',
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
    iceOrHeat: 'El hielo o el calor pueden aliviarte. Mantén un paño entre la bolsa y tu piel.',
    braceOff: {
      title: 'Quítate la faja un rato',
      body: 'Llevar la faja demasiado tiempo debilita los músculos de la espalda. Deja que trabajen; póntela luego si la necesitas.',
    },
    checkIn: {
      question: '¿Cómo está tu espalda hoy?',
      plain:
        'Puntúa tu dolor de 0 (ninguno) a 10, con una palabra si quieres. Solo se guarda en este dispositivo.',
      planDay: ({ day, days }: { day: number; days: number }) =>
        `Día ${day} de ${days} de tu plan para la espalda. Puntúa tu dolor de 0 a 10 y, si te ayuda, pon hielo o calor.`,
    },
    frequent: ({ days, window }: { days: number; window: number }) =>
      `Te ha dolido la espalda ${days} de los últimos ${window} días. Un dolor de espalda que vuelve una y otra vez ` +
      'merece que lo vea un médico o un fisioterapeuta, que pueden averiguar qué lo causa. Esto no es un consejo médico.',
  },
  doctor: {
    title: 'Cuándo ir al médico',
    lead: 'Consulta hoy mismo a un médico si tu dolor de espalda va acompañado de alguno de estos signos:',
    signs: [
      'entumecimiento, hormigueo o debilidad en una pierna o un pie',
      'dificultad para controlar la orina o las heces, o entumecimiento entre las piernas',
      'fiebre, o sentirte mal en general',
      'dolor que empezó después de una caída, un accidente u otra lesión',
      'dolor que te despierta por la noche, o que no se alivia al acostarte y quedarte sin moverte',
    ],
    lasting: 'Si el dolor dura más de unos días o va a peor, también debe revisarlo un médico.',
    disclaimer:
      'Esto no es un consejo médico: Limber no puede saber qué causa tu dolor y nunca sugiere medicamentos.',
  },
} satisfies Catalog['content']
