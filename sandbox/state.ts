import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'

export interface Customer {
  id: number
  customerNo: string
  companyId: string
  type: 1 | 2
  email?: string
  phone?: string
  phoneArea?: string
  country: string
  openAccountType: number
  customerGroupId: number
  registerSource: number
  registerTime: number
  hasPassword: boolean
  utm: Record<string, string>
  thirdServerCode?: string
  thirdServerSource?: string
  status: 'active' | 'pending-review'
}

export interface Ticket {
  token: string
  companyId: string
  bizType: string
  toUser: string
  code: string
  createdAt: number
  wrongTries: number
  state: 'open' | 'used' | 'invalidated'
}

export interface StateData {
  seq: number
  customers: Customer[]
  tickets: Ticket[]
  /** `${companyId}|${bizType}|${toUser}` → send times (ms) */
  sends: Record<string, number[]>
}

const empty = (): StateData => ({ seq: 0, customers: [], tickets: [], sends: {} })

/** In-memory state, optionally mirrored to a JSON file so a practice session survives a restart. */
export class SandboxState {
  data: StateData

  constructor(private readonly file?: string) {
    this.data = empty()
    if (file && existsSync(file)) {
      try {
        this.data = { ...empty(), ...(JSON.parse(readFileSync(file, 'utf8')) as Partial<StateData>) }
      } catch {
        renameSync(file, `${file}.corrupt-${Date.now()}`)
      }
    }
  }

  save(): void {
    if (!this.file) return
    const tmp = `${this.file}.tmp`
    writeFileSync(tmp, JSON.stringify(this.data, null, 1))
    renameSync(tmp, this.file)
  }

  nextId(): number {
    this.data.seq += 1
    return this.data.seq
  }

  findCustomer(companyId: string, by: { email?: string; phone?: string; phoneArea?: string }): Customer | undefined {
    return this.data.customers.find(
      (c) =>
        c.companyId === companyId &&
        ((by.email !== undefined && c.email === by.email) ||
          (by.phone !== undefined && c.phone === by.phone && c.phoneArea === by.phoneArea)),
    )
  }

  reset(): void {
    this.data = empty()
    this.save()
  }
}
