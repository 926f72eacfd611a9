import type { Journey } from './define'
import { shellJourneys } from './shell.journey'

/** Every user journey; both the browser tier and the Electron tier run this list. */
export const allJourneys: Journey[] = [...shellJourneys]
