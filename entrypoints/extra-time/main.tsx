import { render } from 'preact';
import '@/components/palette.css';
import { ExtraTimeApp } from '@/components/family/ExtraTimeApp';
import { followSystemTheme } from '@/components/system-theme';
import '../popup/style.css';
import '../options/style.css';

followSystemTheme();
const root = document.getElementById('app');
if (root) render(<ExtraTimeApp />, root);
