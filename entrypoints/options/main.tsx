import { render } from 'preact';
import '@/components/palette.css';
import { OptionsApp } from '@/components/options/OptionsApp';
import { followSystemTheme } from '@/components/system-theme';
import '../popup/style.css';
import './style.css';

followSystemTheme();
const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
