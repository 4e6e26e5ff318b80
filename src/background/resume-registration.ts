import { adminPageMatchPatterns } from '../portal/match-patterns';

/**
 * The resume content script's registration (docs/architecture.md, "Data flow"): registered
 * with scripting.registerContentScripts while at least one tour session exists, so that a
 * tab whose tour runs tells the background on each full page load (src/content/resume.ts),
 * and unregistered when the last session ends, so that an admin page without a tour pays
 * nothing for it. Needs only the `scripting` permission and the admin hosts' host
 * permissions, which the extension has.
 *
 * Kept apart from the browser (the registry is passed in) so the decision can be tested
 * without one.
 */

/** The registration's id (unique among the extension's dynamic content scripts). */
export const RESUME_SCRIPT_ID = 'admin-coach-resume';

/** The resume script's file in both builds, at the build's root (scripts/resume-script-bundle.ts). */
export const RESUME_SCRIPT_FILE = 'resume.js';

/** A content script as registered: the fields of scripting.RegisteredContentScript this module sets. */
export interface ResumeScriptRegistration {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_start';
  allFrames: boolean;
  persistAcrossSessions: boolean;
}

/**
 * The registration: the static content script's pages (src/portal/match-patterns.ts), at
 * document_start, top frame only, and not kept across browser sessions (tab ids, and with
 * them the sessions, start over: MDN and Chrome docs, scripting.RegisteredContentScript,
 * `persistAcrossSessions`; supported since Chrome 102 and Firefox 105, below the manifest's
 * minimum versions).
 */
export function resumeScriptRegistration(): ResumeScriptRegistration {
  return { id: RESUME_SCRIPT_ID, matches: adminPageMatchPatterns(), js: [RESUME_SCRIPT_FILE], runAt: 'document_start', allFrames: false, persistAcrossSessions: false };
}

/** A registered script as the browser reports it (scripting.getRegisteredContentScripts); fields it omits are undefined. */
export interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
  runAt?: string;
  allFrames?: boolean;
}

/** The part of `scripting` this module uses (webextension-polyfill's and chrome's both fit). */
export interface ContentScriptRegistry {
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<RegisteredScript[]>;
  registerContentScripts(scripts: ResumeScriptRegistration[]): Promise<unknown>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<unknown>;
}

/** What one reconcile did. */
export type ReconcileOutcome = 'registered' | 'replaced' | 'unregistered' | 'unchanged';

/** Whether a registered script is `wanted` (a leading `/` in a file path is the same file). */
function sameAs(registered: RegisteredScript, wanted: ResumeScriptRegistration): boolean {
  const files = (paths: readonly string[] | undefined) => (paths ?? []).map((path) => path.replace(/^\//, '')).join('\n');
  return (
    files(registered.js) === files(wanted.js) &&
    (registered.matches ?? []).join('\n') === wanted.matches.join('\n') &&
    registered.runAt === wanted.runAt &&
    (registered.allFrames ?? false) === wanted.allFrames
  );
}

/**
 * Makes the registration match `wanted`: registers the resume script when tours exist and it
 * is not registered, unregisters it when none exist, and replaces a registration that differs
 * (left by an earlier version). Reads the browser's state first, so it is right whatever a
 * reload, an update or a browser restart left.
 * @throws whatever the registry throws (an invalid pattern or file, a registry failure).
 */
export async function reconcileResumeScript(registry: ContentScriptRegistry, wanted: boolean): Promise<ReconcileOutcome> {
  const [registered] = await registry.getRegisteredContentScripts({ ids: [RESUME_SCRIPT_ID] });
  const registration = resumeScriptRegistration();
  if (!wanted) {
    if (!registered) return 'unchanged';
    await registry.unregisterContentScripts({ ids: [RESUME_SCRIPT_ID] });
    return 'unregistered';
  }
  if (registered && sameAs(registered, registration)) return 'unchanged';
  if (registered) await registry.unregisterContentScripts({ ids: [RESUME_SCRIPT_ID] });
  await registry.registerContentScripts([registration]);
  return registered ? 'replaced' : 'registered';
}

/**
 * A reconciler that runs one reconcile at a time, in call order, each against the state at its
 * start (`toursExist`), so overlapping session changes cannot register the script twice (a
 * duplicate id is an error) or leave a stale result last. A failure is passed to `onError`
 * and does not stop later runs.
 * @returns a function that queues a reconcile and resolves with its outcome (null when it failed).
 */
export function resumeScriptReconciler(registry: ContentScriptRegistry, toursExist: () => Promise<boolean>, onError: (error: unknown) => void): () => Promise<ReconcileOutcome | null> {
  let queue: Promise<unknown> = Promise.resolve();
  return () => {
    const run = queue.then(async () => {
      try {
        return await reconcileResumeScript(registry, await toursExist());
      } catch (error) {
        onError(error);
        return null;
      }
    });
    queue = run;
    return run;
  };
}
