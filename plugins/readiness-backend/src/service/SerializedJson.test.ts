import express from 'express';
import zlib from 'node:zlib';
import request from 'supertest';
import { SerializedJson, sendSerializedJson } from './SerializedJson';

function appServing(value: unknown) {
  const payload = SerializedJson.of(value);
  const app = express();
  app.get('/', (req, res) => sendSerializedJson(req, res, payload));
  return { app, payload };
}

const large = { items: Array.from({ length: 200 }, (_, i) => ({ i, name: `entity-${i}` })) };

describe('sendSerializedJson', () => {
  it('sends gzip to clients that accept it, and the same JSON', async () => {
    const { app } = appServing(large);
    const response = await request(app).get('/').set('Accept-Encoding', 'gzip');
    // supertest inflates the body, so this also proves the gzip is valid.
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(Number(response.headers['content-length'])).toBeLessThan(
      JSON.stringify(large).length / 3,
    );
    expect(response.body).toEqual(large);
  });

  it('sends plain JSON to clients that do not accept gzip, and small bodies uncompressed', async () => {
    const plain = await request(appServing(large).app)
      .get('/')
      .set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toEqual(large);

    const small = await request(appServing({ ok: true }).app)
      .get('/')
      .set('Accept-Encoding', 'gzip');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body).toEqual({ ok: true });
  });

  it('answers 304 when the client already holds the same body', async () => {
    const { app, payload } = appServing(large);
    const first = await request(app).get('/');
    expect(first.headers.etag).toBe(payload.etag);
    const again = await request(app).get('/').set('If-None-Match', payload.etag);
    expect(again.status).toBe(304);
    const changed = await request(app).get('/').set('If-None-Match', '"other"');
    expect(changed.status).toBe(200);
  });

  it('gives different bodies different ETags', () => {
    expect(SerializedJson.of({ a: 1 }).etag).not.toBe(SerializedJson.of({ a: 2 }).etag);
  });

  it('compresses a body sent once with the fastest level and a shared one smallest, both to the same JSON', async () => {
    const varied = {
      items: Array.from({ length: 500 }, (_, i) => ({
        i,
        name: `entity-${(i * 7919) % 1000}`,
        score: (i * 37) % 101,
      })),
    };
    const fastest = await SerializedJson.of(varied, 'fastest').gzip();
    const smallest = await SerializedJson.of(varied).gzip();
    expect(JSON.parse(zlib.gunzipSync(fastest).toString())).toEqual(varied);
    expect(JSON.parse(zlib.gunzipSync(smallest).toString())).toEqual(varied);
    expect(fastest).toEqual(
      zlib.gzipSync(JSON.stringify(varied), { level: zlib.constants.Z_BEST_SPEED }),
    );
    expect(smallest.length).toBeLessThan(fastest.length);
  });

  it('sends a text body of another type with that type, gzipped once', async () => {
    const csv = `entityRef,tier\r\n${Array.from({ length: 200 }, (_, i) => `component:default/e-${i},pilot`).join('\r\n')}\r\n`;
    const payload = SerializedJson.ofText(csv, 'text/csv; charset=utf-8');
    const app = express();
    app.get('/', (req, res) => sendSerializedJson(req, res, payload));
    const response = await request(app).get('/').set('Accept-Encoding', 'gzip');
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.text).toBe(csv);
    expect(await payload.gzip()).toBe(await payload.gzip());
  });
});
