/**
 * Who is at the desk this shift: attribution, not authentication (no password). Kept in main's memory only; a
 * restart asks again. When a shift ends (or another clerk's starts without it), what was the clerk's goes with it:
 * the office proxy login they typed, a campaign that served one customer or a link still waiting (services.ts).
 */
export function createStaffSession(options: { ended?: () => Promise<void> } = {}) {
  let staffId: string | undefined
  const end = async () => {
    staffId = undefined
    await options.ended?.()
  }
  return {
    current: () => staffId,
    async start(id: string): Promise<void> {
      if (staffId !== undefined && staffId !== id.trim()) await end()
      staffId = id.trim()
    },
    end,
  }
}

export type StaffSession = ReturnType<typeof createStaffSession>
