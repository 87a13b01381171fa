/**
 * How a capability declares what the worker answers for it: one table per capability, one entry per
 * request. The dispatcher, the request union and the reply types all come from these tables, so a new
 * request is one entry and touches nothing else.
 */
import type { WorkerContext } from './context';

/**
 * Who may send a request: the content script in a TikTok page (a tab, or a frame of another site's page),
 * one of the extension's own pages, or
 * either of them (`own`: what the limit page offers as the in-page reminder does).
 */
export type SenderKind = 'tab' | 'page' | 'own';

/** What the dispatcher learned about the sender once it passed the check. */
export interface From {
  /** The sender's tab; null for a page that is not in a tab (the popup). */
  tabId: number | null;
  /** Whether that tab was the active one when it sent; null when unknown. */
  tabActive: boolean | null;
  /** 0 for a tab's page; another number for TikTok shown in a frame of another site's page. */
  frameId: number;
  /** The sender is a TikTok feed (the browser's own record of its address), where a safety pass lifts nothing. */
  onFeed: boolean;
}

/** A refusal. `error` is the reason's code; a handler may add what the page needs to explain it. */
export type Failure<E extends string = string> = { ok: false; error: E };
/** The plumbing's own refusals: not a request of ours, or its sender or body is wrong; or it threw. */
export type PlumbingFailure = Failure<'refused' | 'failed'>;
/** A reply: `{ ok: true }` with the request's data, or a refusal. */
export type Reply = { ok: true } | Failure;

export interface RequestSpec<Body, Result extends Reply, Refusal extends Failure = never> {
  from: SenderKind;
  /**
   * Asked before `run`, in the same queue: a refusal here is the reply, and `run` never starts (the
   * parent lock's verdict, for every write it guards).
   */
  guard?: (context: WorkerContext) => Promise<Refusal | null>;
  /**
   * Reads the untrusted message into the body `run` needs, or null to refuse it. Must never throw. `now`
   * is the worker's clock, for bodies that carry times.
   */
  parse: (message: Record<string, unknown>, now: number) => Body | null;
  /**
   * Runs in the worker's one write queue, after every queued request before it: two tabs, or two PIN
   * guesses, never interleave their read-change-write.
   */
  queued: boolean;
  run: (context: WorkerContext, body: Body, from: From) => Promise<Result>;
}

/** One entry of a table; the generic types are inferred from `parse` and `run`. */
export const request = <Body, Result extends Reply, Refusal extends Failure = never>(
  spec: RequestSpec<Body, Result, Refusal>,
) => spec;

/** Any entry: `run`'s body is `never` so that every entry's own body fits. */
export type AnySpec = {
  from: SenderKind;
  guard?: (context: WorkerContext) => Promise<Failure | null>;
  parse: (message: Record<string, unknown>, now: number) => unknown;
  queued: boolean;
  run: (context: WorkerContext, body: never, from: From) => Promise<Reply>;
};
export type RequestTable = Record<`scrollwise/${string}`, AnySpec>;

/** A parser for a request that carries nothing but its type. */
export const noBody = (): Record<never, never> => ({});

type BodyOf<S> = S extends RequestSpec<infer Body, Reply, Failure> ? Body : never;
type ResultOf<S> =
  | (S extends { run: (...args: never[]) => Promise<infer R> } ? R : never)
  | (S extends { guard?: (...args: never[]) => Promise<infer G> } ? Exclude<G, null | undefined> : never);
type Merged<Tables extends readonly RequestTable[]> = Tables[number] extends infer T
  ? { [K in T extends unknown ? keyof T : never]: T extends Record<K, infer S> ? S : never }
  : never;

/** Every request the tables declare, as a sender writes it: its type and its body. */
export type RequestsOf<Tables extends readonly RequestTable[]> = {
  [K in keyof Merged<Tables>]: { type: K } & BodyOf<Merged<Tables>[K]>;
}[keyof Merged<Tables>];

/** The reply to the request of type `K`: what its handler gives, or a refusal of the plumbing. */
export type ReplyOf<Tables extends readonly RequestTable[], K> = K extends keyof Merged<Tables>
  ? ResultOf<Merged<Tables>[K]> | PlumbingFailure
  : never;
