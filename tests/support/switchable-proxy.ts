import { createServer, connect, type Server, type Socket } from 'node:net'

/**
 * A TCP relay on 127.0.0.1 in front of the sandbox that can stop listening, so the app meets a real
 * "connection refused" and then a platform that is back, on the same address.
 */
export async function switchableProxy(targetPort: number): Promise<{ port: number; refuse(): Promise<void>; restore(): Promise<void>; close(): Promise<void> }> {
  const sockets = new Set<Socket>()
  let server: Server | undefined
  let port = 0

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      if (server) return resolve() // already accepting
      server = createServer((client) => {
        const upstream = connect(targetPort, '127.0.0.1')
        for (const s of [client, upstream]) {
          sockets.add(s)
          s.on('close', () => sockets.delete(s))
          s.on('error', () => {
            client.destroy()
            upstream.destroy()
          })
        }
        client.pipe(upstream).pipe(client)
      })
      server.once('error', reject)
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as { port: number }).port
        resolve()
      })
    })

  const stop = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy()
      if (!server) return resolve()
      server.close(() => resolve())
      server = undefined
    })

  await listen()
  return { port, refuse: stop, restore: listen, close: stop }
}
