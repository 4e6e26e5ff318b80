/**
 * The replica's UI strings: one table per language in `locales/`, all of this shape.
 *
 * The values are the admin center's own terms in each language as far as they are known
 * (Microsoft's localized UI), deliberately NOT the machine-translated wording of the seed
 * articles: the extension must bridge that difference, as it must on the real admin center.
 * Placeholders are written `{name}` and filled by `format`.
 */
export interface UiStrings {
  appTitle: string;
  appTitleLegacy: string;
  search: string;
  settings: string;
  help: string;
  collapseNav: string;
  expandNav: string;
  // left navigation
  navHome: string;
  navUsers: string;
  navActiveUsers: string;
  navTeamsAndGroups: string;
  navBilling: string;
  navYourProducts: string;
  navLicenses: string;
  navBillsAndPayments: string;
  navBillingAccounts: string;
  navPaymentMethods: string;
  navSubscriptions: string;
  navBills: string;
  navPurchaseServices: string;
  navSetup: string;
  navSettings: string;
  navSupport: string;
  navReports: string;
  navHealth: string;
  // Your products (2021)
  productsTab: string;
  volumeLicensingTab: string;
  colProductName: string;
  colAssignedLicenses: string;
  colPurchasedQuantity: string;
  colStatus: string;
  statusActive: string;
  statusExpired: string;
  statusDisabled: string;
  moreActions: string;
  menuAssignLicenses: string;
  menuBuyLicenses: string;
  menuEditRecurringBilling: string;
  menuCancelSubscription: string;
  menuReactivate: string;
  // the Reactivate this subscription pane
  paymentMethod: string;
  selectPaymentMethod: string;
  addPaymentMethod: string;
  cardNumber: string;
  add: string;
  save: string;
  cancel: string;
  reactivate: string;
  /** `{brand}`, `{last4}` */
  cardEnding: string;
  invoice: string;
  /** `{name}` */
  reactivated: string;
  // product details
  subscriptionAndPaymentSettings: string;
  subscriptionStatus: string;
  reactivateSubscription: string;
  billingSection: string;
  // legacy cards (Germany, 21Vianet)
  reducedFunctionality: string;
  paymentDetails: string;
  // licenses, users, home
  colAvailableLicenses: string;
  assignLicenses: string;
  addUser: string;
  colDisplayName: string;
  colUsername: string;
  colLicenses: string;
  homeWelcome: string;
  cardBillingBody: string;
  cardUsersBody: string;
  cardOfficeApps: string;
  cardOfficeAppsBody: string;
  // settings
  languageAndTimeZone: string;
  displayLanguage: string;
  loading: string;
}

/**
 * Fills `{key}` placeholders.
 * @param template e.g. `'{brand} ending in {last4}'`.
 * @param values the replacements; a missing key stays as written.
 */
export function format(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
