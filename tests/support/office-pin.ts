/**
 * A test office PIN and its settingsPin verifier (npm run office:pin makes real ones). It uses scrypt N=2^14 instead of
 * the production 2^17 so the many wrong tries of the tests stay fast; the verification code is the same.
 */
export const TEST_PIN = 'Branch-2468'
export const TEST_SETTINGS_PIN = 'scrypt-ed25519$14$746573742d73616c742d303030303031$2b63f9e5174ba1371873726e75682e605724428688ded8f4dc7113bf43c275f1'
