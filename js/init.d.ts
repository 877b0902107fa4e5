// Types of isnad/init: the same functions, loaded when `init` is called.
export * from './types.js';

/** Resolves once an `init` call has succeeded. */
export declare const ready: Promise<void>;

/** A `WebAssembly.Module` where the project's TypeScript libraries know one. */
type CompiledModule = typeof globalThis extends { WebAssembly: { Module: { prototype: infer M } } } ? M : never;
/** A `URL` where the project's TypeScript libraries know one (DOM or @types/node). */
type UrlObject = typeof globalThis extends { URL: { prototype: infer U } } ? U : never;

/** Where `init` gets the module: exactly one of these. */
export type InitSource =
  /** The address of `isnad_bg.wasm`, fetched (not a `file:` URL: in Node, pass `bytes`). */
  | { url: string | UrlObject }
  /** The contents of `isnad_bg.wasm`. */
  | { bytes: ArrayBuffer | ArrayBufferView }
  /** `isnad_bg.wasm`, compiled. */
  | { module: CompiledModule };

/**
 * Loads the WebAssembly module; the promise rejects with an Error that says what went
 * wrong (bad argument, HTTP status, not a WebAssembly file). Calling it again after a
 * failure tries again; after a success it does nothing.
 */
export declare function init(source: InitSource): Promise<void>;
