'use strict'
// Loaded with `node --require` before the built main process: `require('electron')` resolves to
// the stand-in instead of the npm package (which only knows where a binary would be).
const Module = require('node:module')
const path = require('node:path')

const bundle = process.env.ELECTRON_STANDIN_BUNDLE
if (!bundle) throw new Error('electron-standin: ELECTRON_STANDIN_BUNDLE is not set')
const electron = path.join(path.dirname(bundle), 'electron.cjs')

const resolveFilename = Module._resolveFilename
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? electron : resolveFilename.call(this, request, ...rest)
}

require(bundle).start()
