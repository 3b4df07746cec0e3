const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A small deterministic number stream from a string (FNV-1a, then xorshift): same id, same art. */
function numbers(seed: string): () => number {
  let state = 2166136261;
  for (const char of seed) state = Math.imul(state ^ (char.codePointAt(0) ?? 0), 16777619);
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

/**
 * Stand-in artwork for an imported photo until the real one is put in `images/` under the same
 * name: abstract, labelled as a stand-in like the project's other stand-ins, 3:2 like them, and
 * described by the photo's alt text so nobody takes it for the photo.
 */
export function standInSvg(id: string, alt: string): string {
  const next = numbers(id);
  const dots = Array.from({ length: 18 }, () => {
    const x = Math.round(120 + next() * 1560);
    const y = Math.round(120 + next() * 760);
    const r = Math.round(10 + next() * 60);
    return `    <circle cx="${x}" cy="${y}" r="${r}"/>`;
  }).join('\n');
  const hue = Math.round(next() * 360);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1800 1200" width="1800" height="1200" role="img" aria-labelledby="t d">
  <title id="t">Platzhaltergrafik · Stand-in image</title>
  <desc id="d">Platzhalter für das Foto: ${escapeXml(alt)}. Stand-in for the photo.</desc>
  <defs>
    <linearGradient id="sky" x2="0" y2="1">
      <stop offset="0" stop-color="hsl(${hue} 30% 16%)"/>
      <stop offset="1" stop-color="hsl(${hue} 28% 26%)"/>
    </linearGradient>
  </defs>
  <rect width="1800" height="1200" fill="url(#sky)"/>
  <g fill="hsl(${hue} 25% 42%)" opacity=".55">
${dots}
  </g>
  <rect y="990" width="1800" height="210" fill="hsl(${hue} 30% 12%)"/>
  <g transform="translate(48 998)">
    <rect width="664" height="60" rx="8" fill="#1c2838" opacity=".86"/>
    <text x="332" y="41" text-anchor="middle" font-family="sans-serif" font-size="32" font-weight="600" fill="#f4f0e8">Platzhaltergrafik · Stand-in image</text>
  </g>
</svg>
`;
}
