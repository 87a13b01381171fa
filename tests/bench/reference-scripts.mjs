// Two reference content scripts for the heap figures, each loaded as an extension of its own beside
// Scrollwise and served its own origin, so each page runs exactly one of them: what any content script
// pays in Chromium before its own code and data, against which Scrollwise's own share is read.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const REFERENCES = {
  /**
   * The least a Scrollwise sentinel can do: watch the page for views, read its elements and whether a
   * video plays, and tell a worker. Reading an element makes Chromium build the DOM's interfaces
   * (`Element`, `HTMLElement`, the video's) in the script's isolated world.
   */
  floor: {
    origin: 'https://example.net',
    script: `
      new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.addedNodes) if (node.nodeType === 1) node.matches('[role="dialog"]');
      }).observe(document, { childList: true, subtree: true });
      const playing = [...document.querySelectorAll('video')].some((video) => !video.paused);
      chrome.runtime.sendMessage({ playing }).catch(() => undefined);
    `,
  },
  /** What LeechBlock NG's content script does at load: the page's address to its worker, no element read. */
  document: {
    origin: 'https://example.org',
    script: `
      chrome.runtime.sendMessage({ type: 'loaded', url: document.URL }).catch(() => undefined);
      window.addEventListener('focus', () => undefined);
    `,
  },
};

/**
 * Writes each reference as an unpacked extension (no worker: its one message finds no receiver); `remove`
 * deletes them once the browser that loaded them is closed.
 */
export function writeReferenceExtensions() {
  const root = mkdtempSync(join(tmpdir(), 'scrollwise-references-'));
  const dirs = Object.entries(REFERENCES).map(([name, { origin, script }]) => {
    const dir = join(root, name);
    mkdirSync(dir);
    const manifest = {
      manifest_version: 3,
      name: `Reference: ${name}`,
      version: '1.0',
      content_scripts: [{ matches: [`${origin}/*`], js: ['content.js'], run_at: 'document_idle' }],
    };
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    writeFileSync(join(dir, 'content.js'), script);
    return dir;
  });
  return { dirs, remove: () => rmSync(root, { recursive: true, force: true }) };
}
