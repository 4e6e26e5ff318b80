import * as v from 'valibot';
import { LocaleSchema, TaskIdSchema } from '../tour/session';

/**
 * Enterprise policy, the pure part: no browser API, so the popup's tests and the fuzzers load
 * it as is (src/settings/policy.ts reads storage.managed). What an organisation's IT sets
 * for Admin Coach through the browser's managed storage (docs/enterprise.md); read-only.
 *
 * - Chrome and Edge publish the values of the "3rdparty" extension policy that match
 *   `managed_schema.json` (manifest key `storage.managed_schema`; Chrome: "Manifest for storage
 *   areas", developer.chrome.com/docs/extensions/reference/manifest/storage).
 * - Firefox reads them from policies.json `policies["3rdparty"].Extensions["<add-on id>"]`
 *   and needs no schema; without a policy, `storage.managed.get` rejects (MDN
 *   storage.managed; extensionworkshop.com "Enterprise development").
 *
 * Each field is validated on its own: an invalid value is ignored with a warning (the
 * others still apply), and an unreadable managed storage is no policy at all.
 */

/** The policy fields (managed_schema.json has exactly these properties). */
export const POLICY_KEYS = ['defaultLanguage', 'allowedTasks', 'acceptShareLinks', 'allowOtherClouds'] as const;
export type PolicyKey = (typeof POLICY_KEYS)[number];

/** Schema of each field as IT writes it. */
const FIELD_SCHEMAS = {
  /** BCP 47 locale of the tour language used until the admin picks one (`nl-NL`). */
  defaultLanguage: LocaleSchema,
  /** Task ids (as the catalog makes them) the extension offers; all others are hidden and refused. */
  allowedTasks: v.pipe(v.array(TaskIdSchema), v.maxLength(1000)),
  /** false: share links (`ac-tour=…`) start nothing and say that the organisation turned them off. */
  acceptShareLinks: v.boolean(),
  /**
   * false: Start from a tab that is not the admin center opens the admin center only on the
   * cloud the admin last used in this browser, never on a guessed one (worldwide).
   */
  allowOtherClouds: v.boolean(),
} satisfies Record<PolicyKey, v.GenericSchema>;

/** The policy in force: each field the organisation's value, or the default when unset or invalid. */
export interface Policy {
  /** null: no organisation default; the popup's own choice applies. */
  readonly defaultLanguage: string | null;
  /** null: every task is offered. An empty list offers none. */
  readonly allowedTasks: readonly string[] | null;
  /** Default true. */
  readonly acceptShareLinks: boolean;
  /** Default true. */
  readonly allowOtherClouds: boolean;
  /** The fields the organisation set with a valid value: the popup marks them "Set by your organization". */
  readonly managed: readonly PolicyKey[];
}

/** No policy: what applies without managed storage. */
export const NO_POLICY: Policy = Object.freeze({
  defaultLanguage: null,
  allowedTasks: null,
  acceptShareLinks: true,
  allowOtherClouds: true,
  managed: Object.freeze([]) as readonly PolicyKey[],
});

/** Receives one warning per ignored value (the background passes warnOnce). */
export type PolicyWarn = (kind: string, detail: string) => void;

/**
 * The policy from raw managed-storage contents. Unknown keys are ignored; a field whose value
 * does not validate is ignored and reported to `warn` as `policy-<field>`. Never throws.
 * @param raw what storage.managed.get() returned (anything).
 */
export function parsePolicy(raw: unknown, warn: PolicyWarn = () => {}): Policy {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return NO_POLICY;
  const record = raw as Record<string, unknown>;
  const policy: { -readonly [K in keyof Policy]: Policy[K] } = { ...NO_POLICY, managed: [] };
  const managed: PolicyKey[] = [];
  for (const key of POLICY_KEYS) {
    if (!Object.hasOwn(record, key) || record[key] === undefined) continue;
    const parsed = v.safeParse(FIELD_SCHEMAS[key], record[key]);
    if (!parsed.success) {
      warn(`policy-${key}`, `ignored an invalid value: ${v.summarize(parsed.issues)}`);
      continue;
    }
    (policy as Record<string, unknown>)[key] = Array.isArray(parsed.output) ? Object.freeze([...parsed.output]) : parsed.output;
    managed.push(key);
  }
  policy.managed = Object.freeze(managed);
  return Object.freeze(policy);
}

/**
 * Whether the policy offers a task.
 * @param taskId  today's id of the task
 * @param aliases old task ids → today's (Catalog.aliases), so a policy written with the ids
 *   of an earlier build (`<ms.assetid>/…`) still offers the same tasks.
 */
export function isTaskAllowed(policy: Policy, taskId: string, aliases: Readonly<Record<string, string>> = {}): boolean {
  return policy.allowedTasks === null || policy.allowedTasks.some((id) => id === taskId || (Object.hasOwn(aliases, id) && aliases[id] === taskId));
}
