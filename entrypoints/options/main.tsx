import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import '../popup/style.css';
import './style.css';

const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
