/*
 * Checks the browser tests share: screenshots at a width, no sideways
 * scroll (naming what sticks out), no serious accessibility violations.
 */
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import { expect, Page } from './portalTest';

const SCREENSHOTS = path.resolve(
  __dirname,
  '../../..',
  process.env.E2E_SCREENSHOTS_DIR ?? 'e2e-screenshots',
);

export const WIDTHS = [1440, 390];

export async function screenshotAt(page: Page, name: string, width: number) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({
    path: path.join(SCREENSHOTS, `${name}-${width}.png`),
    fullPage: true,
  });
}

/**
 * The page is no wider than the window: nothing scrolls sideways. On failure
 * it names where the overflow starts: elements wider than the window whose
 * parent is not, outside any box that scrolls or clips sideways itself.
 */
export async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth, wide } = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const sticksOut = (e: Element) =>
      e.getBoundingClientRect().right > width + 1;
    /** The nearest ancestor that scrolls or clips sideways, or undefined for the page. */
    const clipOf = (e: Element) => {
      for (
        let p = e.parentElement;
        p && p !== document.body && p !== document.documentElement;
        p = p.parentElement
      ) {
        if (getComputedStyle(p).overflowX !== 'visible') return p;
      }
      return undefined;
    };
    // Sticking out of the page itself: no clipping box, or one that sticks out too.
    const overflowsPage = (e: Element): boolean => {
      if (!sticksOut(e)) return false;
      const clip = clipOf(e);
      return !clip || overflowsPage(clip);
    };
    const describe = (e: Element) =>
      `${e.tagName.toLowerCase()}${
        e.getAttribute('data-testid')
          ? `[${e.getAttribute('data-testid')}]`
          : ''
      }.${String(e.className).slice(0, 50)} (${Math.round(
        e.getBoundingClientRect().left,
      )}..${Math.round(e.getBoundingClientRect().right)} px)`;
    const all = Array.from(document.querySelectorAll('body *')).filter(
      // Absolutely placed boxes escape scrolling boxes that are not positioned.
      e =>
        getComputedStyle(e).position === 'absolute'
          ? sticksOut(e)
          : overflowsPage(e),
    );
    // Furthest right first: what sets the page's width.
    const origins = all
      .sort(
        (a, b) =>
          b.getBoundingClientRect().right - a.getBoundingClientRect().right,
      )
      .slice(0, 6)
      .map(
        e =>
          `${describe(e)} position ${getComputedStyle(e).position} in ${
            e.parentElement ? describe(e.parentElement) : '-'
          }`,
      );
    // The chain of boxes above the furthest one, to see where the width jumps.
    const chain: string[] = [];
    for (
      let e = all[0]?.parentElement;
      e && chain.length < 14;
      e = e.parentElement
    ) {
      const style = getComputedStyle(e);
      chain.push(
        `${describe(e)} display ${style.display} overflowX ${
          style.overflowX
        } minWidth ${style.minWidth} width ${style.width}`,
      );
    }
    return {
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: width,
      wide: [...origins, ...chain],
    };
  });
  // `wide` is only the diagnosis: boxes inside a scrolling table stick out legitimately.
  expect(
    scrollWidth,
    `what sticks out:\n${wide.join('\n')}`,
  ).toBeLessThanOrEqual(clientWidth);
}

export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include('main').analyze();
  const serious = results.violations.filter(
    v => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(
    serious.map(
      v =>
        `${v.id}: ${v.help} (${v.nodes
          .map(n => n.target.join(' '))
          .join(', ')})`,
    ),
  ).toEqual([]);
}
