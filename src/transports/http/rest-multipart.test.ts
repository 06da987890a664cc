import assert from 'node:assert/strict';
import { Agent, request } from 'node:http';
import { afterEach, beforeEach, describe, test } from 'node:test';
import type { RecordingExecutor } from '../../frontends/rest/testing/fake-executor.js';
import { committedText, historyOf } from '../../router/test-router.js';
import { EXECUTORS, LAB_AUTH, parseMultipart, startRestLab, type RestLab } from './rest-test-support.js';

const CHANGE = '<load-configuration action="set" format="text"><configuration-set>set system location building lab-3</configuration-set></load-configuration>';

for (const [executor, makeExecutor] of EXECUTORS) describe(`REST server: several RPCs in one POST /rpc (${executor})`, () => {
  let lab: RestLab;
  let execute: RecordingExecutor;
  beforeEach(async () => {
    execute = makeExecutor();
    lab = await startRestLab({ execute });
  });
  afterEach(() => lab.close());

  const post = async (body: string, query = '', headers: Record<string, string> = {}) => {
    const response = await lab.call(`/rpc${query}`, { method: 'POST', body, headers });
    const contentType = response.headers.get('content-type') ?? '';
    return { status: response.status, contentType, parts: parseMultipart(contentType, await response.text()) };
  };

  test('two RPCs: multipart/mixed with Junos\'s boundary, one part each, in order', async () => {
    const { status, contentType, parts } = await post('<get-software-information/><get-route-engine-information/>', '?stop-on-error=1');
    assert.equal(status, 200);
    assert.equal(contentType, 'multipart/mixed; boundary=harqgehabymwiax');
    assert.equal(parts.length, 2);
    assert.equal(parts[0]?.headers['content-type'], 'application/xml; charset=utf-8');
    assert.match(parts[0]?.body ?? '', /^\s*<software-information>/);
    assert.match(parts[1]?.body ?? '', /^\s*<route-engine-information /);
  });

  test('an <rpc> wrapper is opened; one RPC still answers multipart; Accept picks each part\'s type', async () => {
    const { parts } = await post('<rpc><get-software-information/></rpc>', '', { accept: 'application/json' });
    assert.equal(parts.length, 1);
    assert.equal(parts[0]?.headers['content-type'], 'application/json; charset=utf-8');
    assert.ok('software-information' in (JSON.parse(parts[0]?.body ?? '') as object));
    const mixed = await post('<get-software-information format="text"/><get-software-information format="json"/><get-software-information/>');
    assert.deepEqual(
      mixed.parts.map((part) => part.headers['content-type']),
      ['text/plain; charset=utf-8', 'application/json; charset=utf-8', 'application/xml; charset=utf-8'],
    );
    assert.match(mixed.parts[0]?.body ?? '', /^Hostname: r1-re0\n/);
  });

  test('lock, load set, commit, unlock in one POST: committed via junoscript, all in one context', async () => {
    const { parts } = await post(`<lock-configuration/>${CHANGE}<commit-configuration/><unlock-configuration/>`, '?stop-on-error=1');
    assert.equal(parts.length, 4);
    assert.equal(parts[0]?.body, '<ok/>\n');
    assert.match(parts[1]?.body ?? '', /<load-configuration-results>\n<ok\/>/);
    assert.match(parts[2]?.body ?? '', /<commit-success\/>/);
    assert.equal(parts[3]?.body, '<ok/>\n');
    assert.match(committedText(lab.router.re('re0')), /location \{\n\s+building lab-3;/);
    assert.equal(historyOf(lab.router.re('re0'))[0], 'lab via rest');
    const contexts = new Set(execute.calls.map((call) => call.context));
    assert.equal(contexts.size, 1);
  });

  test('stop-on-error: a bad RPC in the middle stops the rest, and the lock dies with the request', async () => {
    const { status, parts } = await post(`<lock-configuration/><get-foo-bar/>${CHANGE}<commit-configuration/><unlock-configuration/>`, '?stop-on-error=1');
    assert.equal(status, 200);
    assert.equal(parts.length, 2);
    assert.match(parts[1]?.body ?? '', /<bad-element>get-foo-bar<\/bad-element>/);
    assert.doesNotMatch(committedText(lab.router.re('re0')), /lab-3/);
    const again = await post('<lock-configuration/><unlock-configuration/>');
    assert.deepEqual(
      again.parts.map((part) => part.body),
      ['<ok/>\n', '<ok/>\n'],
    );
  });

  test('stop-on-error also stops on errors a load carries inside its results', async () => {
    const badLoad = '<load-configuration action="set" format="text"><configuration-set>set system no-such-thing</configuration-set></load-configuration>';
    const { parts } = await post(`${badLoad}<commit-configuration/>`, '?stop-on-error=1');
    assert.equal(parts.length, 1);
    assert.match(parts[0]?.body ?? '', /<load-error-count>1<\/load-error-count>/);
  });

  test('without stop-on-error every RPC runs', async () => {
    const { parts } = await post('<get-foo-bar/><get-software-information/>', '?stop-on-error=0');
    assert.equal(parts.length, 2);
    assert.match(parts[1]?.body ?? '', /<software-information>/);
  });

  test('a malformed body, an empty body or another query parameter is 400', async () => {
    for (const [body, query] of [
      ['<get-software-information>', ''],
      ['', ''],
      ['<get-software-information/>', '?format=json'],
    ]) {
      const response = await lab.call(`/rpc${query}`, { method: 'POST', body });
      assert.equal(response.status, 400, `${body} ${query}`);
      assert.match(await response.text(), /<error-tag>malformed-message<\/error-tag>/);
    }
  });
});

describe('REST server: keep-alive throughput', () => {
  test('GET /rpc/get-software-information with keep-alive, 8 requests in flight', async (t) => {
    const lab = await startRestLab();
    const agent = new Agent({ keepAlive: true, maxSockets: 8 });
    const once = () =>
      new Promise<number>((resolve, reject) => {
        const req = request(`${lab.server.url}/rpc/get-software-information`, { agent, headers: { authorization: LAB_AUTH } }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        });
        req.on('error', reject);
        req.end();
      });
    try {
      assert.equal(await once(), 200);
      const seconds = Number(process.env.REST_BENCH_SECONDS ?? '1');
      const until = performance.now() + seconds * 1000;
      let done = 0;
      const worker = async (): Promise<void> => {
        while (performance.now() < until) {
          assert.equal(await once(), 200);
          done += 1;
        }
      };
      const started = performance.now();
      await Promise.all(Array.from({ length: 8 }, worker));
      const rate = done / ((performance.now() - started) / 1000);
      t.diagnostic(`GET /rpc/get-software-information: ${Math.round(rate)} requests/s over ${seconds} s (keep-alive, 8 in flight)`);
      assert.ok(rate > 50, `only ${rate} requests/s`);
    } finally {
      agent.destroy();
      await lab.close();
    }
  });
});
