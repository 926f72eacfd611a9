import type { AppDriver } from './driver'

export interface Journey {
  name: string
  run: (driver: AppDriver) => Promise<void>
  /** development environment for this journey's app (e.g. a short resend interval) */
  env?: Record<string, string>
}

export const journey = (name: string, run: Journey['run'], env?: Record<string, string>): Journey => ({ name, run, env })
