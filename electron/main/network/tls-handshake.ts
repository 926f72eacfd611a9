/**
 * A TLS handshake straight to host:port, for the connection check's timing (Node's stack and CA list: when it fails
 * while the app's calls work, the office's CA is in the OS store only, which Chromium uses and Node does not).
 */
export async function tlsHandshake(host: string, port: number, timeoutMs = 5000): Promise<void> {
  // loaded when the check runs: node:tls (and net, streams) are not needed for the app's start
  const { connect } = await import('node:tls')
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port, servername: /^[\d.:]+$/.test(host) ? undefined : host, timeout: timeoutMs }, () => {
      socket.end()
      resolve()
    })
    socket.once('timeout', () => socket.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })))
    socket.once('error', reject)
  })
}
