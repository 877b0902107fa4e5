// Types of the isnad package, the same for every entry (Node, bundlers, browsers).
export * from './types.js';

/**
 * Resolves once the functions can be called: already resolved in Node (which loads the
 * WebAssembly module during import); in browsers and bundles, once the module has been
 * fetched and compiled. Rejects with the reason when it cannot be loaded. A function
 * called before then throws an Error that says to await `ready`.
 */
export declare const ready: Promise<void>;
