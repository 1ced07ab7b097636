// Reads what PulseAudio (or PipeWire's pipewire-pulse, which answers the same) says about recording streams
// (pure): `pactl list source-outputs` lists every stream that records, `pactl list short sources` names the
// sources they record from. A microphone is in use when an uncorked stream records from a real source (not a
// sink's ".monitor", which records what the speakers play) and is not a volume meter.

/** One recording stream ("Source Output #N" in pactl's listing). */
export interface SourceOutput {
  index: number
  /** The index of the source it records from. */
  source: number
  /** A paused (corked) stream records nothing. */
  corked: boolean
  properties: Record<string, string>
}

/** Splits `pactl list source-outputs` (LC_ALL=C) into its streams. */
export function parseSourceOutputs(text: string): SourceOutput[] {
  const outputs: SourceOutput[] = []
  for (const block of text.split(/^(?=Source Output #\d+)/m)) {
    const header = /^Source Output #(\d+)/.exec(block)
    if (!header) continue
    const field = (name: string) => new RegExp(`^\\t${name}: (.*)$`, 'm').exec(block)?.[1]
    const source = Number.parseInt(field('Source') ?? '', 10)
    if (!Number.isInteger(source)) throw new Error(`pactl's source output #${header[1]} names no source`)
    const properties: Record<string, string> = {}
    for (const [, key, value] of block.matchAll(/^\t\t([\w.-]+) = "(.*)"$/gm)) {
      if (key !== undefined && value !== undefined) properties[key] = value
    }
    outputs.push({ index: Number(header[1]), source, corked: field('Corked') === 'yes', properties })
  }
  return outputs
}

/** The sources of `pactl list short sources` ("index<TAB>name<TAB>driver…"), as index → name. */
export function parseShortSources(text: string): Map<number, string> {
  const sources = new Map<number, string>()
  for (const line of text.split('\n')) {
    const [index, name] = line.split('\t')
    if (index && name && /^\d+$/.test(index)) sources.set(Number(index), name)
  }
  return sources
}

/** Volume meters record a little to draw a level, not to listen (pavucontrol, GNOME's sound settings). */
const METERS = {
  mediaName: 'Peak detect',
  applicationIds: ['org.PulseAudio.pavucontrol', 'org.gnome.VolumeControl'],
}

/** The applications recording from a microphone now (by name), leaving out this process (`ownPid`). */
export function microphoneUsers(sourceOutputs: string, shortSources: string, ownPid: number): string[] {
  const names = parseShortSources(shortSources)
  return parseSourceOutputs(sourceOutputs)
    .filter((output) => {
      const name = names.get(output.source)
      const props = output.properties
      if (output.corked || name === undefined || name.endsWith('.monitor')) return false
      if (props['media.name'] === METERS.mediaName) return false
      if (METERS.applicationIds.includes(props['application.id'] ?? '')) return false
      return props['application.process.id'] !== String(ownPid)
    })
    .map((output) => output.properties['application.name'] ?? `stream #${output.index}`)
}
