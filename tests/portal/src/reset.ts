/**
 * `?replica-reset=1`: forget every reactivation, the tenant size, the shape and the language choice, then
 * drop the parameter from the address bar. For tests that reuse a browser profile.
 */
import { LANGUAGE_KEY } from './i18n/languages';
import { SHAPE_KEY } from './shape/shapes';
import { REACTIVATED_KEY, TENANT_KEY } from './state/store';

/** Applies a pending reset; returns true when one was applied. */
export function applyResetRequest(): boolean {
  const url = new URL(location.href);
  if (url.searchParams.get('replica-reset') !== '1') return false;
  sessionStorage.removeItem(REACTIVATED_KEY);
  sessionStorage.removeItem(TENANT_KEY);
  sessionStorage.removeItem(SHAPE_KEY);
  localStorage.removeItem(LANGUAGE_KEY);
  url.searchParams.delete('replica-reset');
  history.replaceState(history.state, '', url);
  return true;
}
