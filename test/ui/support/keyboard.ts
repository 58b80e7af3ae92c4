import type { Page } from 'playwright-core';

/** Where keyboard focus stands after a Tab: a name for the element, and whether its focus is visible. */
export interface FocusStop {
  /** `#id`, `[data-testid]`, `a.skip`, `a[/ui/path]`, `button "text"`… */
  readonly at: string;
  readonly outlineStyle: string;
  readonly outlineWidth: string;
}

/** Runs in the page (a string: the tests are type-checked without the DOM's types). */
const FOCUS_NOW = `(() => {
  const element = document.activeElement;
  const style = element ? getComputedStyle(element) : null;
  const name = () => {
    if (!element || element === document.body) return 'body';
    if (element.id) return '#' + element.id;
    if (element.classList.contains('skip')) return 'a.skip';
    const tag = element.tagName.toLowerCase();
    if (tag === 'a') {
      const url = new URL(element.href);
      return 'a[' + url.pathname + (url.search.includes('cursor=') ? '?cursor' : '') + ']';
    }
    if (tag === 'button') return 'button "' + element.innerText.trim() + '"';
    return tag;
  };
  return { at: name(), outlineStyle: style ? style.outlineStyle : 'none', outlineWidth: style ? style.outlineWidth : '0px' };
})()`;

function describeFocus(page: Page): Promise<FocusStop> {
  return page.evaluate(FOCUS_NOW) as Promise<FocusStop>;
}

/**
 * Presses Tab until `done` holds of the focus (at most `max` times) and returns every stop on the way.
 * A date input takes several Tabs (year, month, day) on the same element: repeats are kept once.
 */
export async function tabUntil(page: Page, done: (stop: FocusStop) => boolean, max = 60): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await describeFocus(page);
    if (stops.at(-1)?.at !== stop.at) stops.push(stop);
    if (done(stop)) return stops;
  }
  throw new Error(`Tab did not reach the target in ${max} presses; stops: ${stops.map((stop) => stop.at).join(' → ')}`);
}

/** Whether `expected` occur in `stops` in this order (other stops may come between). */
export function inOrder(stops: readonly FocusStop[], expected: readonly string[]): boolean {
  let next = 0;
  for (const stop of stops) if (stop.at === expected[next]) next++;
  return next === expected.length;
}
