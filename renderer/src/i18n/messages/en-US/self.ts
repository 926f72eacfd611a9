import type { SelfWords } from '../../audience'

/**
 * A trader registering themselves (preset `audience: "self"`): the words that speak to "you" instead of about "the
 * customer". They replace the same keys of both parts (i18n/audience.ts); what only a shared desk shows is dropped.
 */
export default {
  /** the campaign, to a trader, is who referred them: the same word on every screen (tests/unit/renderer/glossary.test.ts) */
  glossary: { campaign: 'Referral' },
  app: { subtitle: 'Open your trading account' },
  form: {
    title: 'Open your account',
    passwordOptional: 'optional: you can set it later',
    group: 'Account group',
    submit: 'Open my account',
    termsAccept: 'I have read and accept the account-opening terms.',
  },
  validation: {
    emailRequired: 'Enter your email address.',
    phoneRequired: 'Enter your mobile number.',
    termsRequired: 'Tick the box to confirm you have read and accept the account-opening terms.',
    countryNotAccepted: 'Your broker does not open accounts for residents of {country}. Choose your country of residence again, or contact your broker’s support.',
  },
  campaign: {
    label: 'Referral',
    set: 'Add a referral',
    origin: { office: '(from your broker)' },
    title: 'Referral',
    intro: 'If someone invited you, enter their code or paste the invitation link.',
    link: 'Paste the invitation link',
    fields: { agentCode: 'Referral code' },
    clear: 'Remove referral',
    attributed: 'Referred by',
  },
  configProblem: {
    codes: {
      LINK_HTTPS: 'A link in the settings must start with https:// (a secure connection).',
      PLACEHOLDER_UNKNOWN: 'A link in the settings asks for a value the app does not fill in.',
      HOST_NOT_ALLOWED: 'A link in the settings goes to a website that is not on the list of allowed links.',
    },
    body: 'The app cannot open accounts because one of its settings is invalid. Download the installer again from your broker, or contact the broker’s support.',
  },
  proxyLogin: {
    title: 'Your network’s proxy asks for a login',
  },
  connection: {
    intro: 'For support: how this PC reaches your broker’s platform. It makes one harmless call; it never opens an account or sends a code.',
  },
  result: {
    title: 'You are registered',
    pendingTitle: 'Application received',
    pendingBody: 'Your application is waiting for review by the broker. You will be told the result; there is nothing more to do here.',
    customerNo: 'Your account number',
    login: 'Your login',
    passwordNeeded: 'Set your password before you log in.',
    nextSteps: 'Your next steps',
    nextStepsIntro: 'To start trading, complete these verification levels:',
  },
  handoff: {
    title: 'Your way forward',
    scan: 'Continue on your phone: scan this code',
    setPassword: 'Set your password',
    opensInBrowser: '(opens in your browser)',
    noResult: 'Your result is no longer on screen: nothing was printed.',
    loginAt: 'Your account number is {number}; log in at {site}.',
    keepNumber: 'Your account number is {number}. Keep it: your broker will tell you where to log in.',
  },
  slip: {
    customerNo: 'Your account number',
    login: 'Your login',
  },
  errors: {
    openingFailed: 'The platform could not open the account. Try again or contact your broker’s support.',
    reference: 'Reference: {trace}',
    alreadyRegistered: 'This login is already registered. Log in, or reset your password, on your broker’s site.',
    loginDisabled: 'This login is disabled. Contact your broker’s support.',
    notAllowedByOffice: 'This kind of account cannot be opened here. Choose another account type.',
    stillProcessingStopped: 'Stopped waiting. Press “Open my account” to ask the platform again: it is the same request, so no second account can be created.',
    stillProcessingGaveUp: 'The platform has not answered the first attempt yet. Press “Open my account” to ask again (it cannot create a second account); if this goes on, contact your broker’s support with the reference below.',
    demoCompany: 'This is a demo broker: it cannot open accounts.',
    configuration: 'The broker’s account-opening setup is incomplete (code {code}). Contact your broker’s support.',
    certUntrusted: 'The certificate of {host} is not trusted on this PC. Your entries are kept; check your network, or contact your broker’s support.',
    proxyRefused: 'Your network’s proxy refused the connection. Your entries are kept; check your proxy settings.',
    proxyAuth: 'Your network’s proxy asks for a login. Your entries are kept; sign in to the proxy.',
    dns: 'The platform address could not be found (DNS). Your entries are kept; check your internet connection.',
    notConfigured: 'No platform is configured. Download the installer again from your broker.',
  },
  updates: {
    ready: 'Version {version} is ready: it installs when you quit the app, or restart now.',
    refused: 'Finish opening your account first, then restart.',
    installerRefused: 'The downloaded update was not installed: it changed on this computer after it was checked. It will be downloaded again; if this happens again, contact your broker\'s support.',
  },
} satisfies SelfWords
