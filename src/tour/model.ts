/**
 * The tour model: what the catalog compiler produces from a docs article and what the
 * popup, the background and the tour UI read. Plain JSON-serialisable data only, so the
 * same shapes cross message boundaries and live in the bundled catalog.
 *
 * Vocabulary (docs/architecture.md, "Vocabulary"): an article teaches tasks; a task has one variant per
 * cloud; a variant is an ordered list of steps; a step may name UI labels (its targets).
 */

/**
 * A cloud the admin center runs in, as the articles' DocFX monikers name them
 * (`o365-worldwide`, `o365-germany`, `o365-21vianet`). `any` means the article has no
 * moniker ranges: its steps hold in every cloud. GCC High and DoD have no moniker in the
 * seed articles and use the worldwide variant (docs/admin-center.md, "Hosts, one per cloud").
 */
export type VariantCloud = 'any' | 'worldwide' | 'germany' | '21vianet';

/** An inline run of a step's text, as a tiny tree: no HTML ever reaches the overlay. */
export type Inline =
  | { readonly type: 'text'; readonly value: string }
  | { readonly type: 'strong'; readonly children: readonly Inline[] }
  | { readonly type: 'code'; readonly value: string }
  | {
      readonly type: 'link';
      /** Absolute https URL (relative docs links are resolved at compile time). */
      readonly href: string;
      /** Admin-center route the link leads to (from a known fwlink or admin URL), else null. */
      readonly route: string | null;
      readonly children: readonly Inline[];
    }
  | { readonly type: 'break' };

/** DocFX alert kinds (`> [!NOTE]` …), also recognised in machine-translated bold forms. */
export type AlertKind = 'note' | 'tip' | 'important' | 'caution' | 'warning';

/** An alert attached to a step or a task intro. */
export interface Alert {
  readonly kind: AlertKind;
  readonly content: readonly Inline[];
}

/** One step of a task variant. */
export interface Step {
  /** Inline tree of the step's sentence(s), continuation paragraphs included. */
  readonly content: readonly Inline[];
  /** Plain text of `content`, whitespace collapsed. */
  readonly text: string;
  /**
   * UI labels the step names, in reading order: bold spans and link texts, breadcrumbs
   * (`Billing > Your products`) split into one label each. Empty for an untargeted step.
   */
  readonly labels: readonly string[];
  /** Admin-center route the step links to, e.g. `#/subscriptions`, else null. */
  readonly route: string | null;
  readonly alerts: readonly Alert[];
  /** Alt texts of images in the step: descriptions of the UI, shown as text. */
  readonly images: readonly string[];
  /**
   * The same step in the catalog's other locales, by locale (`en-US` → its text, labels,
   * route, content), where the compiler could align it through the English originals of
   * bilingual revisions (src/catalog/align.ts); absent when it aligns with none. Lets a tour
   * find its targets with the words of the admin center's own language.
   */
  readonly translations?: Readonly<Record<string, StepWording>>;
}

/** A step's words in one locale: what finding its target needs (the resolver's input). */
export type StepWording = Pick<Step, 'text' | 'labels' | 'route' | 'content'>;

/** The steps of a task for one cloud. */
export interface Variant {
  readonly cloud: VariantCloud;
  readonly steps: readonly Step[];
}

/** A task: a section of an article whose body is a list of steps. */
export interface Task {
  /**
   * Stable id, the same for the same task in every locale of the same article and across
   * builds: `<slug>/<section anchor>` for a heading with an anchor (anchors stay English in
   * every locale), else `<slug>[/<last anchor>]/<n>` with n the 1-based ordinal of the
   * unanchored (e.g. bold-titled) section since that anchor (or since the title), e.g.
   * `activate-or-reactivate-a-subscription/2`; a second procedure in one section adds
   * `/procedure-<k>` (src/catalog/sections.ts, src/catalog/tasks.ts). Ids of earlier builds
   * (`<ms.assetid>/…`) live on in Catalog.aliases.
   */
  readonly id: string;
  readonly title: string;
  /** `steps` for a numbered list, `checklist` for a bulleted list of things to check. */
  readonly kind: 'steps' | 'checklist';
  /** Paragraphs before the list, as inline trees. */
  readonly intro: readonly (readonly Inline[])[];
  /** Plain-text prerequisites (roles and conditions from a "before you begin" section). */
  readonly prerequisites: readonly string[];
  readonly alerts: readonly Alert[];
  readonly variants: readonly Variant[];
}

/** Writing direction of a locale's text (HTML `dir`). */
export type TextDirection = 'ltr' | 'rtl';

/** One docs article in one locale. */
export interface Article {
  /** The article's identity, the same in every locale: its slug. */
  readonly id: string;
  /** The article's file name without `.md` (and `.sxs`), the same in every translation. */
  readonly slug: string;
  /** `ms.assetid`, metadata only (two different articles can share one); null when absent. */
  readonly assetId: string | null;
  /**
   * BCP 47 locale: `ms.contentlocale`, else the article's folder (`src/articles/<locale>/`),
   * else the compiler's default (en-US). The English side of a bilingual revision is en-US.
   */
  readonly locale: string;
  /** Direction of the article's text: `rtl` for Arabic, Hebrew, Persian, Urdu… (src/catalog/article-locale.ts). */
  readonly dir: TextDirection;
  /** True when compiled from a bilingual revision (each sentence followed by its English original). */
  readonly bilingual: boolean;
  readonly title: string;
  /** `ms.translationtype`: `MT` machine, `HT` human; null when absent. */
  readonly translationType: string | null;
  /** `ms.date` or `ms.lasthandoff` as ISO `YYYY-MM-DD`, null when absent. */
  readonly date: string | null;
  /** Source path relative to the project root, e.g. `src/articles/nl-NL/x.md`. */
  readonly sourceFile: string;
  readonly tasks: readonly Task[];
}

/** The compiled catalog: every article of every locale. */
export interface Catalog {
  readonly articles: readonly Article[];
  /**
   * Task ids of earlier builds → today's ids, so share links and policies written with an
   * old id keep working (`2d59f23f-…/activate-or-reactivate-a-subscription/2` →
   * `activate-or-reactivate-a-subscription/2`). Absent or empty when there are none.
   */
  readonly aliases?: Readonly<Record<string, string>>;
}
