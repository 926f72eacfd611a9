/** The sandbox's stand-ins for what the real platform decides per company. All of it is configurable. */
export interface SandboxRules {
  /** how long a code stays valid (unknown on the real platform) */
  codeTtlMs: number
  codeLength: number
  /** the server's own minimum gap between two sends to one recipient (unknown on the real platform; 0 = none) */
  resendIntervalMs: number
  sendsPerWindow: number
  sendWindowMs: number
  maxWrongTries: number
  /** enterprise applications go to manual review (CUSTOMER_API_00010001) instead of opening at once */
  reviewEnterprise: boolean
  enterpriseBlockedCountries: string[]
  demoCompanyIds: string[]
  disabledLogins: string[]
  /** group id → trade type → allowed assets */
  groups: Record<number, Record<string, string[]>>
  defaultGroupId: number
  /** also answer `data.token`, as some deployments do: the client must treat it as a secret */
  returnSessionToken: boolean
  /** MD5 digests the sandbox treats as too weak (CUSTOMER_API_0000139) */
  weakPasswordDigests: string[]
}

export const defaultRules: SandboxRules = {
  codeTtlMs: 10 * 60_000,
  codeLength: 6,
  resendIntervalMs: 0,
  sendsPerWindow: 5,
  sendWindowMs: 30 * 60_000,
  maxWrongTries: 5,
  reviewEnterprise: true,
  enterpriseBlockedCountries: ['CU', 'IR', 'KP', 'SY'],
  demoCompanyIds: ['0'],
  disabledLogins: ['disabled@example.com'],
  groups: {
    1: { '1': ['USDT'], '2': ['USDT'], '3': ['USDT', 'USD'], '5': ['USDT', 'USD', 'BTC'] },
    2: { '5': ['USDT', 'USD', 'BTC', 'ETH'] },
    // a market's own group, as a broker with per-country rules has (resources/presets/office-hongkong.json: SG)
    3: { '5': ['USD', 'SGD', 'USDT'] },
  },
  defaultGroupId: 1,
  returnSessionToken: true,
  weakPasswordDigests: [
    'e10adc3949ba59abbe56e057f20f883e', // 123456
    '25d55ad283aa400af464c76d713c07ad', // 12345678
    '5f4dcc3b5aa765d61d8327deb882cf99', // password
    'd8578edf8458ce06fbc5bb76a58c5ca4', // qwerty
    'fcea920f7412b5da7be0cf42b8c93759', // 1234567
  ],
}
