/** Paths under the base URL, exactly as the platform names them (contract.md). */
export const endpoints = {
  checkStatus: '/global/customer.app.CustomerWebApiService.checkStatus',
  sendCode: '/global/message.app.VerificationApiService.verifyCodeSend',
  register: '/register/customer.app.CustomerWebApiService.register',
} as const

export type EndpointName = keyof typeof endpoints

export const codeBizTypes = {
  email: 'EMAIL_REGISTER_VERIFICATION_CODE',
  sms: 'SMS_REGISTER_VERIFICATION_CODE',
} as const
