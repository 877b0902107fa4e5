// Types of isnad/worker: the package's functions in a Web Worker, each returning a promise.
import type * as isnad from './types.js';

type Async<F> = F extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never;

/** The functions of `isnad`, run in a worker; results arrive as promises. */
export interface IsnadWorker {
  /** Resolves once the worker has loaded the module; calls made earlier wait for it. */
  readonly ready: Promise<void>;
  normalize: Async<typeof isnad.normalize>;
  tokenize: Async<typeof isnad.tokenize>;
  nameKey: Async<typeof isnad.nameKey>;
  entities: Async<typeof isnad.entities>;
  compare: Async<typeof isnad.compare>;
  diff: Async<typeof isnad.diff>;
  quotes: Async<typeof isnad.quotes>;
  analyze: Async<typeof isnad.analyze>;
  version: Async<typeof isnad.version>;
  /** Stops the worker; pending and later calls reject. */
  terminate(): void;
}

/** What `createWorker` needs of a worker (a DOM `Worker` is one). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  addEventListener(type: "message", listener: (event: { readonly data: unknown }) => void): void;
  addEventListener(type: "error", listener: (event: { readonly message: string }) => void): void;
  terminate(): void;
}

export interface CreateWorkerOptions {
  /** The address of `worker-script.js` (isnad/worker-script) as your build serves it. */
  url?: string | (typeof globalThis extends { URL: { prototype: infer U } } ? U : never);
  /** A worker you started on `worker-script.js` yourself. */
  worker?: WorkerLike;
}

/**
 * Starts a worker on the package's `worker-script.js` (found by bundlers that follow
 * `new Worker(new URL(…, import.meta.url))`, such as Vite and webpack), or on
 * `options.url`, or uses `options.worker`.
 */
export declare function createWorker(options?: CreateWorkerOptions): IsnadWorker;
