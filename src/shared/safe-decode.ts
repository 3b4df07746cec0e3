/** decodeURIComponent that never throws: malformed percent-encoding comes back as it was. */
export function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
