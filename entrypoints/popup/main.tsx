import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import './style.css';

const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
