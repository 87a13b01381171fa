import { render } from 'preact';
import '@/components/palette.css';
import '@/components/reminders/reminder.css';
import { LimitPage } from '@/components/reminders/LimitPage';
import { followSystemTheme } from '@/components/system-theme';

followSystemTheme();
const root = document.getElementById('app');
if (root) render(<LimitPage />, root);
