/**
 * The resume content script is registered exactly while tours exist
 * (./resume-registration.ts), against a stand-in for `scripting` that behaves as the browsers
 * document it (MDN, scripting.registerContentScripts: a duplicate id is an error).
 */
import { describe, expect, it } from 'vitest';
import { adminPageMatchPatterns } from '../portal/match-patterns';
import { type ContentScriptRegistry, RESUME_SCRIPT_FILE, RESUME_SCRIPT_ID, type RegisteredScript, reconcileResumeScript, resumeScriptReconciler } from './resume-registration';

/** An in-memory registry; `delay` ms per call, so overlapping reconciles overlap. */
function fakeRegistry(initial: RegisteredScript[] = [], delay = 0) {
  const scripts = new Map(initial.map((script) => [script.id, script]));
  const calls: string[] = [];
  const wait = () => new Promise((done) => setTimeout(done, delay));
  const registry: ContentScriptRegistry = {
    async getRegisteredContentScripts({ ids }) {
      calls.push('get');
      await wait();
      return ids.flatMap((id) => (scripts.has(id) ? [structuredClone(scripts.get(id) as RegisteredScript)] : []));
    },
    async registerContentScripts(list) {
      calls.push('register');
      await wait();
      for (const script of list) {
        if (scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        scripts.set(script.id, structuredClone(script));
      }
    },
    async unregisterContentScripts({ ids }) {
      calls.push('unregister');
      await wait();
      for (const id of ids) {
        if (!scripts.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
      }
    },
  };
  return { registry, scripts, calls };
}

describe('reconcileResumeScript', () => {
  it('registers the resume script on the admin pages, at document_start, top frame only, for this browser session only', async () => {
    const { registry, scripts } = fakeRegistry();
    expect(await reconcileResumeScript(registry, true)).toBe('registered');
    expect(scripts.get(RESUME_SCRIPT_ID)).toEqual({
      id: RESUME_SCRIPT_ID,
      matches: adminPageMatchPatterns(),
      js: [RESUME_SCRIPT_FILE],
      runAt: 'document_start',
      allFrames: false,
      persistAcrossSessions: false,
    });
  });

  it('leaves a matching registration alone (also when the browser reports the file with a leading slash)', async () => {
    const { registry, calls } = fakeRegistry([{ id: RESUME_SCRIPT_ID, matches: adminPageMatchPatterns(), js: [`/${RESUME_SCRIPT_FILE}`], runAt: 'document_start', allFrames: false }]);
    expect(await reconcileResumeScript(registry, true)).toBe('unchanged');
    expect(calls).toEqual(['get']);
  });

  it('replaces a registration an earlier version left with other pages or another file', async () => {
    const { registry, scripts } = fakeRegistry([{ id: RESUME_SCRIPT_ID, matches: ['https://admin.microsoft.com/*'], js: ['old.js'], runAt: 'document_start' }]);
    expect(await reconcileResumeScript(registry, true)).toBe('replaced');
    expect(scripts.get(RESUME_SCRIPT_ID)?.js).toEqual([RESUME_SCRIPT_FILE]);
    expect(scripts.get(RESUME_SCRIPT_ID)?.matches).toEqual(adminPageMatchPatterns());
  });

  it('unregisters it when no tour is left, and does nothing when there is none to remove', async () => {
    const { registry, scripts } = fakeRegistry();
    await reconcileResumeScript(registry, true);
    expect(await reconcileResumeScript(registry, false)).toBe('unregistered');
    expect(scripts.size).toBe(0);
    expect(await reconcileResumeScript(registry, false)).toBe('unchanged');
  });

  it('leaves the scripts of other ids alone', async () => {
    const other = { id: 'someone-else', matches: ['https://admin.microsoft.com/*'], js: ['x.js'] };
    const { registry, scripts } = fakeRegistry([other]);
    await reconcileResumeScript(registry, true);
    await reconcileResumeScript(registry, false);
    expect([...scripts.values()]).toEqual([other]);
  });
});

describe('resumeScriptReconciler', () => {
  it('runs overlapping reconciles one at a time: tours starting together register the script once', async () => {
    const { registry, scripts } = fakeRegistry([], 5);
    const errors: unknown[] = [];
    const reconcile = resumeScriptReconciler(registry, async () => true, (error) => errors.push(error));
    const outcomes = await Promise.all([reconcile(), reconcile(), reconcile()]);
    expect(outcomes).toEqual(['registered', 'unchanged', 'unchanged']);
    expect(errors).toEqual([]);
    expect(scripts.has(RESUME_SCRIPT_ID)).toBe(true);
  });

  it('ends with the state the last change left: the last tour ending while a start is being registered unregisters it', async () => {
    const { registry, scripts } = fakeRegistry([], 5);
    let tours = true;
    const reconcile = resumeScriptReconciler(registry, async () => tours, () => {});
    const first = reconcile();
    tours = false;
    const second = reconcile();
    expect(await Promise.all([first, second])).toEqual(['unchanged', 'unchanged']);
    expect(scripts.size).toBe(0);
    tours = true;
    expect(await reconcile()).toBe('registered');
    tours = false;
    expect(await reconcile()).toBe('unregistered');
  });

  it('reports a failing registry and keeps working after it', async () => {
    const { registry, scripts } = fakeRegistry();
    let fail = true;
    const failing: ContentScriptRegistry = {
      ...registry,
      registerContentScripts: async (list) => {
        if (fail) throw new Error('Could not load javascript');
        return registry.registerContentScripts(list);
      },
    };
    const errors: unknown[] = [];
    const reconcile = resumeScriptReconciler(failing, async () => true, (error) => errors.push(error));
    expect(await reconcile()).toBeNull();
    expect(String(errors[0])).toContain('Could not load javascript');
    fail = false;
    expect(await reconcile()).toBe('registered');
    expect(scripts.has(RESUME_SCRIPT_ID)).toBe(true);
  });
});
