import MarkdownIt from 'markdown-it';
import DOMPurify from 'dompurify';

/**
 * Renders tutorial Markdown, which may come from an LLM and is untrusted: raw HTML is off in the parser, links
 * are limited to http(s), and the result is sanitized again before it touches the DOM.
 */
const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false });
md.validateLink = (url: string) => /^https?:\/\//i.test(url.trim());

const ALLOWED_TAGS = ['p', 'em', 'strong', 'code', 'pre', 'ul', 'ol', 'li', 'blockquote', 'h3', 'h4', 'h5', 'h6', 'a', 'br', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'del'];

/** Returns a sanitized fragment for the Markdown text. */
export function renderMarkdown(text: string): DocumentFragment {
  // Headings inside a panel section start at h3 so they never outrank the panel's own headings.
  const html = md.render(text).replace(/<(\/?)h[12]>/g, '<$1h3>');
  const clean = DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href', 'title'],
    RETURN_DOM_FRAGMENT: true,
  });
  for (const a of Array.from(clean.querySelectorAll('a'))) {
    a.setAttribute('rel', 'noopener noreferrer');
  }
  return clean;
}
