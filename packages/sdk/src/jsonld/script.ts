const UNSAFE = /[<>&\u2028\u2029]/g;

/**
 * JSON for inside `<script type="application/ld+json">`: `<`, `>` and `&` are escaped so no
 * text can close the script element or open a comment, and U+2028/U+2029 are escaped for old
 * JavaScript parsers. Those characters only occur inside JSON strings, where `\uXXXX` means the
 * same, so the JSON parses back to the same value.
 *
 * @example
 * toJsonLdScriptText({ name: '</script><b>' }); // '{"name":"\\u003c/script\\u003e\\u003cb\\u003e"}'
 */
export function toJsonLdScriptText(value: unknown): string {
  const json = JSON.stringify(value) ?? 'null';
  return json.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
