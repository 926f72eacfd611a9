/**
 * The desk API as a map of domain → function → IPC channel. Names only, no schemas, so the sandboxed preload and the
 * E2E bridge can both build `window.desk` from it without pulling in validation code.
 */
export const deskApiMap = {
  app: {
    info: 'desk:app:info',
    setLanguage: 'desk:app:set-language',
    copyText: 'desk:app:copy-text',
  },
  settings: {
    lastLogin: 'desk:settings:last-login',
  },
  platform: {
    sendCode: 'desk:platform:send-code',
    codeStatus: 'desk:platform:code-status',
  },
  registration: {
    submit: 'desk:registration:submit',
    nextCustomer: 'desk:registration:next-customer',
    presence: 'desk:registration:presence',
    printSlip: 'desk:registration:print-slip',
  },
  updates: {
    status: 'desk:updates:status',
    download: 'desk:updates:download',
    restart: 'desk:updates:restart',
  },
  network: {
    check: 'desk:network:check',
    proxyLogin: 'desk:network:proxy-login',
  },
  draft: {
    save: 'desk:draft:save',
    load: 'desk:draft:load',
  },
  staff: {
    current: 'desk:staff:current',
    start: 'desk:staff:start',
    end: 'desk:staff:end',
  },
  journal: {
    today: 'desk:journal:today',
    exportCsv: 'desk:journal:export-csv',
  },
  office: {
    unlock: 'desk:office:unlock',
    lock: 'desk:office:lock',
    values: 'desk:office:values',
    save: 'desk:office:save',
  },
  campaign: {
    get: 'desk:campaign:get',
    set: 'desk:campaign:set',
    clear: 'desk:campaign:clear',
    parseLink: 'desk:campaign:parse-link',
    decide: 'desk:campaign:decide',
  },
} as const

/** Messages main pushes to the window (deep links arriving while the app runs). Listen-only for the renderer. */
export const deskEventMap = {
  campaign: {
    onChanged: 'desk:event:campaign-changed',
  },
  network: {
    onProxyLogin: 'desk:event:proxy-login',
  },
  updates: {
    onStatus: 'desk:event:update-status',
  },
} as const

type Leaves<T> = T extends string ? T : { [K in keyof T]: Leaves<T[K]> }[keyof T]
export type Channel = Leaves<typeof deskApiMap>

export const allChannels = (): Channel[] =>
  Object.values(deskApiMap).flatMap((group) => Object.values(group) as Channel[])
