import type { AdminPage } from '../portal/page';

/** Message type a test's probe sends to a tab's content script: "which page is this?" (the popup reads the tab's URL instead). */
export const CONTENT_PAGE_QUERY = 'admin-coach/page-query';

/** The content script's reply: the admin-center page it sees, null when it is not one. */
export interface ContentPageReply {
  readonly page: AdminPage | null;
}
