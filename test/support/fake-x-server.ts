// A hostile X server for the X11 probe's tests: it listens on TCP (display 127.0.0.1:N) and answers the connection
// setup as the X protocol lays it out, then misbehaves as asked: a setup reply whose resource-id mask is 0 (the
// `x11` client then loops for ever looking for the mask's lowest bit), or a reply to the first request that claims
// 32 MB and streams them.
import { createServer, type Socket } from 'node:net'

export type Misbehaviour = 'mask-0' | 'flood'

export interface FakeXServer {
  /** DISPLAY for a client: TCP to this server. */
  display: string
  /** Bytes the server managed to hand to the connection before the client dropped it. */
  sent(): number
  /** Resolves once the setup reply went out: from then on a client fed the mask-0 reply is looping. */
  setUp: Promise<void>
  /** Resolves once the client's connection is closed (by the client, or its thread ending). */
  closed: Promise<void>
  stop(): Promise<void>
}

export const FLOOD_BYTES = 32 * 1024 * 1024

export async function startFakeXServer(misbehaviour: Misbehaviour): Promise<FakeXServer> {
  let sent = 0
  let closedNow = () => {}
  const closed = new Promise<void>((resolve) => (closedNow = resolve))
  let setUpNow = () => {}
  const setUp = new Promise<void>((resolve) => (setUpNow = resolve))
  const connections = new Set<Socket>()
  const server = createServer((socket) => {
    connections.add(socket)
    socket.on('error', () => {})
    socket.on('close', () => {
      connections.delete(socket)
      closedNow()
    })
    let stage: 'hello' | 'requests' | 'flooding' = 'hello'
    socket.on('data', () => {
      if (stage === 'hello') {
        stage = 'requests'
        socket.write(setupReply(misbehaviour === 'mask-0' ? 0 : 0x001fffff), () => setUpNow())
      } else if (stage === 'requests' && misbehaviour === 'flood') {
        stage = 'flooding'
        void flood(socket, (bytes) => (sent += bytes))
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('the fake X server has no port')
  return {
    display: `127.0.0.1:${address.port - 6000}`,
    sent: () => sent,
    setUp,
    closed,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of connections) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

/** A successful setup reply, little-endian: one screen (root window 0x100), no pixmap formats, no depths. */
function setupReply(resourceMask: number): Buffer {
  const vendor = Buffer.from('fake')
  const fixed = Buffer.alloc(40)
  fixed.writeUInt8(1, 0) // Success
  fixed.writeUInt16LE(11, 2) // protocol 11.0
  fixed.writeUInt16LE((32 + vendor.length + 40) / 4, 6) // what follows these 8 bytes, in 4-byte units
  fixed.writeUInt32LE(0x00400000, 12) // resource-id base
  fixed.writeUInt32LE(resourceMask, 16)
  fixed.writeUInt16LE(vendor.length, 24)
  fixed.writeUInt16LE(0xffff, 26) // maximum request length
  fixed.writeUInt8(1, 28) // screens
  fixed.writeUInt8(0, 29) // pixmap formats
  fixed.writeUInt8(8, 34) // min keycode
  fixed.writeUInt8(255, 35) // max keycode
  const screen = Buffer.alloc(40)
  screen.writeUInt32LE(0x100, 0) // root
  screen.writeUInt16LE(1280, 20)
  screen.writeUInt16LE(800, 22)
  screen.writeUInt8(24, 38) // root depth
  return Buffer.concat([fixed, vendor, screen])
}

/** A reply to request 1 that says it is 32 MB long, then the 32 MB, as fast as the client takes them. */
async function flood(socket: Socket, counted: (bytes: number) => void): Promise<void> {
  const header = Buffer.alloc(32)
  header.writeUInt8(1, 0) // Reply
  header.writeUInt16LE(1, 2) // sequence number 1
  header.writeUInt32LE((FLOOD_BYTES - 32) / 4, 4) // length beyond 32 bytes, in 4-byte units
  const chunk = Buffer.alloc(64 * 1024)
  let left = FLOOD_BYTES
  let next: Buffer = header
  while (left > 0 && !socket.destroyed) {
    const accepted = socket.write(next)
    counted(next.length)
    left -= next.length
    next = chunk.subarray(0, Math.min(chunk.length, left))
    if (!accepted) {
      await new Promise<void>((resolve) => {
        socket.once('drain', resolve)
        socket.once('close', resolve)
      })
    }
  }
}
