import * as v from 'valibot';
import { ALERT_KINDS, LOCALE_MAX_LENGTH, LOCALE_PATTERN, TARGET_KINDS, VARIANT_CLOUDS } from './formats';
import type { Alert, Article, Catalog, CompiledTarget, Inline, Step, Task, Variant } from './model';
import { TaskIdSchema } from './session';

/**
 * valibot schema of the compiled tour catalog (the types in ./model.ts). The compiler validates
 * its output with it at build time (src/catalog); the runtime can validate any catalog JSON that
 * crosses a boundary with `parseCatalog` (docs/architecture.md, "Choices": anything that crosses
 * a boundary is checked with a schema library).
 */

const nonEmpty = v.pipe(v.string(), v.minLength(1));
/** An admin-center route: a URL fragment such as `#/subscriptions`. */
const route = v.nullable(v.pipe(v.string(), v.startsWith('#/')));
/** Links the overlay may open: absolute https only (relative ones are resolved at compile time). */
const httpsUrl = v.pipe(v.string(), v.url(), v.startsWith('https://'));

/** One inline node: text, strong, code, link or break (no HTML). */
export const InlineSchema: v.GenericSchema<Inline> = v.variant('type', [
  v.object({ type: v.literal('text'), value: nonEmpty }),
  v.object({ type: v.literal('strong'), children: v.array(v.lazy(() => InlineSchema)) }),
  v.object({ type: v.literal('code'), value: v.string() }),
  v.object({
    type: v.literal('link'),
    href: httpsUrl,
    route,
    children: v.array(v.lazy(() => InlineSchema)),
  }),
  v.object({ type: v.literal('break') }),
]);

/** An alert: one of the five DocFX kinds and its inline content. */
export const AlertSchema: v.GenericSchema<Alert> = v.object({
  kind: v.picklist(ALERT_KINDS),
  content: v.array(InlineSchema),
});

/** A count of words or characters. */
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
/** A range `[start, end)` of words or characters, start ≤ end (WordRange in ./model.ts). */
const range = v.pipe(
  v.tuple([offset, offset]),
  v.check(([start, end]) => start <= end, 'a range ends before it starts'),
);

/** A compiled target (CompiledTarget in ./model.ts; src/catalog/targets.ts). */
export const CompiledTargetSchema: v.GenericSchema<CompiledTarget> = v.object({
  label: nonEmpty,
  labelIndex: v.pipe(v.number(), v.integer(), v.minValue(-1)),
  kind: v.picklist(TARGET_KINDS),
  words: v.pipe(v.array(nonEmpty), v.minLength(1)),
  at: v.nullable(range),
  chars: v.nullable(range),
  segment: range,
  roles: v.array(nonEmpty),
  route,
});

/**
 * A step's words in one locale: content, non-empty plain text, labels, route or null, and
 * what the compiler made of them (normalised words, muted ranges, targets).
 */
const StepWordingEntries = {
  content: v.pipe(v.array(InlineSchema), v.minLength(1)),
  text: nonEmpty,
  labels: v.array(nonEmpty),
  route,
  words: v.array(nonEmpty),
  muted: v.array(range),
  targets: v.array(CompiledTargetSchema),
};

/** A step: its words, alerts, image texts, and its words in other locales (BCP 47 keys). */
export const StepSchema: v.GenericSchema<Step> = v.object({
  ...StepWordingEntries,
  alerts: v.array(AlertSchema),
  images: v.array(nonEmpty),
  translations: v.optional(v.record(v.pipe(v.string(), v.regex(LOCALE_PATTERN), v.maxLength(LOCALE_MAX_LENGTH)), v.object(StepWordingEntries))),
});

/** The cloud of a variant (VariantCloud in ./model.ts): `any` or a cloud with a DocFX moniker. */
export const VariantCloudSchema = v.picklist(VARIANT_CLOUDS);

/** A variant: a cloud and at least one step. */
export const VariantSchema: v.GenericSchema<Variant> = v.object({
  cloud: VariantCloudSchema,
  steps: v.pipe(v.array(StepSchema), v.minLength(1)),
});

/** A task: at least one variant, each cloud at most once. */
export const TaskSchema: v.GenericSchema<Task> = v.pipe(
  v.object({
    id: nonEmpty,
    title: v.string(),
    kind: v.picklist(['steps', 'checklist']),
    intro: v.array(v.array(InlineSchema)),
    prerequisites: v.array(nonEmpty),
    alerts: v.array(AlertSchema),
    variants: v.pipe(v.array(VariantSchema), v.minLength(1)),
  }),
  v.check((task) => new Set(task.variants.map((variant) => variant.cloud)).size === task.variants.length, 'a cloud appears twice in one task'),
);

/** An article: its tasks have unique ids. `date` is ISO `YYYY-MM-DD` or null. */
export const ArticleSchema: v.GenericSchema<Article> = v.pipe(
  v.object({
    id: nonEmpty,
    slug: nonEmpty,
    assetId: v.nullable(nonEmpty),
    locale: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i)),
    dir: v.picklist(['ltr', 'rtl']),
    bilingual: v.boolean(),
    title: nonEmpty,
    translationType: v.nullable(v.string()),
    date: v.nullable(v.pipe(v.string(), v.isoDate())),
    sourceFile: nonEmpty,
    tasks: v.array(TaskSchema),
  }),
  v.check((article) => new Set(article.tasks.map((task) => task.id)).size === article.tasks.length, 'two tasks share an id'),
);

/** The catalog: each (locale, slug) at most once; aliases map old task ids to today's. */
export const CatalogSchema: v.GenericSchema<Catalog> = v.pipe(
  v.object({ articles: v.array(ArticleSchema), aliases: v.optional(v.record(TaskIdSchema, TaskIdSchema)) }),
  v.check(
    (catalog) => new Set(catalog.articles.map((article) => `${article.locale}\n${article.slug}`)).size === catalog.articles.length,
    'two articles share a locale and slug',
  ),
);

/**
 * Validates unknown data as a Catalog and returns it typed.
 * @throws v.ValiError listing the issues when `input` is not a valid catalog.
 */
export function parseCatalog(input: unknown): Catalog {
  return v.parse(CatalogSchema, input);
}

/** True when `input` is a valid Catalog. Never throws. */
export function isCatalog(input: unknown): input is Catalog {
  return v.is(CatalogSchema, input);
}
