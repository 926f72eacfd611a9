import type { AppDriver } from './driver'

export interface Journey {
  name: string
  run: (driver: AppDriver) => Promise<void>
}

export const journey = (name: string, run: Journey['run']): Journey => ({ name, run })
