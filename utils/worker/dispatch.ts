import { isRecord } from '../guards';
import { isFeedPath } from '../views/shared/feed-page';
import type { WorkerContext } from './context';
import type { AnySpec, From, PlumbingFailure, Reply, RequestTable, SenderKind } from './define';
import { isExtensionPage, isTikTokPage, type SenderInfo } from './senders';

const REFUSED: PlumbingFailure = { ok: false, error: 'refused' };

const onFeed = (url: string | undefined): boolean => {
  try {
    return url !== undefined && isFeedPath(new URL(url).pathname);
  } catch {
    return false;
  }
};

/** Who passes as each kind of sender, and what the handler learns of them. */
const SENDERS: Record<SenderKind, (sender: SenderInfo, context: WorkerContext) => From | null> = {
  tab: (sender, context) => {
    const tabId = sender.tab?.id;
    if (!isTikTokPage(sender, context.extensionId) || tabId === undefined) return null;
    return { tabId, tabActive: sender.tab?.active ?? null, frameId: sender.frameId ?? 0, onFeed: onFeed(sender.url) };
  },
  page: (sender, context) =>
    isExtensionPage(sender, context.extensionId, context.extensionOrigin)
      ? { tabId: sender.tab?.id ?? null, tabActive: sender.tab?.active ?? null, frameId: 0, onFeed: false }
      : null,
  own: (sender, context) => SENDERS.tab(sender, context) ?? SENDERS.page(sender, context),
};

/**
 * The worker's one way in: table lookup, sender check, parse, queue, guard, run. Anything a page or another
 * extension sends that is not exactly a request of ours from the right sender is refused before any of
 * our code sees it; a handler that throws is a `failed` reply, never an unanswered page.
 */
export function createDispatcher(tables: readonly RequestTable[], context: WorkerContext) {
  const specs = new Map<string, AnySpec>();
  for (const table of tables)
    for (const [type, spec] of Object.entries(table)) {
      if (specs.has(type)) throw new Error(`Scrollwise: two handlers for ${type}`);
      specs.set(type, spec);
    }

  return async (message: unknown, sender: SenderInfo): Promise<Reply> => {
    try {
      if (!isRecord(message) || typeof message.type !== 'string') return REFUSED;
      const spec = specs.get(message.type);
      const from = spec && SENDERS[spec.from](sender, context);
      if (!spec || !from) return REFUSED;
      const body = spec.parse(message, context.now());
      if (body === null) return REFUSED;
      const run = async () => (await spec.guard?.(context)) ?? spec.run(context, body as never, from);
      return await (spec.queued ? context.serial(run) : run());
    } catch (error) {
      console.warn('Scrollwise: a request failed', error);
      return { ok: false, error: 'failed' };
    }
  };
}
