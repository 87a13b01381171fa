import { render } from 'preact';
import '@/components/palette.css';
import { PopupApp } from '@/components/popup/PopupApp';
import { followSystemTheme } from '@/components/system-theme';
import './style.css';

followSystemTheme();
const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
// Read by the bench: how long after the click the popup first shows something.
performance.mark('scrollwise:first-render');
