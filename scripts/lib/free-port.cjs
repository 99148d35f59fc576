'use strict';
// The one free-port helper, for the stack scripts (ESM, run before `npm install` and the build)
// and for TypeScript, from source under Jest and compiled under dist/ (worker, benchmarks, tests),
// which reach it as `#free-port` (package.json "imports"; types in free-port.d.cts). CommonJS
// because Jest's runtime on Node 20 cannot require an ES module, while ESM imports CommonJS.
const { createServer } = require('node:net');

/** The port bound on loopback (`0`: one the OS picks) and released again, or 0 when it is taken. */
function tryListen(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(0));
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * A TCP port nothing listens on right now on 127.0.0.1. Without a range the OS picks one (from
 * its ephemeral range); with `{ from, to }`, a random free one in [from, to).
 */
async function freePort(range) {
  if (!range) {
    const port = await tryListen(0);
    if (!port) throw new Error('no free port on 127.0.0.1');
    return port;
  }
  for (let attempt = 0; attempt < 1000; attempt++) {
    const port = await tryListen(range.from + Math.floor(Math.random() * (range.to - range.from)));
    if (port) return port;
  }
  throw new Error(`no free port on 127.0.0.1 in [${range.from}, ${range.to})`);
}

module.exports = { freePort };
