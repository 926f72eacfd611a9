/**
 * Who is at the desk this shift: attribution, not authentication (no password). Kept in main's memory only; a
 * restart asks again.
 */
export function createStaffSession() {
  let staffId: string | undefined
  return {
    current: () => staffId,
    start: (id: string) => void (staffId = id.trim()),
    end: () => void (staffId = undefined),
  }
}

export type StaffSession = ReturnType<typeof createStaffSession>
