import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentScript } from '../src/content/start';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  // Highlight styles are adopted by the document when there is something to paint.
  cssInjectionMode: 'manual',
  // The page would learn the name of WXT's start-up event from this message.
  noScriptStartedPostMessage: true,
  main: startContentScript,
});
