import type { Article, Step, StepWording } from '../tour/model';

/**
 * Aligning the steps of one task across the catalog's locales, so a tour in one language can
 * find its targets on an admin center shown in another (the admin center's language is each
 * admin's own setting, independent of the language they read the tour in).
 *
 * The anchor is English: a bilingual revision gives each translated step beside its English
 * original, sentence for sentence. Two steps of the same task and cloud, in any two locales,
 * are the same step when their English originals agree: the same route and the same English
 * text (after Unicode NFKC, case folding and whitespace collapsing). Translations of one source
 * revision therefore align step for step; translations of different revisions align only the
 * steps whose English did not change, and a step whose English is written twice in one
 * variant aligns nowhere: a missing alignment is better than a wrong one.
 */


/** A translation beside the English original it was made from (a bilingual file's two sides). */
export interface TranslationPair {
  readonly localized: Article;
  /** The English side: the same tasks (ids), clouds and steps, sentence for sentence. */
  readonly english: Article;
}

/**
 * Where a step sits, and what it says: its locale, task id, variant's cloud, 0-based index
 * there, and its own text. The text belongs to the key because one locale can hold several
 * revisions of a step at one place (the English sides of bilingual files of different
 * revisions): translations found for one revision must not land on another.
 */
interface StepPlace {
  readonly locale: string;
  readonly taskId: string;
  readonly cloud: string;
  readonly index: number;
  readonly text: string;
}

/** A step of one locale, with the English original it agrees on. */
interface Member extends Omit<StepPlace, 'text'> {
  readonly step: StepWording;
}

const normalised = (text: string): string => text.normalize('NFKC').toLocaleLowerCase('en-US').replace(/\s+/g, ' ').trim();

/** The key two steps share when they are the same step: task, cloud, route and English text. */
function signatureOf(taskId: string, cloud: string, english: Step): string {
  return JSON.stringify([taskId, cloud, english.route, normalised(english.text)]);
}

const inLocale = (step: Step): StepWording => ({
  text: step.text,
  labels: step.labels,
  route: step.route,
  content: step.content,
  words: step.words,
  muted: step.muted,
  targets: step.targets,
});

/**
 * The members of each signature, from every pair: the translated step and its English
 * original. A signature that one locale holds twice in one variant is dropped for that
 * locale (the text cannot tell which step is meant).
 */
function groupBySignature(pairs: readonly TranslationPair[]): Map<string, Member[]> {
  const groups = new Map<string, Member[]>();
  const ambiguous = new Set<string>();
  for (const { localized, english } of pairs) {
    for (const task of localized.tasks) {
      const englishTask = english.tasks.find((candidate) => candidate.id === task.id);
      for (const variant of task.variants) {
        const englishVariant = englishTask?.variants.find((candidate) => candidate.cloud === variant.cloud);
        // The two sides of one revision have the same structure; anything else aligns nothing.
        if (!englishVariant || englishVariant.steps.length !== variant.steps.length) continue;
        const seen = new Set<string>();
        variant.steps.forEach((step, index) => {
          const original = englishVariant.steps[index] as Step;
          const signature = signatureOf(task.id, variant.cloud, original);
          if (seen.has(signature)) ambiguous.add(JSON.stringify([signature, localized.locale]));
          seen.add(signature);
          const members = groups.get(signature) ?? [];
          const place = { taskId: task.id, cloud: variant.cloud, index };
          members.push({ ...place, locale: localized.locale, step: inLocale(step) });
          members.push({ ...place, locale: english.locale, step: inLocale(original) });
          groups.set(signature, members);
        });
      }
    }
  }
  for (const [signature, members] of groups) {
    const kept = members.filter((member) => !ambiguous.has(JSON.stringify([signature, member.locale])));
    groups.set(signature, kept);
  }
  return groups;
}

/**
 * The same step in other locales, for each step of each pair's translation and English side,
 * keyed by {@link placeKey}: locale → that locale's step. A locale appears once per step (the
 * first pair that gives it wins; two English sides of one revision are the same text).
 * @param pairs every translation that comes with its English original.
 */
export function alignSteps(pairs: readonly TranslationPair[]): Map<string, Readonly<Record<string, StepWording>>> {
  const aligned = new Map<string, Readonly<Record<string, StepWording>>>();
  for (const members of groupBySignature(pairs).values()) {
    const byLocale = new Map<string, Member>();
    for (const member of members) if (!byLocale.has(member.locale)) byLocale.set(member.locale, member);
    if (byLocale.size < 2) continue;
    for (const member of byLocale.values()) {
      const others = [...byLocale.values()].filter((other) => other.locale !== member.locale);
      aligned.set(placeKey({ ...member, text: member.step.text }), Object.fromEntries(others.map((other) => [other.locale, other.step])));
    }
  }
  return aligned;
}

/** The key of a step's place in {@link alignSteps}' result. */
export function placeKey(place: StepPlace): string {
  return JSON.stringify([place.locale.toLowerCase(), place.taskId, place.cloud, place.index, normalised(place.text)]);
}

/**
 * The articles with each step's `translations` filled from `aligned` (steps with none are left
 * as they are). Steps are matched by place and text, so an article that was not itself part
 * of a pair (a plain translation that replaced its bilingual twin) still receives them, as
 * long as its steps sit where the twin's did and say the same.
 */
export function withTranslations(articles: readonly Article[], aligned: ReadonlyMap<string, Readonly<Record<string, StepWording>>>): Article[] {
  return articles.map((article) => ({
    ...article,
    tasks: article.tasks.map((task) => ({
      ...task,
      variants: task.variants.map((variant) => ({
        ...variant,
        steps: variant.steps.map((step, index) => {
          const translations = aligned.get(placeKey({ locale: article.locale, taskId: task.id, cloud: variant.cloud, index, text: step.text }));
          return translations ? { ...step, translations } : step;
        }),
      })),
    })),
  }));
}
