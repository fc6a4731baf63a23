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

/** The site's navigation: [file, English label, Vietnamese label]. */
export const NAV = [
  ['index.html', 'Home', 'Trang chủ'],
  ['getting-started.html', 'Guide', 'Hướng dẫn'],
  ['rules.html', 'Rule reference', 'Bộ tiêu chí'],
  ['deadlines-quotas.html', 'Deadlines & quotas', 'Thời hạn & chỉ tiêu'],
  ['traceability.html', 'Traceability', 'Truy vết điều khoản'],
  ['api/index.html', 'API', 'API (hàm, lược đồ)'],
  ['playground.html', 'Playground', 'Dùng thử'],
];

/** The guide pages that have a Vietnamese version in docs/vi/, built into vi/ (same file names). */
export const VI_PAGES = ['index.html', 'getting-started.html', 'concepts.html', 'readings.html', 'deadlines.html'];

/** The guide's pages, in reading order: [file, source Markdown, title]. */
export const GUIDE = [
  ['getting-started.html', 'getting-started.md', 'Getting started', 'Bắt đầu'],
  ['concepts.html', 'concepts.md', 'Concepts', 'Khái niệm'],
  ['readings.html', 'readings.md', 'Readings the library takes', 'Cách thư viện hiểu kế hoạch'],
  ['deadlines.html', 'deadlines.md', "The plan's deadlines", 'Các thời hạn của kế hoạch'],
];

/**
 * A whole page in the shared layout.
 *
 * @param {{ file: string, title: string, body: string, lang?: string, section?: string, scripts?: string[], head?: string }} page
 *   `section` is the NAV file highlighted; `scripts` are relative script files loaded at the end of the body.
 *   A Vietnamese guide page has `file` under `vi/`: its menu is in Vietnamese, its links go back up
 *   to the shared pages, and every page links to its other language (the English pages without a
 *   Vietnamese version link to the Vietnamese home page).
 */
export function layout({ file, title, body, lang = 'en', section = file, scripts = [], head = '' }) {
  const inVi = file.startsWith('vi/');
  const up = inVi ? '../' : '';
  const own = inVi ? file.slice(3) : file;
  const sectionFile = inVi ? section.replace(/^vi\//, '') : section;
  const nav = NAV.map(([href, label, labelVi]) => {
    const current = href === sectionFile ? ' aria-current="page"' : '';
    const target = inVi && VI_PAGES.includes(href) ? href : `${up}${href}`;
    return `<li><a href="${esc(target)}"${current}>${esc(inVi ? labelVi : label)}</a></li>`;
  }).join('');
  // The language switch: the same page in the other language where there is one.
  const switchLink = inVi
    ? `<a class="lang-link" href="../${esc(own)}" hreflang="en" lang="en" data-testid="lang-link">English</a>`
    : file === 'playground.html'
      ? ''
      : `<a class="lang-link" href="vi/${esc(VI_PAGES.includes(file) ? file : 'index.html')}" hreflang="vi" lang="vi" data-testid="lang-link">Tiếng Việt</a>`;
  const footer = inVi
    ? 'Trang được tạo từ <code>rules/*.json</code>, <code>rules/scenarios/</code> và <code>src/</code> bằng lệnh <code>npm run docs</code>. Văn bản kế hoạch (<code>rules/source/</code>) là căn cứ.'
    : 'Generated from <code>rules/*.json</code>, <code>rules/scenarios/</code> and <code>src/</code> by <code>npm run docs</code>. The plan’s text (<code>rules/source/</code>) is the authority.';
  return `<!doctype html>
<html lang="${esc(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} · thi-dua-cchc</title>
<link rel="icon" href="${up}assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${up}assets/site.css">
${head}</head>
<body>
<header class="site-header">
<a class="brand" href="index.html">thi-dua-cchc</a>
${switchLink}
<span class="tagline" lang="vi">Thi đua cải cách hành chính xã Vĩnh Bảo 2026–2030</span>
<nav aria-label="${inVi ? 'Trang' : 'Site'}"><ul>${nav}</ul></nav>
</header>
<main id="main">
${body}
</main>
<footer class="site-footer"><p>${footer}</p></footer>
${scripts.map((s) => `<script src="${esc(s)}"></script>`).join('\n')}
</body>
</html>
`;
}

/** A guide page's own navigation: its pages in reading order, the current one marked. */
export function guideNav(file) {
  const inVi = file.startsWith('vi/');
  const own = inVi ? file.slice(3) : file;
  const items = GUIDE.map(([f, , t, tVi]) => {
    const label = inVi ? tVi : t;
    return f === own ? `<li aria-current="page">${esc(label)}</li>` : `<li><a href="${esc(f)}">${esc(label)}</a></li>`;
  });
  return `<nav class="guide-nav" aria-label="${inVi ? 'Hướng dẫn' : 'Guide'}"><ol>${items.join('')}</ol></nav>`;
}

/** An anchor ID for a clause or node: clause IDs are used as they are (they have no spaces). */
export function anchor(...parts) {
  return parts.join('--').replace(/[^A-Za-z0-9._-]/g, '-');
}
