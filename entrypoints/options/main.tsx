import '../../src/ui/popup/popup.css';
import { render } from 'preact';
import { uiLang } from '../../src/ui/lang';
import { Options } from '../../src/ui/options/Options';

document.documentElement.lang = uiLang();
const root = document.getElementById('app');
if (root) render(<Options />, root);
