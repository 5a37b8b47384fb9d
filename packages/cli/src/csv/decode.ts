/**
 * Windows-1252 at 0x80–0x9F, where it differs from Latin-1 (0x81, 0x8D, 0x8F, 0x90 and 0x9D are
 * unassigned and stay as they are). Node 20's TextDecoder treats `windows-1252` as Latin-1.
 */
const CP1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';

/**
 * Text of a CSV file. Excel's plain "CSV" export in a Dutch Windows writes Windows-1252, not UTF-8;
 * bytes that are not valid UTF-8 are read that way, so `café` stays `café` instead of `caf�`.
 * A UTF-8 byte order mark is dropped.
 */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    let text = '';
    for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
    return text;
  }
}
