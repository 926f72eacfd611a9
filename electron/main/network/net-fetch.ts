import { net, type Session } from 'electron'
import { Readable } from 'node:stream'
import type { FetchFn } from '../platform/client'
import { NOT_OFFERED, type ProxyLogin } from './proxy-login'

/**
 * fetch over Electron's `net.request`: Chromium's network stack (system proxy, PAC, OS certificates) as `net.fetch`
 * gives it, plus what `net.fetch` lacks: a proxy's login challenge reaches the clerk (proxy-login.ts) instead of being
 * cancelled. Only proxy challenges: a platform that asked for a login is answered with none. `session`: the session the
 * request goes out on (default: the default session, the platform's); the update feed's requests take the updater's.
 */
export function netFetchWithProxyLogin(proxyLogin: ProxyLogin, session?: () => Promise<Session>): FetchFn {
  return async (input, init) => {
    const on = session ? { session: await session() } : {}
    const request = new Request(input, init)
    const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined
    return new Promise<Response>((resolve, reject) => {
      const req = net.request({ method: request.method, url: request.url, redirect: request.redirect === 'follow' ? 'follow' : 'manual', useSessionCookies: false, ...on })
      let tries = 0
      /** this call went out with a login the clerk gave: once it ends, "never" lets Chromium's copy go */
      let answered = false
      let ended = false
      /**
       * Every way the call ends: an answer, a redirect, an error, and an abort (a deadline, the caller's signal), which
       * Electron reports with 'abort'/'close' only, never 'error' (Chromium cached the login all the same).
       */
      const done = () => {
        if (ended) return
        ended = true
        if (answered) void proxyLogin.used()
      }
      req.on('login', (authInfo, callback) => {
        if (!authInfo.isProxy) return callback()
        const challenge = { host: authInfo.host, port: authInfo.port, realm: authInfo.realm, scheme: authInfo.scheme }
        void proxyLogin.credentialsFor(challenge, tries++ > 0).then((c) => {
          if (c === NOT_OFFERED) {
            callback()
            req.abort()
            reject(Object.assign(new Error('The proxy asks for a login; ask IT'), { code: 'ERR_PROXY_LOGIN_NOT_OFFERED' }))
          } else if (c && !ended) {
            answered = true
            callback(c.username, c.password)
          } else callback()
        })
      })
      // fetch's "manual": the 3xx itself is the answer (the client reports it as an HTTP error)
      req.on('redirect', (status, _method, _url, headers) => {
        done()
        req.abort()
        resolve(new Response(null, { status, headers: toHeaders(headers) }))
      })
      req.on('response', (response) => {
        done()
        const empty = [101, 204, 205, 304].includes(response.statusCode) || request.method === 'HEAD'
        const stream = empty ? null : (Readable.toWeb(response as unknown as Readable) as ReadableStream)
        resolve(new Response(stream, { status: response.statusCode, statusText: response.statusMessage, headers: toHeaders(response.headers) }))
      })
      req.on('error', (error) => {
        done()
        reject(error)
      })
      // ended without an answer by anyone else (Electron itself, the session going away): the call fails, never hangs
      const closed = () => {
        done()
        reject(Object.assign(new Error('The request ended without an answer'), { code: 'ERR_ABORTED' }))
      }
      req.on('abort', closed)
      req.on('close', closed)
      request.signal.addEventListener('abort', () => {
        req.abort()
        done()
        reject(request.signal.reason)
      }, { once: true })
      for (const [name, value] of request.headers) req.setHeader(name, value)
      if (body) req.write(body)
      req.end()
    })
  }
}

function toHeaders(raw: Record<string, string | string[]>): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(raw)) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  return headers
}
