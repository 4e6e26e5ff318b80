/**
 * The current UI language for every component, and the way to change it (the Settings pane).
 * Keeps `<html lang>` in step.
 */
import { createContext, type ReactNode, useCallback, useContext, useLayoutEffect, useMemo, useState } from 'react';
import { LANGUAGE_KEY, type Language, STRINGS } from './languages';
import type { UiStrings } from './strings';

interface LanguageState {
  language: Language;
  strings: UiStrings;
  /** Switches the UI language, persists it, and drops a `?lang=` override from the URL. */
  setLanguage(language: Language): void;
}

const LanguageContext = createContext<LanguageState | null>(null);

/** Provides the language chosen at start (see `initialLanguage`). */
export function LanguageProvider(props: { initial: Language; children: ReactNode }) {
  const [language, setState] = useState<Language>(props.initial);
  useLayoutEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(LANGUAGE_KEY, next);
    const url = new URL(location.href);
    if (url.searchParams.has('lang')) {
      url.searchParams.delete('lang');
      history.replaceState(history.state, '', url);
    }
    setState(next);
  }, []);
  const value = useMemo(() => ({ language, strings: STRINGS[language], setLanguage }), [language, setLanguage]);
  return <LanguageContext.Provider value={value}>{props.children}</LanguageContext.Provider>;
}

/** The current language state. Throws outside a `LanguageProvider`. */
export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLanguage outside LanguageProvider');
  return state;
}

/** Shorthand for the current strings. */
export function useStrings(): UiStrings {
  return useLanguage().strings;
}
