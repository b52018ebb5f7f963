import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as parseHTMLFunction } from 'linkedom';

// Loaded on the first HTML document: importing a DOM costs more start-up than most runs can spare.
interface HtmlLibraries {
  Readability: typeof ReadabilityClass;
  parseHTML: typeof parseHTMLFunction;
}
let libraries: HtmlLibraries | null = null;
function htmlLibraries(): HtmlLibraries {
  if (!libraries) {
    const require = createRequire(import.meta.url);
    libraries = {
      Readability: (require('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability,
      parseHTML: (require('linkedom') as { parseHTML: typeof parseHTMLFunction }).parseHTML,
    };
  }
  return libraries;
}

/**
 * The article text of an HTML page (Readability on a linkedom DOM); offsets in the record point
 * into this text, which `--emit-text` prints. Falls back to the body's text when Readability
 * finds no article.
 */
export function htmlToText(html: string): string {
  const { Readability, parseHTML } = htmlLibraries();
  const { document } = parseHTML(html);
  const title = document.querySelector('title')?.textContent?.trim() ?? '';
  // Readability mutates the DOM, so read the fallback first.
  const fallback = document.body?.textContent ?? '';
  let article: { title?: string | null; textContent?: string | null } | null = null;
  try {
    article = new Readability(document as unknown as globalThis.Document).parse();
  } catch {
    article = null;
  }
  const body = normalizeWhitespace(article?.textContent ?? fallback);
  const heading = (article?.title ?? title).trim();
  return heading && !body.startsWith(heading) ? `${heading}\n\n${body}` : body;
}

/** Collapse runs of spaces inside lines and keep paragraph breaks, so sentences and offsets stay sane. */
function normalizeWhitespace(text: string): string {
  return text
    .split(/\n/)
    .map((line) => line.replace(/[ \t\u00a0]{1,1000}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
