// `node --require bench/standin/hook.cjs <main>`: `require('electron')` answers the stand-in.
const Module = require('node:module')
const standin = require('./electron.cjs')
const load = Module._load
Module._load = function (request, ...rest) {
  return request === 'electron' ? standin : load.call(this, request, ...rest)
}
