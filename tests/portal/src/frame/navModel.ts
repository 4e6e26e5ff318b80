/**
 * The left navigation's entries per era, with the route each opens and its test id.
 * Sources: docs/admin-center.md (Billing ▸ Your products / Licenses / Bills &
 * payments / Billing accounts / Payment methods in 2021; Billing ▸ Subscriptions in the
 * legacy era kept by Germany and 21Vianet).
 */
import type { Era } from '../cloud';
import type { UiStrings } from '../i18n/strings';

/** One navigation entry. `href` is a fragment (`#/subscriptions`) so `?lang=` etc. survive. */
export interface NavEntry {
  key: string;
  label: keyof UiStrings;
  icon?: string;
  href?: string;
  testId: string;
  children?: NavEntry[];
}

const billing2021: NavEntry = {
  key: 'billing',
  label: 'navBilling',
  icon: 'PaymentCard',
  testId: 'nav-billing',
  children: [
    { key: 'subscriptions', label: 'navYourProducts', href: '#/subscriptions', testId: 'nav-your-products' },
    { key: 'licenses', label: 'navLicenses', href: '#/licenses', testId: 'nav-licenses' },
    { key: 'billoverview', label: 'navBillsAndPayments', href: '#/billoverview', testId: 'nav-bills-and-payments' },
    { key: 'billingaccounts', label: 'navBillingAccounts', href: '#/billingaccounts', testId: 'nav-billing-accounts' },
    { key: 'paymentmethods', label: 'navPaymentMethods', href: '#/paymentmethods', testId: 'nav-payment-methods' },
  ],
};

const billingLegacy: NavEntry = {
  key: 'billing',
  label: 'navBilling',
  icon: 'PaymentCard',
  testId: 'nav-billing',
  children: [
    { key: 'subscriptions', label: 'navSubscriptions', href: '#/subscriptions', testId: 'nav-subscriptions' },
    { key: 'billoverview', label: 'navBills', href: '#/billoverview', testId: 'nav-bills' },
    { key: 'licenses', label: 'navLicenses', href: '#/licenses', testId: 'nav-licenses' },
    { key: 'catalog', label: 'navPurchaseServices', href: '#/catalog', testId: 'nav-purchase-services' },
  ],
};

/** The navigation of an era, top to bottom. */
export function navEntries(era: Era): NavEntry[] {
  return [
    { key: 'homepage', label: 'navHome', icon: 'Home', href: '#/homepage', testId: 'nav-home' },
    {
      key: 'users-group',
      label: 'navUsers',
      icon: 'Contact',
      testId: 'nav-users',
      children: [{ key: 'users', label: 'navActiveUsers', href: '#/users', testId: 'nav-active-users' }],
    },
    { key: 'groups', label: 'navTeamsAndGroups', icon: 'Group', href: '#/groups', testId: 'nav-teams-and-groups' },
    era === 'legacy' ? billingLegacy : billing2021,
    { key: 'setup', label: 'navSetup', icon: 'Repair', href: '#/setup', testId: 'nav-setup' },
    { key: 'settings', label: 'navSettings', icon: 'Settings', href: '#/Settings/ServicesAndAddIns', testId: 'nav-settings' },
    { key: 'support', label: 'navSupport', icon: 'Headset', href: '#/support', testId: 'nav-support' },
    { key: 'reports', label: 'navReports', icon: 'BarChartVertical', href: '#/reports', testId: 'nav-reports' },
    { key: 'servicehealth', label: 'navHealth', icon: 'Health', href: '#/servicehealth', testId: 'nav-health' },
  ];
}
