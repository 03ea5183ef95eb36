import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Request, Response } from 'express';

const gzipAsync = promisify(zlib.gzip);
/** Below this, gzip costs more than the bytes it saves. */
const MIN_COMPRESSED_BYTES = 1024;
/** Up to this, one synchronous gzip call is cheaper than a stream or the thread pool. */
const MAX_SYNC_GZIP_BYTES = 64 * 1024;

/**
 * How hard to compress: a body sent once (a live scorecard) is compressed
 * fastest, since its gzip runs on the event loop for every request (level 6
 * took ~10% of the thread under load, level 1 a third of that for a few
 * per cent more bytes); a body shared by many requests is compressed once,
 * so smallest pays.
 */
export type Compression = 'fastest' | 'smallest';

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * A JSON response body serialised once, with its ETag and its gzip form
 * made on first use. A body shared by many requests (a cached rollup) is
 * then sent without being stringified or compressed again. `ofText` does
 * the same for a text body of another type (a cached CSV export).
 */
export class SerializedJson {
  private gzipped?: Promise<Buffer>;

  private constructor(
    readonly body: Buffer,
    readonly etag: string,
    private readonly compression: Compression,
    readonly contentType: string = JSON_TYPE,
  ) {}

  static of(
    value: unknown,
    compression: Compression = 'smallest',
  ): SerializedJson {
    return SerializedJson.ofText(JSON.stringify(value), JSON_TYPE, compression);
  }

  static ofText(
    text: string,
    contentType: string,
    compression: Compression = 'smallest',
  ): SerializedJson {
    const body = Buffer.from(text);
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    return new SerializedJson(body, etag, compression, contentType);
  }

  gzip(): Promise<Buffer> {
    const options = {
      level:
        this.compression === 'fastest'
          ? zlib.constants.Z_BEST_SPEED
          : zlib.constants.Z_DEFAULT_COMPRESSION,
    };
    this.gzipped ??=
      this.body.length <= MAX_SYNC_GZIP_BYTES
        ? Promise.resolve(zlib.gzipSync(this.body, options))
        : gzipAsync(this.body, options);
    return this.gzipped;
  }
}

/**
 * Sends a serialised body: 304 when the client already has it, gzip when
 * the client accepts it. Setting Content-Encoding here makes Backstage's
 * compression middleware leave the body alone.
 */
export async function sendSerializedJson(
  req: Pick<Request, 'fresh' | 'acceptsEncodings'>,
  res: Response,
  payload: SerializedJson,
): Promise<void> {
  res.setHeader('Content-Type', payload.contentType);
  res.setHeader('ETag', payload.etag);
  res.setHeader('Vary', 'Accept-Encoding');
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  if (
    payload.body.length >= MIN_COMPRESSED_BYTES &&
    req.acceptsEncodings('gzip', 'identity') === 'gzip'
  ) {
    const gzipped = await payload.gzip();
    res.setHeader('Content-Encoding', 'gzip');
    res.setHeader('Content-Length', gzipped.length);
    res.end(gzipped);
    return;
  }
  res.setHeader('Content-Length', payload.body.length);
  res.end(payload.body);
}
