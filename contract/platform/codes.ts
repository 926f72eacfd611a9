/**
 * Business codes the app handles by name (contract.md, "Business codes worth handling by name"), and their groups.
 * Plain data in the contract, so main, the sandbox and the renderer's error wording share one list.
 */
export const Codes = {
  success: '0',
  pendingReview: 'CUSTOMER_API_00010001',
  openingFailed: 'CUSTOMER_API_00010002',
  customerExists: 'CUSTOMER_API_0000101',
  phoneExists: 'CUSTOMER_API_0000106',
  emailExists: 'CUSTOMER_API_0000107',
  loginUsed: 'CUSTOMER_API_0000632',
  emailBound: 'CUSTOMER_API_0000141',
  phoneBound: 'CUSTOMER_API_0000142',
  phoneMalformed: 'CUSTOMER_API_0000136',
  emailMalformed: 'CUSTOMER_API_0000137',
  areaCodeMalformed: 'CUSTOMER_API_0000502',
  passwordWeak: 'CUSTOMER_API_0000139',
  illegalParams: 'CUSTOMER_API_0000501',
  wrongCode: 'CUSTOMER_API_0000511',
  wrongEmailCode: 'CUSTOMER_API_0000517',
  wrongSmsCode: 'CUSTOMER_API_0000518',
  codeUsedUp: 'CUSTOMER_API_0000512',
  demoCompany: 'CUSTOMER_API_0000007',
  noOpeningGroup: 'CUSTOMER_API_0000306',
  groupAssetsMismatch: 'CUSTOMER_API_0000310',
  enterpriseNotAllowed: 'CUSTOMER_API_0000624',
  gatewayMissingParams: 'GATEWAY_CODE_006',
  gatewayIllegal: 'GATEWAY_CODE_015',
  gatewayBadParam: 'GATEWAY_CODE_104',
  tooFrequent: 'GATEWAY_CODE_018',
  illegalRequest: 'F999999',
} as const

export const alreadyRegisteredCodes: readonly string[] = [
  Codes.customerExists,
  Codes.phoneExists,
  Codes.emailExists,
  Codes.loginUsed,
  Codes.emailBound,
  Codes.phoneBound,
]
export const wrongCodeCodes: readonly string[] = [Codes.wrongCode, Codes.wrongEmailCode, Codes.wrongSmsCode]
export const malformedLoginCodes: readonly string[] = [
  Codes.phoneMalformed,
  Codes.emailMalformed,
  ...Array.from({ length: 9 }, (_, i) => `CUSTOMER_API_00005${String(i + 2).padStart(2, '0')}`),
]
export const configurationCodes: readonly string[] = [
  Codes.noOpeningGroup,
  ...Array.from({ length: 6 }, (_, i) => `CUSTOMER_API_00003${10 + i}`),
]
export const illegalParamCodes: readonly string[] = [
  Codes.illegalParams,
  Codes.gatewayMissingParams,
  Codes.gatewayIllegal,
  Codes.gatewayBadParam,
]
