import type { Server } from 'node:http'
import type { Socket } from 'node:net'

export interface Closer {
  /**
   * Stops taking connections and resolves once the server is closed: requests in flight are
   * answered, connections with none are closed now, and whatever is still open after `graceMs`
   * (a request stalled mid-upload) is cut.
   */
  close(graceMs: number): Promise<void>
}

/**
 * Tracks which connections are serving a request, so that closing the server does not wait on
 * those that are not. Node's `server.close()` waits for every connection, and its
 * `closeIdleConnections()` leaves out one that never carried a request: a browser opens such
 * connections ahead of need, and one of them held a closing server open for minutes.
 */
export function trackConnections(server: Server): Closer {
  const inFlight = new Map<Socket, number>()
  let closing = false

  server.on('connection', (socket: Socket) => {
    inFlight.set(socket, 0)
    socket.once('close', () => inFlight.delete(socket))
  })
  server.on('request', (request, response) => {
    const socket = request.socket
    inFlight.set(socket, (inFlight.get(socket) ?? 0) + 1)
    response.once('close', () => {
      const left = (inFlight.get(socket) ?? 1) - 1
      inFlight.set(socket, left)
      if (closing && left === 0) socket.destroySoon()
    })
  })

  return {
    close(graceMs) {
      closing = true
      const closed = new Promise<void>((done) => server.close(() => done()))
      for (const [socket, requests] of inFlight) if (requests === 0) socket.destroySoon()
      const cut = setTimeout(() => server.closeAllConnections(), graceMs)
      cut.unref()
      return closed.finally(() => clearTimeout(cut))
    },
  }
}
