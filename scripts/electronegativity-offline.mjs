// Preloaded into Electronegativity by security-scan.mjs: its `got` calls (a locale download and
// Electron's release list) fail at once instead of reaching the network. The scan must give the
// same answer offline, and on Node 24 got 11 crashes the process when such a request times out
// ("The `onCancel` handler was attached after the promise settled").
import Module from 'node:module';

const load = Module._load;
const offline = () => Promise.reject(new Error('offline'));
offline.head = offline;
Module._load = function loadOffline(request, ...rest) {
  return request === 'got' ? offline : load.call(this, request, ...rest);
};
