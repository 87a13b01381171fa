import { Component } from 'preact';
import { siteAccessCopy } from '@/utils/i18n/site-access';
import type { Language } from '@/utils/language';
import { type Permissions, siteAccessOf } from '@/utils/site-access';

interface Props {
  language: Language;
  /** The browser's, from the page that shows the notice (utils/site-access says why). */
  permissions: Permissions;
}

/**
 * Says so when Scrollwise's access to TikTok is off (utils/site-access), with the one step that gives it
 * back: the browser's own prompt. Nothing while the access is on. It follows the browser: the notice goes
 * as soon as the access is back, given here or in the browser's menu. A class, not hooks: the popup loads
 * it after its first render, and hooks here would split the popup's shared code into more files to load.
 */
export class SiteAccessNotice extends Component<Props, { on: boolean | null; refused: boolean }> {
  override state = { on: null, refused: false };
  #access = siteAccessOf(this.props.permissions);
  #stop = () => {};

  override componentDidMount() {
    const set = (on: boolean) => this.setState({ on });
    this.#stop = this.#access.watch(set);
    void this.#access.has().then(set);
  }

  override componentWillUnmount() {
    this.#stop();
  }

  // The browser's prompt needs the click itself: asked at once, not after anything awaited.
  #ask = () =>
    void this.#access.ask().then(
      (granted) => this.setState({ refused: !granted }),
      () => this.setState({ refused: true }),
    );

  override render() {
    if (this.state.on !== false) return null;
    const m = siteAccessCopy[this.props.language];
    return (
      <section class="notice" role="alert" aria-labelledby="site-access-title" data-testid="site-access">
        <h2 id="site-access-title">{m.title}</h2>
        <p>{m.body}</p>
        <p>
          <button type="button" class="primary" onClick={this.#ask}>
            {m.action}
          </button>
        </p>
        {this.state.refused && <p role="status">{m.refused}</p>}
      </section>
    );
  }
}
