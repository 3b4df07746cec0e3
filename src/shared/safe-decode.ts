/** decodeURIComponent that never throws: malformed percent-encoding comes back as it was. */
export function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The path decoded as the router decodes it, or null where its percent-encoding is malformed. */
export function decodedPath(path: string): string | null {
  try {
    return decodeURI(path);
  } catch {
    return null;
  }
}
