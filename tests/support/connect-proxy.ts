import { createServer, type Server } from 'node:http'
import { connect, type Socket } from 'node:net'

/**
 * An office proxy on 127.0.0.1: answers HTTP CONNECT by tunnelling to the target, records every target, and can
 * require a login (Proxy-Authorization: Basic) as many office proxies do. The stand-in for a real proxy (Squid, a
 * gateway appliance, PAC); only the real thing confirms Chromium's NTLM/Kerberos negotiation.
 */
export async function connectProxy(options: { login?: { user: string; password: string } } = {}) {
  const targets: string[] = []
  const sockets = new Set<Socket>()
  const server: Server = createServer((_req, res) => res.writeHead(405).end())
  server.on('connect', (req, client: Socket, head: Buffer) => {
    sockets.add(client)
    client.on('close', () => sockets.delete(client))
    client.on('error', () => client.destroy())
    if (options.login) {
      const expected = `Basic ${Buffer.from(`${options.login.user}:${options.login.password}`).toString('base64')}`
      if (req.headers['proxy-authorization'] !== expected) {
        client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="office"\r\n\r\n')
        return
      }
    }
    const target = req.url ?? ''
    targets.push(target)
    const [host, port] = target.split(':')
    const upstream = connect(Number(port), host!, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length) upstream.write(head)
      upstream.pipe(client).pipe(upstream)
    })
    sockets.add(upstream)
    upstream.on('close', () => sockets.delete(upstream))
    upstream.on('error', () => client.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return {
    url: `http://127.0.0.1:${port}`,
    targets,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      }),
  }
}
