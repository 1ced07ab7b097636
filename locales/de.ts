// Deutsch: informelles „du“ (klein, außer am Satzanfang), ruhig und freundlich, Alltagswörter statt Fachsprache.
// Glossar (ein Begriff je Sache): posture break = Haltungspause; stretch break = Dehnpause; stretch = Dehnung/
// Dehnübung; wind-down = Abschalten („Zeit zum Abschalten“); get ready (for bed) = bettfertig machen; bedtime =
// Schlafenszeit; wake time = Aufstehzeit; snooze = verschieben (Knopf „Später“); pause = pausieren; sore-back plan
// = Rückenschmerz-Plan; check-in = Check-in; ice/heat = Kälte/Wärme (ice pack = Kühlpack, heating pad =
// Heizkissen); brace = Bandage; custom reminder = eigene Erinnerung; core = Rumpf; work hours = Arbeitszeit;
// natural breaks = natürliche Pausen; Don't interrupt = Nicht unterbrechen; full screen = Vollbild; Do Not Disturb =
// Nicht stören (Windows: Fokus-Assistent, macOS: Fokus); not medical advice = keine medizinische Beratung; see a
// doctor = zum Arzt gehen / ärztlich abklären lassen.
import { pluralFor } from '../main/core/i18n/plural'
import type { Catalog } from './catalog'

const plural = pluralFor('de')

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
        'Lass diese Übung aus, wenn beim Vorbeugen Schmerz ins Bein ausstrahlt.',
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
        'Wenn das dein Knie belastet, lass die Übung aus oder leg den Knöchel stattdessen tiefer aufs Schienbein.',
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
      cautions: ['Halte den Rücken gerade, statt nach den Zehen zu greifen.', seatedNote],
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
      cautions: ['Fass hinter den Oberschenkel, nicht oben aufs Knie.'],
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
      cautions: ['Das Knie darf leicht gebeugt bleiben.'],
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
    suggestions: [
      'Dimm das Licht um dich herum; sanftes, gedämpftes Licht zeigt deinem Körper, dass der Tag zu Ende geht.',
      'Fang an, die Bildschirme wegzulegen: Handy, Laptop, Spiele und Fernseher.',
      'Mach dir ein warmes Getränk, etwa einen koffeinfreien Kräutertee oder warme Milch.',
      'Nimm ein warmes Bad oder eine warme Dusche.',
      'Mach dein Schlafzimmer dunkel: Zieh die Vorhänge zu und deck kleine Standby-Lämpchen ab.',
      'Halte das Schlafzimmer kühl und ruhig.',
      'Nimm dir vor, morgen zur selben Zeit aufzustehen – auch am Wochenende.',
      'Plane sieben bis neun Stunden Schlaf ein: Rechne von deiner Aufstehzeit zurück.',
      'Lies ein gedrucktes Buch oder hör etwas Ruhiges, statt zu scrollen.',
      'Schreib die To-dos für morgen auf, damit du den Kopf frei hast.',
      'Mach ein paar langsame, leichte Dehnübungen, damit dein Rücken vor dem Schlafen zur Ruhe kommt.',
      'Atme eine Minute lang langsam: durch die Nase ein und länger wieder aus.',
    ],
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
    ice: [
      'Zwanzig Minuten kühlen, zwanzig Minuten Pause, dann wiederholen.',
      'Wickle das Kühlpack immer in ein Tuch oder Handtuch. Leg Eis nie direkt auf die Haut.',
      'Eine Packung Tiefkühlerbsen, in ein Geschirrtuch gewickelt, eignet sich gut.',
    ],
    heat: [
      'Manche empfinden Wärme als wohltuender als Kälte. Nimm, was dir hilft.',
      'Nimm ein Heizkissen auf niedriger Stufe, mit einer Stoffschicht zwischen Kissen und Haut.',
      'Kein Heizkissen? Füll eine saubere Socke mit trockenem Reis, knote sie zu und wärm sie 20 bis 30 Sekunden in der Mikrowelle.',
      'Prüf die Wärme erst an deiner Hand, bevor du sie auf den Rücken legst.',
    ],
    notices: {
      'ice-on': {
        title: 'Kühlpack auflegen',
        body: 'Wickle es vorher in ein Tuch, nie direkt auf die Haut.',
      },
      'ice-off': {
        title: 'Kühlpack abnehmen – Pause',
        body: 'Nimm das Kühlpack ab und lass deine Haut wieder warm werden.',
      },
      'heat-on': {
        title: 'Wärme auflegen',
        body: 'Lass immer ein Tuch oder eine Stoffschicht zwischen Wärme und Haut.',
      },
      'heat-off': {
        title: 'Wärme abnehmen – Pause',
        body: 'Nimm die Wärme weg und gönn deiner Haut eine Pause.',
      },
      finished: {
        title: 'Geschafft',
        body: 'Das war die letzte Runde. Beweg dich noch ein wenig sanft, bevor du dich wieder hinsetzt.',
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
      'Saubere Ausführung zuerst: Langsame, kontrollierte Bewegungen sind besser als schwere oder schnelle.',
      'Fang leicht an und steigere dich nach und nach. Hör mit jeder Übung auf, die wehtut.',
    ],
    yoga: [
      'Yoga gehört zu den rückenfreundlichsten Sportarten: Es dehnt und kräftigt zugleich.',
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
    braceCaution:
      'Eine Bandage oder ein elastischer Stützgürtel kann einem schmerzenden Rücken angenehm Halt geben. Trägst du ' +
      'so eine Stütze aber zu lange, werden deine Muskeln schwächer. Trag sie nur für begrenzte Zeit; eine eigene ' +
      'Erinnerung kann dir sagen, wann du sie abnehmen solltest.',
  },
  disclaimer: {
    short: 'Limber gibt allgemeine Tipps für dein Wohlbefinden, keine medizinische Beratung.',
    full: [
      'Limber ist eine Erinnerungs-App. Sie gibt allgemeine Tipps für dein Wohlbefinden, keine medizinische ' +
        'Beratung, und ersetzt keine ärztliche oder physiotherapeutische Behandlung.',
      'Wenn deine Rückenschmerzen stark sind, immer wiederkommen oder nicht besser werden, geh bitte zum Arzt.',
      'Limber empfiehlt nie Medikamente oder Dosierungen. Frag dazu in deiner Arztpraxis oder Apotheke.',
      'Brich jede Dehnung oder Übung ab, die Schmerzen verursacht.',
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
    iceOrHeat: 'Kälte oder Wärme können lindern. Lass immer ein Tuch zwischen Kühl- oder Wärmepack und Haut.',
    braceOff: {
      title: 'Nimm die Bandage eine Weile ab',
      body: 'Trägst du sie zu lange, werden deine Rückenmuskeln schwächer. Lass sie arbeiten und leg sie bei Bedarf später wieder an.',
    },
    checkIn: {
      question: 'Wie geht es deinem Rücken heute?',
      plain:
        'Bewerte ihn von 0 (keine Schmerzen) bis 10, gern mit ein paar Worten. Das bleibt auf diesem Computer.',
      planDay: ({ day, days }: { day: number; days: number }) =>
        `Tag ${day} von ${days} deines Rückenschmerz-Plans. Bewerte ihn von 0 bis 10 und nutze Kälte oder Wärme, wenn es hilft.`,
    },
    frequent: ({ days, window }: { days: number; window: number }) =>
      `Dein Rücken hat an ${days} der letzten ${window} Tage wehgetan. Rückenschmerzen, die immer wiederkommen, ` +
      'solltest du ärztlich oder physiotherapeutisch abklären lassen; dort kann man herausfinden, was dahintersteckt. ' +
      'Dies ist keine medizinische Beratung.',
  },
  doctor: {
    title: 'Wann du zum Arzt solltest',
    lead: 'Geh noch heute zum Arzt, wenn zu deinen Rückenschmerzen eines dieser Anzeichen hinzukommt:',
    signs: [
      'Taubheit, Kribbeln oder Schwäche in einem Bein oder Fuß',
      'Probleme, Blase oder Darm zu kontrollieren, oder ein taubes Gefühl zwischen den Beinen',
      'Fieber oder ein allgemeines Krankheitsgefühl',
      'Schmerzen, die nach einem Sturz, einem Unfall oder einer anderen Verletzung begonnen haben',
      'Schmerzen, die dich nachts aufwecken oder nicht nachlassen, wenn du still liegst',
    ],
    lasting:
      'Schmerzen, die länger als ein paar Tage anhalten oder immer schlimmer werden, solltest du ebenfalls ärztlich abklären lassen.',
    disclaimer:
      'Dies ist keine medizinische Beratung: Limber kann nicht erkennen, was deine Schmerzen verursacht, und empfiehlt nie Medikamente.',
  },
} satisfies Catalog['content']
