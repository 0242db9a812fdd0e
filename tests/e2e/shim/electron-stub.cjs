// What `require('electron')` returns to the app's built bundles under the e2e shim: the fake
// modules of the launch that is running (see fake-electron.ts).
module.exports = globalThis.__glossFakeElectron;
