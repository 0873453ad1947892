// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { messagesByName } from '../__fixtures__/messages';
import { Notice, type NoticeProps } from './Notice';

// Only the reader's own input reaches the notice in a page (the browser tests hold it to that);
// here every click is the reader's.
vi.mock('../components/trusted', () => ({ trusted: (handler: (event: Event) => void) => handler }));

beforeEach(messagesByName);

function notice(props: Partial<NoticeProps> = {}) {
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  const actions = { onDismiss: vi.fn(), onHideOnSite: vi.fn() };
  act(() => {
    render(
      <Notice
        mentions={3}
        painted={3}
        claims={1}
        quotes={1}
        onOpen={() => {}}
        onStep={() => {}}
        onGo={() => {}}
        items={() => ['one', 'two', 'three']}
        site="example.com"
        {...actions}
        {...props}
      />,
      host,
    );
  });
  const hide = host.querySelector<HTMLButtonElement>('.notice-dismiss')!;
  const click = (element: Element | null | undefined) => act(() => (element as HTMLElement).click());
  const buttons = () => [...host.querySelectorAll('#borderline-hide button')].map((button) => button.textContent);
  return { host, hide, click, buttons, ...actions };
}

describe('hiding the corner notice', () => {
  it('offers this page or every page of the site, behind one labelled control', () => {
    const { hide, click, buttons } = notice();
    expect(hide.getAttribute('aria-label')).toBe('notice_dismiss');
    expect(hide.getAttribute('aria-expanded')).toBe('false');
    expect(buttons()).toEqual([]);
    click(hide);
    expect(hide.getAttribute('aria-expanded')).toBe('true');
    expect(hide.getAttribute('aria-controls')).toBe('borderline-hide');
    expect(buttons()).toEqual(['notice_hideHere', 'notice_hideOnSite example.com']);
  });

  it('hides it on this page, or on the whole site, as the reader chooses', () => {
    const page = notice();
    page.click(page.hide);
    page.click(page.host.querySelector('.notice-hide-page'));
    expect(page.onDismiss).toHaveBeenCalledTimes(1);
    expect(page.onHideOnSite).not.toHaveBeenCalled();
    const site = notice();
    site.click(site.hide);
    site.click(site.host.querySelector('.notice-hide-site'));
    expect(site.onHideOnSite).toHaveBeenCalledTimes(1);
    expect(site.onDismiss).not.toHaveBeenCalled();
  });

  it('moves focus into the choices, and back with Escape', () => {
    const { host, hide, click, buttons } = notice();
    click(hide);
    expect(document.activeElement?.textContent).toBe('notice_hideHere');
    act(() => {
      document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(buttons()).toEqual([]);
    expect(document.activeElement).toBe(hide);
    // One panel at a time: the list of what is painted closes the choices.
    click(hide);
    click(host.querySelector('.notice-toggle-list'));
    expect(buttons()).toEqual([]);
    expect(host.querySelectorAll('.notice-list li')).toHaveLength(3);
  });
});
