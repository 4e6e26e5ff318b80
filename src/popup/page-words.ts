import type { Cloud } from '../portal/clouds';
import type { PageName } from '../portal/page';
import type { MessageKey } from './use-translation';

/** The message key naming each cloud in the popup's header. */
export const CLOUD_KEYS: Readonly<Record<Cloud, MessageKey>> = {
  worldwide: 'cloudWorldwide',
  germany: 'cloudGermany',
  '21vianet': 'cloud21Vianet',
  'gcc-high': 'cloudGccHigh',
  dod: 'cloudDod',
};

/** The message key naming each admin-center page, as the admin center's own menu calls it. */
export const PAGE_KEYS: Readonly<Record<PageName, MessageKey>> = {
  home: 'pageHome',
  'your-products': 'pageYourProducts',
  'product-details': 'pageProductDetails',
  licenses: 'pageLicenses',
  'active-users': 'pageActiveUsers',
  other: 'pageOther',
};
