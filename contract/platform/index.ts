/**
 * The platform's contract (../shared/contract.md) as data: paths, header names, business codes, login types and wire
 * formats. One module that main's client, the sandbox and the renderer's error wording all import, so the sandbox
 * checks exactly what the client sends. Plain data and pure functions only: no Node, no Electron.
 */
export * from './codes'
export * from './endpoints'
export * from './headers'
export * from './wire'
