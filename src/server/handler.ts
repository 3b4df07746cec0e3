/**
 * The HTTP request handler. The policy is here: which file answers a URL or which 404 page
 * (resolve.ts; it also refuses dotfiles, traversal, malformed escapes and directories), the
 * redirects, GET and HEAD only (405 with Allow), which precompressed sibling (encoding.ts: q=0
 * refuses), the headers (`_headers`, Content-Type with charset, Cache-Control by path) and the
 * content-derived ETag (site-index.ts). `send` streams the file and answers HEAD and the
 * conditional requests (If-None-Match compared weakly, as RFC 9110 §13.1.2 says, then 304).
 * Response bodies are always our own files or fixed strings, never derived from the request.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import send from 'send';
import { cacheControlFor, contentTypeFor } from './content-types.ts';
import { negotiateEncoding } from './encoding.ts';
import { siteHeaders } from './headers-file.ts';
import { encodingSuffixes, type ContentCoding } from './precompress.ts';
import { resolveRequest } from './resolve.ts';
import { indexSite } from './site-index.ts';

function sendText(req: IncomingMessage, res: ServerResponse, status: number, text: string): void {
  const body = Buffer.from(text);
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('Content-Length', body.length);
  res.writeHead(status);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** The URL-encoded path `send` expects (it decodes it again), for a site-relative file. */
const sendPath = (file: string) => `/${file.split('/').map(encodeURIComponent).join('/')}`;

/**
 * Preconditions `send` would answer with 412 where RFC 9110 says to ignore them: all of them when
 * the answer is not a 2xx (§13.2.1, our 404 page), and If-Unmodified-Since when the resource has
 * no modification date (§13.1.4): we send none, the content-derived ETag is the validator.
 */
function ignorePreconditions(req: IncomingMessage, status: number): void {
  delete req.headers['if-unmodified-since'];
  if (status !== 200) delete req.headers['if-match'];
}

export function createRequestHandler({ dir }: { dir: string }): RequestListener {
  const site = indexSite(dir);
  const headers = siteHeaders(dir);
  const setSiteHeaders = (res: ServerResponse) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  };

  /** `send` fails with 412 for a precondition the client set; anything else is our fault. */
  function fail(req: IncomingMessage, res: ServerResponse, error: unknown): void {
    const precondition = (error as { status?: unknown } | undefined)?.status === 412;
    // Keep serving other requests; the details go to the log, not to the client.
    if (!precondition) console.error('Reader server: failed to answer a request:', error);
    if (res.headersSent) return void res.destroy();
    // Drop what was set for the file (its type, encoding, ETag) before the error text.
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    setSiteHeaders(res);
    if (precondition) sendText(req, res, 412, 'Precondition Failed');
    else sendText(req, res, 500, 'Internal Server Error');
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendText(req, res, 405, 'Method Not Allowed');
    }
    const resolution = resolveRequest(req.url ?? '/', site.lookup);
    if (resolution.status === 308) {
      res.setHeader('Location', resolution.location);
      return sendText(req, res, 308, '');
    }
    const { file, status } = resolution;
    const entry = site.file(file);
    // A build without 404 pages still has to answer something sensible.
    if (!entry) return sendText(req, res, 404, 'Not Found');

    const available = Object.keys(entry.encoded) as ContentCoding[];
    const encoding = negotiateEncoding(req.headers['accept-encoding'], available);
    res.statusCode = status;
    res.setHeader('Content-Type', contentTypeFor(file));
    // A 404 must be revalidated too: the URL may exist after the next deploy.
    res.setHeader('Cache-Control', status === 200 ? cacheControlFor(file) : 'no-cache');
    res.setHeader('Vary', 'Accept-Encoding');
    // A 404 has no validator: the page it stands in for has none yet, so it is never a 304.
    const etag = encoding === 'identity' ? entry.etag : entry.encoded[encoding];
    if (status === 200 && etag) res.setHeader('ETag', etag);
    if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
    ignorePreconditions(req, status);

    const served = encoding === 'identity' ? file : file + encodingSuffixes[encoding];
    send(req, sendPath(served), {
      root: dir,
      // The resolver already chose an existing file: no index lookup, and `.well-known` may pass.
      index: false,
      dotfiles: 'allow',
      // Headers are set above; a build's modification time says nothing the ETag does not.
      etag: false,
      lastModified: false,
      cacheControl: false,
      // Ranges stay off, as before: nothing on the site is large enough to resume.
      acceptRanges: false,
    })
      // Also for a file that vanished after the snapshot: a fault of the server, not a 404.
      .on('error', (error: unknown) => fail(req, res, error))
      .pipe(res);
  }

  return (req, res) => {
    setSiteHeaders(res);
    try {
      handle(req, res);
    } catch (error) {
      fail(req, res, error);
    }
  };
}
