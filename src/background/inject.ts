import browser from 'webextension-polyfill';

/** The tour UI bundle, built as one self-contained script (scripts/tour-ui-bundle.ts). */
export const TOUR_UI_FILE = 'tour-ui.js';

/**
 * Injects the tour UI into a tab's top frame (docs/architecture.md, "Data flow": the heavy
 * UI is injected only when a tour runs). It runs in the content script's isolated world and guards itself against a
 * second injection. Needs the `scripting` permission and host access to the admin hosts.
 * Injected immediately (`injectImmediately`), not once the page has loaded: the tour UI
 * waits for the body itself.
 * @returns false when the tab cannot be scripted (closed, navigated away, not an admin page).
 */
export async function injectTourUi(tabId: number): Promise<boolean> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      // Immediately: at document_start, not after the page's load (it waits for the body itself).
      await browser.scripting.executeScript({ target: { tabId }, files: [TOUR_UI_FILE], injectImmediately: true });
      return true;
    } catch {
      // A tab still committing its navigation refuses scripts for a moment; try again.
      await new Promise((wait) => setTimeout(wait, 250));
    }
  }
  return false;
}
