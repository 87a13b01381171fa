/**
 * Extension pages (popup, options) follow the system's light or dark mode through the same `.root` palette
 * the TikTok layers use (components/palette.css), and switch live when the system does.
 */
export function followSystemTheme(root: HTMLElement = document.documentElement): void {
  const dark = matchMedia('(prefers-color-scheme: dark)');
  const apply = () => {
    root.classList.add('root');
    root.dataset.theme = dark.matches ? 'dark' : 'light';
  };
  apply();
  dark.addEventListener('change', apply);
}
