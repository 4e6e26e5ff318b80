/**
 * Runs before Fluent UI is imported (main.tsx imports it first): an empty `fontBaseUrl`
 * keeps Fluent from registering Segoe UI web fonts on Microsoft's CDN, which the strict CSP
 * (`default-src 'self'`) would block and the offline test machine could not reach anyway.
 */
declare global {
  interface Window {
    /** Fluent UI v8's global configuration hook. */
    FabricConfig?: { fontBaseUrl?: string; iconBaseUrl?: string };
  }
}

window.FabricConfig = { ...window.FabricConfig, fontBaseUrl: '', iconBaseUrl: '/fonts/' };

export {};
