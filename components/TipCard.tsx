import type { Messages } from '@/utils/i18n';
import type { ViewId } from '@/utils/views/registry';
import { RichText } from './RichText';

export type TipAction =
  | { kind: 'show-me'; label: string; onClick: () => void }
  | { kind: 'link'; label: string; href: string };

export interface TipCardProps {
  view: ViewId;
  title: string;
  /** Tip copy whose only markup is <strong> (see RichText). */
  body: string;
  /** A line of its own under the body: "In danger now? Call 112." where a tip offers help. */
  note?: string;
  action: TipAction;
  messages: Messages;
  onClose: () => void;
  onNever: () => void;
}

/**
 * The card every tip uses. It never takes focus on its own: a keyboard user reaches it with Tab (it is
 * the last thing in the page), and Escape inside it closes it.
 */
export function TipCard({ view, title, body, note, action, messages, onClose, onNever }: TipCardProps) {
  const titleId = `scrollwise-tip-title-${view}`;
  return (
    <aside
      class="card"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div class="head">
        <span class="badge">{messages.tip.label}</span>
        <button type="button" class="close" aria-label={messages.tip.close} onClick={onClose}>
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
          </svg>
        </button>
      </div>
      <h2 id={titleId} class="title">
        {title}
      </h2>
      <p class="body">
        <RichText text={body} />
      </p>
      {note && <p class="note">{note}</p>}
      <div class="actions">
        {action.kind === 'link' ? (
          <a class="primary" href={action.href} target="_blank" rel="noopener noreferrer" data-action="link">
            {action.label}
          </a>
        ) : (
          <button type="button" class="primary" data-action="show-me" onClick={action.onClick}>
            {action.label}
          </button>
        )}
        <button type="button" class="secondary" data-action="never" onClick={onNever}>
          {messages.tip.never}
        </button>
      </div>
    </aside>
  );
}
