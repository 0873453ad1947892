import '../../src/ui/options/options.css';
import { render } from 'preact';
import { i18n } from '#i18n';
import { uiLang } from '../../src/ui/lang';
import { Options } from '../../src/ui/options/Options';

document.documentElement.lang = uiLang();
document.title = i18n.t('options.title');
const root = document.getElementById('app');
if (root) render(<Options lang={uiLang()} />, root);
