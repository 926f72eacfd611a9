import * as v from 'valibot'
import type { Channel } from '@contract/api-map'
import { allChannels } from '@contract/api-map'
import { channelSchema, type Handlers } from '@contract/channels'
import type { DeskError, DeskResult } from '@contract/result'

/** What main knows about the frame that sent a message. */
export interface SenderInfo {
  url: string
  isMainFrame: boolean
  /** true when the message came from the one window main created */
  fromOurWindow: boolean
}

export type SenderCheck = (sender: SenderInfo) => boolean

export interface DispatchLog {
  warn(event: string, fields: Record<string, string | number | boolean | undefined>): void
}

const knownChannels = new Set<string>(allChannels())

/**
 * The body of the single `handle()` wrapper, kept free of Electron so the E2E bridge and the fuzzers run the very
 * same checks: (1) the sender must be our window's main frame on our bundle, (2) the payload must pass the channel's
 * schema, (3) anything thrown becomes a typed `internal` error. Nothing throws out of here.
 */
export function createDispatcher(handlers: Handlers, isTrustedSender: SenderCheck, log?: DispatchLog) {
  return async function dispatch(channel: string, sender: SenderInfo, payload: unknown): Promise<DeskResult<unknown>> {
    if (!knownChannels.has(channel)) {
      return failWith({ kind: 'validation', code: 'UNKNOWN_CHANNEL', message: 'Unknown channel' })
    }
    let trusted = false
    try {
      trusted = isTrustedSender(sender)
    } catch {
      trusted = false
    }
    if (!trusted) {
      log?.warn('ipc.rejected-sender', { channel, url: safeOrigin(sender?.url) })
      return failWith({ kind: 'forbidden', code: 'UNTRUSTED_SENDER', message: 'Sender is not the application window' })
    }
    const schema: v.GenericSchema = channelSchema(channel as Channel)
    const parsed = v.safeParse(schema, payload)
    if (!parsed.success) {
      return failWith({
        kind: 'validation',
        code: 'INVALID_PAYLOAD',
        message: 'The request did not match what this channel accepts',
        issues: parsed.issues.slice(0, 20).map((issue) => ({
          path: v.getDotPath(issue) ?? '',
          message: issue.message,
        })),
      })
    }
    try {
      const handler = handlers[channel as Channel] as (input: unknown) => Promise<DeskResult<unknown>>
      const result = await handler(parsed.output)
      return result
    } catch (error) {
      log?.warn('ipc.handler-threw', { channel, error: error instanceof Error ? error.name : typeof error })
      return failWith({ kind: 'internal', code: 'INTERNAL', message: 'Unexpected error in the application' })
    }
  }
}

const failWith = (error: DeskError): DeskResult<never> => ({ ok: false, error })

/** Only the origin reaches a log: a URL could carry a query with personal data. */
function safeOrigin(url: unknown): string {
  if (typeof url !== 'string') return 'none'
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'file:' ? 'file:' : parsed.origin
  } catch {
    return 'unparseable'
  }
}

/**
 * Every channel's handler, answering once `ready` gives the real ones: main registers its channels before its window
 * and starts its services just after it (service-start.ts), so a call the window makes first waits for them instead
 * of finding no handler. The dispatcher's sender check and schema still run first, services or not.
 */
export function handlersWhenReady(ready: Promise<Handlers>): Handlers {
  // a failed start is reported by whoever awaits it (index.ts); each call then answers INTERNAL through the dispatcher
  ready.catch(() => undefined)
  const waiting = (channel: Channel) => async (input: unknown) => ((await ready)[channel] as (input: unknown) => Promise<DeskResult<unknown>>)(input)
  return Object.fromEntries(allChannels().map((channel) => [channel, waiting(channel)])) as unknown as Handlers
}
