/**
 * Wraps a handler of the UI we show inside pages so that only the reader's own input reaches
 * it: a page can call `click()` on our buttons or dispatch events at us, but those are untrusted.
 */
export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}
