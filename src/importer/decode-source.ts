/** A scraped file the importer refuses; the message names the file and says why. */
export class ImportInputError extends Error {
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'ImportInputError';
  }
}

// A scraped article is a few kilobytes; a mebibyte is hundreds of pages, so a bigger file is not
// an article (a PDF, an archive, a whole site dump) and is refused before it is decoded.
export const maxSourceBytes = 1024 * 1024;

/** Decodes a scraped file as UTF-8, refusing what is not an article's text. */
export function decodeSource(bytes: Uint8Array, file: string): string {
  if (bytes.byteLength > maxSourceBytes) {
    throw new ImportInputError(
      file,
      `is ${bytes.byteLength} bytes, over the limit of ${maxSourceBytes} (1 MiB) for a scraped article`,
    );
  }
  if (bytes.byteLength === 0) throw new ImportInputError(file, 'is empty');
  // Text never contains NUL; binary files (images, archives, UTF-16) almost always do.
  if (bytes.includes(0))
    throw new ImportInputError(file, 'is binary (contains NUL bytes), not text');
  let text: string;
  try {
    // fatal: invalid UTF-8 throws instead of becoming U+FFFD (WHATWG Encoding, "fatal" flag);
    // ignoreBOM keeps a BOM in the text so the importer can report it.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ImportInputError(
      file,
      'is not UTF-8 text (save it as UTF-8; a Latin-1 or Windows-1252 export needs converting)',
    );
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    throw new ImportInputError(file, 'has no text (only blank lines)');
  }
  return text;
}
