import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { allChannels } from '../contract/api-map'
import type { Handlers } from '../contract/channels'
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
  return () => allChannels().forEach((channel) => ipcMain.removeHandler(channel))
}

export function senderOf(event: IpcMainInvokeEvent, ourId: number | undefined): SenderInfo {
  const frame = event.senderFrame
  return {
    url: frame?.url ?? '',
    isMainFrame: !!frame && frame.parent === null,
    fromOurWindow: ourId !== undefined && event.sender.id === ourId,
  }
}
