import { randomBytes, randomInt, randomUUID } from 'node:crypto'
import { codeBizTypes, Codes } from '@contract/platform'
import { kycLevels } from './kyc'
import type { SandboxRules } from './rules'
import type { Customer, SandboxState, Ticket } from './state'

export interface Answer {
  code: string
  msgParams?: string[]
  data?: unknown
}

export interface CallContext {
  companyId: string
  lang: string
  now: number
}

export type Body = Record<string, unknown>

const emailPattern = /^[^\s@]{1,64}@[^\s@]{1,190}\.[A-Za-z]{2,24}$/
const phonePattern = /^\d{5,15}$/
const areaPattern = /^\+?\d{1,4}$/
const md5Pattern = /^[0-9a-f]{32}$/
const utmKeys = ['utmSource', 'utmMedium', 'utmCampaign', 'utmContent', 'utmTerm'] as const

const missing = (field: string): Answer => ({ code: Codes.illegalParams, msgParams: [field] })
const str = (v: unknown): v is string => typeof v === 'string' && v.length > 0
const int = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v)
const bareArea = (area: string) => area.replace(/^\+/, '')

/**
 * The platform's business rules for checkStatus, verifyCodeSend and register, as contract.md describes them.
 * Pure logic over SandboxState: the HTTP layer handles headers, faults and idempotency.
 */
export class SandboxPlatform {
  /** every session token handed out (tests check none of them is ever stored by the app) */
  readonly issuedSessionTokens: string[] = []

  constructor(
    readonly state: SandboxState,
    readonly rules: SandboxRules,
    private readonly onCode: (ticket: Ticket) => void = () => {},
  ) {}

  checkStatus(body: Body, ctx: CallContext): Answer {
    if (!int(body.type) || (body.type !== 1 && body.type !== 2)) return missing('type')
    if (!str(body.loginName)) return missing('loginName')
    const login = this.loginOf(body.type, body.loginName, body.phoneArea)
    if ('code' in login) return login
    if (this.rules.disabledLogins.includes(body.loginName.toLowerCase())) return { code: Codes.success, data: { status: -1 } }
    const found = this.state.findCustomer(ctx.companyId, login)
    return { code: Codes.success, data: { status: found ? 1 : 2 } }
  }

  sendCode(body: Body, ctx: CallContext): Answer {
    const bizType = body.bizType
    if (bizType !== codeBizTypes.email && bizType !== codeBizTypes.sms) return missing('bizType')
    if (!str(body.toUser)) return missing('toUser')
    if (!str(body.country)) return missing('country')
    const toUser = bizType === codeBizTypes.email ? body.toUser.trim().toLowerCase() : body.toUser.trim()
    if (bizType === codeBizTypes.email && !emailPattern.test(toUser)) return { code: Codes.emailMalformed }
    if (bizType === codeBizTypes.sms) {
      const match = /^(\d{1,4}) (\d{5,15})$/.exec(toUser)
      if (!match) return { code: Codes.phoneMalformed }
    }
    const key = `${ctx.companyId}|${bizType}|${toUser}`
    const recent = (this.state.data.sends[key] ?? []).filter((t) => ctx.now - t < this.rules.sendWindowMs)
    const last = recent[recent.length - 1]
    if (last !== undefined && ctx.now - last < this.rules.resendIntervalMs) {
      return { code: Codes.tooFrequent, msgParams: [String(Math.ceil((this.rules.resendIntervalMs - (ctx.now - last)) / 1000))] }
    }
    if (recent.length >= this.rules.sendsPerWindow) {
      const wait = Math.ceil((this.rules.sendWindowMs - (ctx.now - recent[0]!)) / 1000)
      return { code: Codes.tooFrequent, msgParams: [String(wait)] }
    }
    this.state.data.sends[key] = [...recent, ctx.now]
    const ticket: Ticket = {
      token: randomBytes(16).toString('hex'),
      companyId: ctx.companyId,
      bizType,
      toUser,
      code: String(randomInt(0, 10 ** this.rules.codeLength)).padStart(this.rules.codeLength, '0'),
      createdAt: ctx.now,
      wrongTries: 0,
      state: 'open',
    }
    this.state.data.tickets.push(ticket)
    this.state.save()
    this.onCode(ticket)
    return { code: Codes.success, data: { token: ticket.token } }
  }

  register(body: Body, ctx: CallContext): Answer {
    if (this.rules.demoCompanyIds.includes(ctx.companyId)) return { code: Codes.demoCompany }
    for (const field of ['country', 'loginName', 'verifyCode', 'sendToken'] as const) {
      if (!str(body[field])) return missing(field)
    }
    if (!int(body.type) || body.type < 1 || body.type > 2) return missing('type')
    if (!int(body.registerSource) || body.registerSource < 1 || body.registerSource > 9) return missing('registerSource')
    for (const field of ['customerGroupId', 'openAccountType'] as const) {
      if (body[field] !== undefined && !int(body[field])) return missing(field)
    }
    for (const field of ['lang', 'registerDevice', 'pwd', 'thirdServerCode', 'thirdServerSource', 'phoneArea', ...utmKeys]) {
      if (body[field] !== undefined && typeof body[field] !== 'string') return missing(field)
    }
    const loginName = body.loginName as string
    const login = this.loginOf(body.type, loginName, body.phoneArea)
    if ('code' in login) return login

    if (body.pwd !== undefined) {
      if (!md5Pattern.test(body.pwd as string)) return missing('pwd')
      if (this.rules.weakPasswordDigests.includes(body.pwd as string)) return { code: Codes.passwordWeak }
    }
    const openAccountType = (body.openAccountType as number | undefined) ?? 0
    if (openAccountType !== 0 && openAccountType !== 1) return missing('openAccountType')
    const country = (body.country as string).toUpperCase()
    if (openAccountType === 1 && this.rules.enterpriseBlockedCountries.includes(country)) {
      return { code: Codes.enterpriseNotAllowed }
    }
    const group = this.checkGroup(body)
    if ('code' in group) return group

    const existing = this.state.findCustomer(ctx.companyId, login)
    if (existing) {
      return login.email
        ? { code: Codes.emailExists, msgParams: [login.email] }
        : { code: Codes.phoneExists, msgParams: [`+${login.phoneArea} ${login.phone}`] }
    }

    const verdict = this.checkCode(body, login, ctx)
    if (verdict) return verdict

    const review = openAccountType === 1 && this.rules.reviewEnterprise
    const id = this.state.nextId()
    const customer: Customer = {
      id,
      customerNo: `${8_000_000 + id}`,
      companyId: ctx.companyId,
      type: body.type as 1 | 2,
      email: login.email,
      phone: login.phone,
      phoneArea: login.phoneArea,
      country,
      openAccountType,
      customerGroupId: group.id,
      registerSource: body.registerSource,
      registerTime: ctx.now,
      hasPassword: body.pwd !== undefined,
      utm: Object.fromEntries(utmKeys.filter((k) => str(body[k])).map((k) => [k, body[k] as string])),
      thirdServerCode: body.thirdServerCode as string | undefined,
      thirdServerSource: body.thirdServerSource as string | undefined,
      status: review ? 'pending-review' : 'active',
    }
    this.state.data.customers.push(customer)
    this.state.save()
    return { code: review ? Codes.pendingReview : Codes.success, data: this.customerData(customer, ctx.lang) }
  }

  private loginOf(
    type: number,
    loginName: string,
    phoneArea: unknown,
  ): { email?: string; phone?: string; phoneArea?: string } | Answer {
    if (type === 1) {
      const email = loginName.trim().toLowerCase()
      return emailPattern.test(email) ? { email } : { code: Codes.emailMalformed }
    }
    const area = phoneArea === undefined ? '+86' : phoneArea
    if (typeof area !== 'string' || !areaPattern.test(area)) return { code: Codes.areaCodeMalformed }
    if (!phonePattern.test(loginName)) return { code: Codes.phoneMalformed }
    return { phone: loginName, phoneArea: bareArea(area) }
  }

  private checkGroup(body: Body): { id: number } | Answer {
    const id = (body.customerGroupId as number | undefined) ?? this.rules.defaultGroupId
    const group = this.rules.groups[id]
    if (!group) return { code: Codes.noOpeningGroup, msgParams: [String(id)] }
    const list = body.tradeTypeCurrencyList
    if (list === undefined) return { id }
    if (!Array.isArray(list) || list.length === 0) return missing('tradeTypeCurrencyList')
    for (const item of list as unknown[]) {
      const entry = item as { tradeType?: unknown; allCurrency?: unknown }
      if (typeof entry?.tradeType !== 'string' || typeof entry.allCurrency !== 'string') {
        return missing('tradeTypeCurrencyList')
      }
      const allowed = group[entry.tradeType]
      const assets = entry.allCurrency.split(',').map((a) => a.trim())
      if (!allowed || assets.some((a) => !allowed.includes(a))) return { code: Codes.groupAssetsMismatch }
    }
    return { id }
  }

  private checkCode(body: Body, login: { email?: string; phone?: string; phoneArea?: string }, ctx: CallContext): Answer | undefined {
    const bizType = login.email ? codeBizTypes.email : codeBizTypes.sms
    const toUser = login.email ?? `${login.phoneArea} ${login.phone}`
    const ticket = this.state.data.tickets.find((t) => t.token === body.sendToken && t.companyId === ctx.companyId)
    if (!ticket || ticket.state !== 'open' || ctx.now - ticket.createdAt > this.rules.codeTtlMs) {
      return { code: Codes.codeUsedUp }
    }
    if (ticket.bizType !== bizType || ticket.toUser !== toUser) return { code: Codes.wrongCode }
    if (ticket.code !== body.verifyCode) {
      ticket.wrongTries += 1
      const left = this.rules.maxWrongTries - ticket.wrongTries
      if (left <= 0) ticket.state = 'invalidated'
      this.state.save()
      if (left <= 0) return { code: Codes.codeUsedUp }
      return { code: login.email ? Codes.wrongEmailCode : Codes.wrongSmsCode, msgParams: [String(left)] }
    }
    ticket.state = 'used'
    return undefined
  }

  private issueSessionToken(): string {
    const token = randomUUID().replace(/-/g, '')
    this.issuedSessionTokens.push(token)
    return token
  }

  private customerData(c: Customer, lang: string) {
    return {
      customerNo: c.customerNo,
      id: c.id,
      companyId: Number(c.companyId),
      email: c.email ?? '',
      phone: c.phone ?? '',
      phoneArea: c.phoneArea ? `+${c.phoneArea}` : '',
      name: '',
      country: c.country,
      customerGroupId: c.customerGroupId,
      registerTime: c.registerTime,
      openAccountType: c.openAccountType,
      loginPassStatus: c.hasPassword ? '2' : '1',
      payPassStatus: '1',
      capitalInStatus: 0,
      companyKycStatus: 0,
      companyType: 'BROKER',
      associationCompanyId: 0,
      source: String(c.registerSource),
      thirdServerCode: c.thirdServerCode ?? '',
      optional: 0,
      apiCheckSwitch: false,
      apiCheckRule: c.email ? '1' : '2',
      list: kycLevels(c.openAccountType, lang),
      ...(this.rules.returnSessionToken ? { token: this.issueSessionToken() } : {}),
    }
  }
}
