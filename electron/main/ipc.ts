import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { allChannels } from '@contract/api-map'
import type { Handlers } from '@contract/channels'
import { createDispatcher, type DispatchLog, type SenderCheck, type SenderInfo } from './dispatch'

/**
 * The only place that touches ipcMain (lint enforces it). Each channel is registered through the one dispatcher,
 * which checks the sender, validates the payload and turns errors into values.
 */
export function registerIpc(
  handlers: Handlers,
  isTrusted: SenderCheck,
  ourWebContentsId: () => number | undefined,
  log?: DispatchLog,
): () => void {
  const dispatch = createDispatcher(handlers, isTrusted, log)
  for (const channel of allChannels()) {
    ipcMain.handle(channel, (event, payload: unknown) => dispatch(channel, senderOf(event, ourWebContentsId()), payload))
  }
  removeStrayListeners(log)
  return () => allChannels().forEach((channel) => ipcMain.removeHandler(channel))
}

/**
 * Raw `ipcMain.on` listeners bypass the dispatcher (no sender check, no schema). electron-store adds one when it is
 * constructed ('electron-store-get-data': the data-folder path and app version, for any frame that asks); it is an
 * `.on` listener, so `removeHandler` would not remove it, and electron-store never adds it again in this process.
 * Called at registration and again in the turn the store is constructed (service-start.ts `storeOpened`), before any
 * message can reach it. Anything else found is removed too, and logged.
 */
const libraryChannels = ['electron-store-get-data']
export function removeStrayListeners(log?: DispatchLog): void {
  for (const channel of new Set([...libraryChannels, ...ipcMain.eventNames().map(String)])) {
    if (ipcMain.listenerCount(channel) === 0) continue
    ipcMain.removeAllListeners(channel)
    if (!libraryChannels.includes(channel)) log?.warn('ipc.stray-listener-removed', { channel })
  }
}

function senderOf(event: IpcMainInvokeEvent, ourId: number | undefined): SenderInfo {
  const frame = event.senderFrame
  return {
    url: frame?.url ?? '',
    isMainFrame: !!frame && frame.parent === null,
    fromOurWindow: ourId !== undefined && event.sender.id === ourId,
  }
}
