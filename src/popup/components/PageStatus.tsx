import type { PageName } from '../../portal/page';
import { CLOUD_KEYS, PAGE_KEYS } from '../page-words';
import type { PopupData } from '../use-popup';
import { useTranslation } from '../use-translation';

function isPageName(name: string): name is PageName {
  return Object.hasOwn(PAGE_KEYS, name);
}

/**
 * The header's line about the target tab: the admin center (which page, which cloud, in the
 * admin's words) or not (Start then opens it), and why the popup acts on another tab than
 * asked (`?tab=` of a closed tab, or not a tab id).
 */
export function PageStatus({ data }: { data: PopupData }) {
  const { t } = useTranslation();
  const { page, notice } = data;
  return (
    <div class="page-status">
      {page ? (
        <>
          <p class="page-status-main">{t('headerAdmin')}</p>
          <p>
            {t('headerWhere', {
              page: t(isPageName(page.page) ? PAGE_KEYS[page.page] : 'pageOther'),
              cloud: t(CLOUD_KEYS[page.cloud]),
            })}
          </p>
        </>
      ) : (
        <p class="page-status-main">{t('headerNotAdmin')}</p>
      )}
      {notice ? <p class="notice">{t(notice)}</p> : null}
    </div>
  );
}
