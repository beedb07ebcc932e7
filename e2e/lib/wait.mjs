// Waiting for the state a test then asserts, never for "an element that matches": after an action
// an element from before it (the previous message, the old list, the old count) matches too, and
// reading it races the page. These helpers read until the page shows that state or the time is
// up, and return what they read last without throwing: the test's own assertion then checks it
// and, when the page never got there, fails with the test's message rather than a timeout.

/** As long as Playwright's own waits. */
const TIMEOUT_MS = 30_000;
const POLL_MS = 50;

/** Calls `read` until `done` holds for what it returns or `timeout` ms have passed; returns that. */
export async function until(read, done, timeout = TIMEOUT_MS) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() >= end) return value;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Waits until `locator` matches `n` elements; returns the count last seen. */
export function waitForCount(locator, n, timeout = TIMEOUT_MS) {
  return until(() => locator.count(), (count) => count === n, timeout);
}

/**
 * Waits until no part of the page is still fetching its code (`ui::lazy`'s "正在加载……" line):
 * call it after a wait that shows the parts are there (a part's own element, a notice).
 */
export async function partsLoaded(page) {
  await page.locator('.part-loading').first().waitFor({ state: 'detached' });
}
