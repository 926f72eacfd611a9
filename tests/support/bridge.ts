import type { Page } from '@playwright/test'
import { deskApiMap, deskEventMap } from '@contract/api-map'
import { buildDesk } from '@contract/build-desk'
import type { SenderInfo } from '../../electron/main/dispatch'

export type Dispatch = (channel: string, sender: SenderInfo, payload: unknown) => Promise<unknown>

/**
 * Stands in for the preload: `window.desk` is built in the page by the same `buildDesk` the preload uses, and each
 * call crosses into this test process through `page.exposeBinding`, where main's real dispatcher (sender check,
 * schema validation, handlers, services) answers it. Values cross as JSON, as they cross IPC as structured clones.
 */
export async function installBridge(page: Page, dispatch: Dispatch): Promise<void> {
  await page.exposeBinding('__deskInvoke', async (source, channel: string, payload: unknown) =>
    dispatch(
      channel,
      {
        url: source.frame.url(),
        isMainFrame: source.frame === source.page.mainFrame(),
        fromOurWindow: source.page === page,
      },
      payload,
    ),
  )
  await page.addInitScript({
    content: `(() => {
      const invoke = window.__deskInvoke;
      delete window.__deskInvoke;
      const listeners = new Map();
      // the test process pushes main's events through this, as webContents.send would
      Object.defineProperty(window, '__deskPush', {
        value: (channel, payload) => (listeners.get(channel) || []).slice().forEach((l) => l(payload)),
      });
      const subscribe = (channel, listener) => {
        listeners.set(channel, [...(listeners.get(channel) || []), listener]);
        return () => listeners.set(channel, (listeners.get(channel) || []).filter((l) => l !== listener));
      };
      ${defineDesk('(channel, payload) => invoke(channel, payload)', 'subscribe')}
    })();`,
  })
}

/**
 * Page-side source that defines `window.desk` as the preload does (the same `buildDesk` over the API map), calling the
 * `invoke` and `subscribe` expressions given (JavaScript source, evaluated in the page).
 */
export const defineDesk = (invoke: string, subscribe: string): string => `Object.defineProperty(window, 'desk', {
        value: (${buildDesk.toString()})(${JSON.stringify(deskApiMap)}, ${JSON.stringify(deskEventMap)}, ${invoke}, ${subscribe}),
        enumerable: true,
      });`

/** Delivers an event from main to the page, as `webContents.send` does in the app. */
export async function pushEvent(page: Page, channel: string, payload: unknown): Promise<void> {
  await page.evaluate(([c, p]) => (window as unknown as { __deskPush: (c: string, p: unknown) => void }).__deskPush(c, p), [channel, payload] as const)
}
