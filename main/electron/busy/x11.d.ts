// The small part of the `x11` package (a pure-JavaScript X11 client, shipped without types) that the full-screen
// probe's worker (x11-worker.ts) uses.
declare module 'x11' {
  interface X11Property {
    type: number
    format: number
    bytesAfter: number
    data: Buffer
  }
  interface X11Client {
    InternAtom(
      onlyIfExists: boolean,
      name: string,
      callback: (error: Error | null, atom: number) => void,
    ): void
    GetProperty(
      deleteAfter: 0 | 1,
      window: number,
      property: number,
      type: number,
      longOffset: number,
      longLength: number,
      callback: (error: Error | null, property: X11Property) => void,
    ): void
    on(event: 'error', listener: (error: Error) => void): this
    on(event: 'end', listener: () => void): this
    terminate(): void
    stream: { destroy(): void }
  }
  interface X11Display {
    client: X11Client
    screen: { root: number }[]
  }
  export function createClient(
    options: { display?: string; shm?: false; disableBigRequests?: boolean },
    callback: (error: Error | null, display: X11Display) => void,
  ): X11Client
}
