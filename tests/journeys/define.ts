import type { AppDriver } from './driver'

export interface JourneySetup {
  /** development environment for this journey's app (e.g. a short resend interval) */
  env?: Record<string, string>
  /** an office.json the app starts with, as a per-office installer would ship it */
  preset?: Record<string, unknown>
  /** talk to a separately started sandbox behind a switchable relay (for refused connections), not the embedded one */
  externalPlatform?: boolean
  /** the office's update feed (https, private CA) offering this version, with the preset's policy; the app is 0.1.0 */
  updateFeed?: { policy: 'auto' | 'notify'; offers: string; swapInstaller?: boolean; signedFor?: { office?: string }; blockPending?: boolean }
  /** a long walk (every screen at every size with axe): the runner gives it six minutes */
  slow?: boolean
  /** main's facts say "packaged", as an installed build's do (the configuration still comes from the development layers) */
  packagedFacts?: boolean
}

export interface Journey extends JourneySetup {
  name: string
  run: (driver: AppDriver) => Promise<void>
}

export const journey = (name: string, run: Journey['run'], setup: JourneySetup = {}): Journey => ({ name, run, ...setup })
