// The worker script for bundlers that take the `browser` condition of
// `isnad/worker-script` (esbuild): the module is found by an asset import, as in
// bundler.js.
import * as isnad from './bundler.js';
import { serve } from './worker-serve.js';

serve(isnad);
