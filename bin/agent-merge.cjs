#!/usr/bin/env node
// The `agent-merge` command: runs the bundled CLI (built by `npm run build`).
'use strict'
const { existsSync } = require('node:fs')
const { join } = require('node:path')

const bundle = join(__dirname, '..', 'dist', 'cli', 'agent-merge.cjs')
if (!existsSync(bundle)) {
  process.stderr.write('agent-merge: not built yet; run `npm run build` first\n')
  process.exit(1)
}
require(bundle)
