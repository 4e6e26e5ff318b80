/**
 * The overlay's stylesheet, adopted by its shadow root (constructable stylesheet,
 * docs/architecture.md, "Choices"), so the page's CSS cannot reach in and ours cannot leak out.
 * The host covers the viewport above every layer of the admin center (Fluent layers sit at
 * z-index 1000000) but lets pointer events through, except on the coach mark itself. Nothing
 * moves but the coach mark following its target (no transitions, so nothing to reduce for
 * `prefers-reduced-motion`); system colours in forced-colours mode.
 */
export const OVERLAY_CSS = `
:host { all: initial; position: fixed; inset: 0; z-index: 2147483647; pointer-events: none;
  font: 14px/1.45 "Segoe UI", system-ui, -apple-system, sans-serif; color: #242424; }
.spotlight { position: fixed; top: 0; left: 0; border-radius: 6px; outline: 2px solid #0f6cbd; outline-offset: 2px;
  box-shadow: 0 0 0 4px #0f6cbd40; pointer-events: none; will-change: transform; }
.coach { position: fixed; top: 0; left: 0; width: max-content; max-width: min(400px, calc(100vw - 16px));
  box-sizing: border-box; background: #fff; color: #242424; border-radius: 8px; padding: 14px 16px 12px;
  box-shadow: 0 8px 28px #00000047; pointer-events: auto; outline: none;
  display: flex; flex-direction: column; max-height: min(420px, calc(100vh - 32px)); }
.coach:focus-visible { outline: 2px solid #0f6cbd; outline-offset: 2px; }
.coach.docked { width: min(400px, calc(100vw - 32px)); max-width: none; }
.body { overflow-y: auto; min-height: 0; flex: 1 1 auto; margin: 0 0 10px; }
.arrow { position: absolute; width: 12px; height: 12px; background: inherit; transform: rotate(45deg); }
.head { display: flex; align-items: flex-start; gap: 8px; margin-bottom: 6px; }
.title { flex: 1; margin: 0; font-size: 12px; font-weight: 600; color: #616161; }
.progress { font-size: 12px; color: #616161; white-space: nowrap; }
.close { border: 0; background: transparent; color: #424242; font-size: 18px; line-height: 1; padding: 2px 6px; border-radius: 4px; cursor: pointer; }
.body p { margin: 0 0 6px; }
.status { margin: 0 0 8px; padding: 6px 8px; border-radius: 4px; background: #fff4ce; color: #4d3a00; }
.status.success { background: #dff6dd; color: #0e4a0c; }
.alert { margin: 6px 0; padding: 6px 8px; border-left: 3px solid #0f6cbd; background: #f0f6fc; }
.alert.important, .alert.caution, .alert.warning { border-color: #bc4b09; background: #fdf3ee; }
.image { margin: 6px 0; font-style: italic; color: #616161; }
code { font-family: Consolas, monospace; background: #f5f5f5; padding: 0 3px; border-radius: 3px; }
a { color: #0f6cbd; }
.actions { display: flex; gap: 8px; justify-content: flex-end; align-items: center; flex-wrap: wrap; }
.actions .spacer { flex: 1; }
button.action { font: inherit; font-weight: 600; border-radius: 4px; padding: 4px 12px; min-height: 32px; cursor: pointer;
  border: 1px solid #d1d1d1; background: #fff; color: #242424; }
button.action.primary { background: #0f6cbd; border-color: #0f6cbd; color: #fff; }
button:focus-visible { outline: 2px solid #0f6cbd; outline-offset: 2px; }
.copied { font-size: 12px; color: #0e700e; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (forced-colors: active) {
  .coach { border: 2px solid CanvasText; background: Canvas; color: CanvasText; box-shadow: none; }
  .spotlight { box-shadow: none; outline: 3px solid Highlight; }
  button.action, button.action.primary { border: 1px solid ButtonText; background: ButtonFace; color: ButtonText; forced-color-adjust: none; }
  .arrow { display: none; }
}
`;
