// The site's shared layout and HTML helpers. Every page: UTF-8, a `lang` attribute, system
// fonts that carry Vietnamese, relative links only (so file:// works), no external resource.

/** Escapes text for HTML content and attribute values. */
export function esc(value) {
  return String(value).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

/** A Vietnamese span: `<span lang="vi">…</span>`. */
export function vi(text, tag = 'span', attrs = '') {
  return `<${tag} lang="vi"${attrs}>${esc(text)}</${tag}>`;
}

// Letters only Vietnamese uses among the languages of this site (tone marks and ă â đ ê ô ơ ư).
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂÂĐÊÔƠƯ]|[àáãèéìíòóõùúý]/i;

/** Whether a text is Vietnamese (it has a letter only Vietnamese uses here). */
export function isVietnamese(text) {
  return VIETNAMESE.test(text);
}

/**
 * Marks the Vietnamese quotes of rendered Markdown: an `<em>`, `<q>`, `<blockquote>` or
 * table cell whose text is Vietnamese gets `lang="vi"`, so that screen readers and fonts
 * treat it as Vietnamese on an English page.
 */
export function markVietnamese(html) {
  return html.replace(/<(em|q|blockquote|td|strong)>([\s\S]*?)<\/\1>/g, (all, tag, inner) =>
    isVietnamese(inner.replace(/<[^>]*>/g, '')) ? `<${tag} lang="vi">${inner}</${tag}>` : all,
  );
}

/** The site's navigation: [file, label]. */
export const NAV = [
  ['index.html', 'Home'],
  ['getting-started.html', 'Guide'],
  ['rules.html', 'Rule reference'],
  ['deadlines-quotas.html', 'Deadlines & quotas'],
  ['traceability.html', 'Traceability'],
  ['api/index.html', 'API'],
  ['playground.html', 'Playground'],
];

/** The guide's pages, in reading order: [file, source Markdown, title]. */
export const GUIDE = [
  ['getting-started.html', 'getting-started.md', 'Getting started'],
  ['concepts.html', 'concepts.md', 'Concepts'],
  ['readings.html', 'readings.md', 'Readings the library takes'],
  ['deadlines.html', 'deadlines.md', "The plan's deadlines"],
];

/**
 * A whole page in the shared layout.
 *
 * @param {{ file: string, title: string, body: string, lang?: string, section?: string, scripts?: string[], head?: string }} page
 *   `section` is the NAV file highlighted; `scripts` are relative script files loaded at the end of the body.
 */
export function layout({ file, title, body, lang = 'en', section = file, scripts = [], head = '' }) {
  const nav = NAV.map(([href, label]) => {
    const current = href === section ? ' aria-current="page"' : '';
    return `<li><a href="${esc(href)}"${current}>${esc(label)}</a></li>`;
  }).join('');
  return `<!doctype html>
<html lang="${esc(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} · thi-dua-cchc</title>
<link rel="icon" href="assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="assets/site.css">
${head}</head>
<body>
<header class="site-header">
<a class="brand" href="index.html">thi-dua-cchc</a>
<span class="tagline" lang="vi">Thi đua cải cách hành chính xã Vĩnh Bảo 2026–2030</span>
<nav aria-label="Site"><ul>${nav}</ul></nav>
</header>
<main id="main">
${body}
</main>
<footer class="site-footer"><p>Generated from <code>rules/*.json</code>, <code>rules/scenarios/</code> and <code>src/</code> by <code>npm run docs</code>. The plan’s text (<code>rules/source/</code>) is the authority.</p></footer>
${scripts.map((s) => `<script src="${esc(s)}"></script>`).join('\n')}
</body>
</html>
`;
}

/** A guide page's own navigation: its pages in reading order, the current one marked. */
export function guideNav(file) {
  const items = GUIDE.map(([f, , t]) => (f === file ? `<li aria-current="page">${esc(t)}</li>` : `<li><a href="${esc(f)}">${esc(t)}</a></li>`));
  return `<nav class="guide-nav" aria-label="Guide"><ol>${items.join('')}</ol></nav>`;
}

/** An anchor ID for a clause or node: clause IDs are used as they are (they have no spaces). */
export function anchor(...parts) {
  return parts.join('--').replace(/[^A-Za-z0-9._-]/g, '-');
}
