import '../../src/ui/source/source.css';
import { render } from 'preact';
import { defaultPack } from '../../src/pack/default';
import { uiLang } from '../../src/ui/lang';
import { SourceView } from '../../src/ui/source/SourceView';

document.documentElement.lang = uiLang();
const root = document.getElementById('app');
const initial = new URL(location.href).searchParams.get('select') ?? undefined;
if (root) render(<SourceView pack={defaultPack} lang={uiLang()} initial={initial} />, root);
