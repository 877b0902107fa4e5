// Starts the package's analysis worker as soon as the page parses, before the page's
// own modules have loaded, so the package compiles while they do; engine.js takes it.
import { startIsnad } from './engine.js';

globalThis.isnadBoot = startIsnad();
