// Not part of the package: `make www` serves this as www/pkg/index.js for the page's
// worker, which calls the functions as soon as it has imported them. It waits for the
// module (top-level await is fine in the page's module worker) until the page awaits
// `ready` itself or uses isnad/worker; then `make www` can copy pkg/index.js as it is.
export * from './entry.js';
import { ready } from './entry.js';
await ready;
