import { render } from 'preact';
import { browser } from 'wxt/browser';

function Popup() {
  return (
    <main>
      <h1>Scrollwise</h1>
      <p data-testid="version">{browser.runtime.getManifest().version}</p>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
