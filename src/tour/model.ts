/**
 * The tour model: what the catalog compiler produces from a docs article and what the
 * popup, the background and the tour UI read. Plain JSON-serialisable data only, so the
 * same shapes cross message boundaries and live in the bundled catalog.
 *
 * Vocabulary (docs/architecture.md, "Vocabulary"): an article teaches tasks; a task has one variant per
 * cloud; a variant is an ordered list of steps; a step may name UI labels (its targets).
 */

import type { TARGET_KINDS } from './formats';

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
  /**
   * The normalised words of `text` (`wordsOf`, src/step-language/words.ts): what the targets'
   * word offsets count, and what the resolver matches accessible names against.
   */
  readonly words: readonly string[];
  /**
   * Word ranges of `words` in fallback sentences ("If you don't see Reactivate, contact
   * support"): a mention there names no target. Empty when every label stands in one (then
   * the fallback is the step's instruction).
   */
  readonly muted: readonly WordRange[];
  /**
   * The things to point at, in the order the admin meets them: the labels with what the
   * compiler knows of each (src/catalog/targets.ts), plus an implicit choice of a list row
   * where the step says "choose the subscription". Empty for an untargeted step.
   */
  readonly targets: readonly CompiledTarget[];
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
export type StepWording = Pick<Step, 'text' | 'labels' | 'route' | 'content' | 'words' | 'muted' | 'targets'>;

/** A range `[start, end)` of a step's words (Step.words), or of its text's characters. */
export type WordRange = readonly [start: number, end: number];

/**
 * What a target is, as the step's wording and structure tell (src/catalog/targets.ts):
 * - `crumb`: a crumb of the breadcrumb in the sentence with the step's routed link
 *   (`**Billing** > [Your products](fwlink)`): a link or tree item of the navigation;
 * - `tab`, `pane`, `dropdown`-chosen `value`, `page`, `control`: an action label, by the cue
 *   words around it ("the Products **tab**", "in the … **pane**", "from the drop-down list",
 *   "go to the … page", anything else);
 * - `fallback`: a label in a fallback sentence ("If you don't see **Reactivate**, …"): it
 *   stands for the action the instruction named before the fallback;
 * - `choice`: no label, the implicit "choose the subscription": a row of the list.
 */
export type TargetKind = (typeof TARGET_KINDS)[number];

/** One thing a step points at, as compiled from the article (Step.targets). */
export interface CompiledTarget {
  /** The label as the step has it (`Fakturering`); for a `choice`, the noun as written (`abonnementet`). */
  readonly label: string;
  /** Its index in Step.labels; -1 for a `choice`. */
  readonly labelIndex: number;
  readonly kind: TargetKind;
  /** The label's normalised words (non-empty). */
  readonly words: readonly string[];
  /** Where the label stands in Step.words; null when the text does not hold it. */
  readonly at: WordRange | null;
  /**
   * Where it stands in Step.text, in UTF-16 code units, as the whole words that hold it (a
   * label glued to its neighbour by the machine translation, `**Billing**de`, spans the glued
   * word); for emphasis. Null when not found, or when the text's words do not line up with
   * Step.words.
   */
  readonly chars: WordRange | null;
  /**
   * The stretch of Step.words that speaks of this target: from the previous label to the
   * next within the label's sentence; a breadcrumb's whole sentence for a crumb; for a
   * fallback, the instruction before the fallback sentence.
   */
  readonly segment: WordRange;
  /** WAI-ARIA roles that fit what the wording says of it ("tab" near "the … tab"), sorted. */
  readonly roles: readonly string[];
  /**
   * The step's route on the breadcrumb's last crumb (its destination: a link whose href leads
   * there is that crumb, whatever its text); null on every other target.
   */
  readonly route: string | null;
}

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
