import { connect } from 'node:tls'

/**
 * A TLS handshake straight to host:port, for the connection check's timing (Node's stack and CA list: when it fails
 * while the app's calls work, the office's CA is in the OS store only, which Chromium uses and Node does not).
 */
export function tlsHandshake(host: string, port: number, timeoutMs = 5000): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port, servername: /^[\d.:]+$/.test(host) ? undefined : host, timeout: timeoutMs }, () => {
      socket.end()
      resolve()
    })
    socket.once('timeout', () => socket.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })))
    socket.once('error', reject)
  })
}
