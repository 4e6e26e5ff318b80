/**
 * The replica's non-admin pages, as static HTML without any script: the user's My account
 * page (`portal.office.com/account`, linked by the seeds as `/account/#installs`), the
 * support article where a product key is entered (linked by the seeds' product-key task), and
 * a plain page for any other host. Text is escaped; nothing here runs in the admin app.
 */

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en-US">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:'Segoe UI',system-ui,sans-serif;margin:0;color:#323130}header{background:#2f2f2f;color:#fff;padding:12px 24px;font-weight:600}main{padding:24px;max-width:720px}a.button,button{background:#0078d4;color:#fff;border:0;padding:8px 16px;text-decoration:none;display:inline-block;font:inherit;cursor:pointer}label{display:block;margin:16px 0 4px}input{font:inherit;padding:6px;width:320px}</style>
</head>
<body>${body}</body>
</html>`;
}

/** `portal.office.com/account`: My account, with an Office apps section `#installs`. */
export function myAccountPage(): string {
  return page(
    'My account',
    `<header>Office 365</header><main data-testid="my-account-page"><h1>My account</h1>
<section id="installs" data-testid="my-account-installs"><h2>Office apps</h2>
<p>Install the latest version of Office apps your license includes.</p>
<a class="button" data-testid="my-account-install-office" href="#installs">Install Office</a></section></main>`,
  );
}

/**
 * The "Where to enter your Office product key" article with a product-key form. Submitting it
 * (GET `?key=`) shows a confirmation: the "enter the product key and follow the steps" flow.
 * @param submittedKey the key from the query, if the form was sent.
 */
export function productKeyPage(submittedKey: string | null): string {
  const body =
    submittedKey === null
      ? `<form method="get" data-testid="product-key-form"><label for="key">Product key</label>
<input id="key" name="key" data-testid="product-key-input" placeholder="XXXXX-XXXXX-XXXXX-XXXXX-XXXXX" autocomplete="off" required>
<p><button type="submit" data-testid="product-key-next">Next</button></p></form>`
      : `<p data-testid="product-key-accepted">Product key ${escapeHtml(submittedKey)} accepted. Follow the steps to activate your subscription.</p>`;
  return page(
    'Where to enter your Office product key',
    `<header>Microsoft Support</header><main data-testid="product-key-page"><h1>Where to enter your Office product key</h1>
<p>Enter your Microsoft 365 product key to activate your subscription.</p>${body}</main>`,
  );
}

/** Any other host: a plain page that is not the admin center. */
export function plainPage(host: string): string {
  return page(host || 'Example', `<main data-testid="plain-page"><h1>${escapeHtml(host || 'Example')}</h1><p>This is not the Microsoft 365 admin center.</p></main>`);
}

/** 404 body. */
export function notFoundPage(path: string): string {
  return page('Not found', `<main data-testid="not-found-page"><h1>404</h1><p>${escapeHtml(path)}</p></main>`);
}
