import { campaignJourneys } from './campaign.journey'
import { codeJourneys } from './code.journey'
import type { Journey } from './define'
import { faultMatrixJourneys } from './fault-matrix.journey'
import { formBehaviourJourneys } from './form-behaviour.journey'
import { localFaultJourneys } from './local-faults.journey'
import { recoveryJourneys } from './recovery.journey'
import { desktopJourneys } from './desktop.journey'
import { handoffJourneys } from './handoff.journey'
import { networkJourneys } from './network.journey'
import { officeJourneys } from './office.journey'
import { registerJourneys } from './register.journey'
import { shellJourneys } from './shell.journey'
import { termsJourneys } from './terms.journey'
import { updateJourneys } from './updates.journey'
import { zhHkJourneys } from './zh-hk.journey'

/** Every user journey; both the browser tier and the Electron tier run this list. */
export const allJourneys: Journey[] = [...shellJourneys, ...registerJourneys, ...codeJourneys, ...formBehaviourJourneys, ...campaignJourneys, ...officeJourneys, ...handoffJourneys, ...networkJourneys, ...updateJourneys, ...faultMatrixJourneys, ...localFaultJourneys, ...recoveryJourneys, ...desktopJourneys, ...zhHkJourneys, ...termsJourneys]
