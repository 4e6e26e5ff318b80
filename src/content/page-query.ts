import type { AdminPage } from '../portal/page';

/** Message type the popup (or a test) sends to a tab's content script: "which page is this?" */
export const CONTENT_PAGE_QUERY = 'admin-coach/page-query';

/** The content script's reply: the admin-center page it sees, null when it is not one. */
export interface ContentPageReply {
  readonly page: AdminPage | null;
}
