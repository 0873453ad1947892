/// <reference types="vite/client" />
import '../../src/ui/pack-format/pack-format.css';
import exampleUrl from '../../docs/examples/example-pack.json?url';
import markdown from '../../docs/packs.md?raw';
import { renderPackFormat } from '../../src/ui/pack-format/render';

// The doc is in English only, as the repository has it.
const main = document.getElementById('doc');
if (main) main.innerHTML = renderPackFormat(markdown, new Map([['examples/example-pack.json', exampleUrl]]));
