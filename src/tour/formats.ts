/**
 * The shapes of the values a tour session and its view carry, as plain constants with no
 * schema library, so that both the valibot schemas (./session.ts, ./catalog-schema.ts) and
 * the tour UI's hand-written check (src/messaging/tour-ui-payload.ts) read them from one place.
 */

/** Task ids as the catalog makes them, `<slug>[/<anchor>][/<n>]`, and the older `<ms.assetid>/…` ids (src/catalog); 1–200 characters. */
export const TASK_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
/** Longest task id accepted (characters). */
export const TASK_ID_MAX_LENGTH = 200;

/** A BCP 47 locale as the articles use them (`nl-NL`); loose on purpose, the catalog decides. */
export const LOCALE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/i;
/** Longest locale accepted (characters). */
export const LOCALE_MAX_LENGTH = 35;

/**
 * Why a tour opened from a share link is not exactly what the link asked for (each is also
 * an i18n key of `_locales`, the text the tour UI shows).
 */
export const LINK_NOTICE_REASONS = [
  'linkMalformed',
  'linkTooLong',
  'linkUnknownTask',
  'linkLanguageMissing',
  'linkStepOutOfRange',
  // The organisation's policy refused the link (src/settings/policy.ts).
  'linkRefusedByPolicy',
  'linkTaskNotAllowed',
] as const;

/** The DocFX alert kinds a step's alert may have (src/tour/model.ts AlertKind). */
export const ALERT_KINDS = ['note', 'tip', 'important', 'caution', 'warning'] as const;

/** The kinds of a step's compiled target (src/tour/model.ts TargetKind; src/catalog/targets.ts). */
export const TARGET_KINDS = ['crumb', 'control', 'tab', 'pane', 'page', 'value', 'fallback', 'choice'] as const;

/** The clouds a task's variant can be for (src/tour/model.ts VariantCloud). */
export const VARIANT_CLOUDS = ['any', 'worldwide', 'germany', '21vianet'] as const;
