import '../../src/ui/popup/popup.css';
import { render } from 'preact';
import { uiLang } from '../../src/ui/lang';
import { PopupApp } from '../../src/ui/popup/popup-app';

document.documentElement.lang = uiLang();
const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
