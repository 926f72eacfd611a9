import type { ConfigProblemCode } from '@contract/config-table'

/** The configuration-problem screen: what IT reads when a setting is invalid (every problem code, worded). */
export default {
  title: 'Configuration problem',
  body: 'The app cannot start registering because a setting is invalid. Ask your IT contact to correct it.',
  field: 'Setting: {field}',
  detail: 'Technical detail: {message}',
  codes: {
    HTTPS_REQUIRED: 'The platform address must start with https:// (a secure connection).',
    NOT_A_URL: 'The platform address is not a complete web address.',
    COMPANY_ID: 'The company id must be a number.',
    LANGUAGE: 'The language must be zh-CN, zh-HK or en-US.',
    COUNTRY: 'The country must be a two-letter code such as CN.',
    COUNTRY_UNKNOWN: 'The country code is not a known country (two letters such as CN, HK or GB).',
    COUNTRY_TWICE: 'The same country is named twice in the list.',
    FILE_MISSING: 'The settings file named here does not exist. Check the path, or remove the setting.',
    NEEDS_API_URL: 'A company id is set without the platform address. Set both, or neither to use the practice sandbox.',
    NOT_JSON: 'The settings file is damaged (it is not valid JSON).',
    UNKNOWN_SETTING: 'The settings file contains a setting this app does not know.',
    REQUIRED: 'A required setting is missing.',
    PIN_FORMAT: 'The settings PIN must be made with the office PIN tool.',
    PIN_EXAMPLE: 'The settings PIN is the example from the documentation. IT must set a PIN of its own.',
    NUMBER_RANGE: 'A number in the settings is outside the allowed range.',
    INVALID_VALUE: 'A value in the settings is not valid.',
    FEED_HTTPS: 'The update address must start with https:// (updates are only fetched securely).',
    LINK_NOT_ALLOWED: 'The terms link must be an https address whose host is on the allowed links list (links.allowList).',
    TERMS_EMPTY: 'The account-opening terms need a text or a link in at least one language.',
    PINS: 'The certificate pins must list at least two different public-key hashes (a primary and a backup).',
    LINK_HTTPS: 'A link for customers must start with https:// (a secure connection).',
    PLACEHOLDER_UNKNOWN: 'A link for customers asks for a value the app does not fill in. Only the customer number, the language, the register source and the company id may be filled in.',
    HOST_NOT_ALLOWED: 'A link for customers goes to a website that is not on the office’s list of allowed links (links.allowList).',
  } satisfies Record<ConfigProblemCode, string>,
}
