/**
 * The platform errors' wording (with the platform's code table and the errors' words) is not needed to draw the first
 * screen: it loads with the other screens' words just after (main.ts), or at the first error at the latest.
 */
import { otherScreensReady } from '../i18n'

let wording: Promise<typeof import('./registration')> | undefined
export const loadErrorWording = () => (wording ??= Promise.all([import('./registration'), otherScreensReady()]).then(([module]) => module))
