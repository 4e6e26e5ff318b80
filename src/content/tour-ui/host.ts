import { OVERLAY_CSS } from './styles';

/** The overlay's host element's tag: a custom element name no page uses. */
export const OVERLAY_TAG = 'admin-coach-overlay';

/** The overlay's place in the page: its host element and the shadow root inside it. */
export interface OverlayHost {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  /** Removes the host from the page. */
  remove(): void;
}

/**
 * Adds the overlay's host to the page: one element at the end of `<html>` (outside the
 * admin center's React root, so its re-renders never touch it) with an open shadow root
 * holding the overlay and its stylesheet.
 *
 * The stylesheet is a constructable one. Firefox does not let a content script adopt a sheet
 * made in its own compartment, so it is made with the page window's constructor there
 * (`wrappedJSObject`), and as a last resort a `<style>` element inside the shadow root.
 */
export function createOverlayHost(): OverlayHost {
  document.querySelector(OVERLAY_TAG)?.remove();
  const host = document.createElement(OVERLAY_TAG);
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root);
  document.documentElement.append(host);
  return { host, root, remove: () => host.remove() };
}

function adoptStyles(root: ShadowRoot): void {
  try {
    const pageWindow = (window as unknown as { wrappedJSObject?: typeof window }).wrappedJSObject ?? window;
    const sheet = new pageWindow.CSSStyleSheet();
    sheet.replaceSync(OVERLAY_CSS);
    root.adoptedStyleSheets = [sheet];
    if (root.adoptedStyleSheets.length === 1) return;
  } catch {
    // fall through to a <style> element
  }
  const style = document.createElement('style');
  style.textContent = OVERLAY_CSS;
  root.append(style);
}
