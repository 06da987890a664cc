import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { sha512Crypt } from '../../lib/sha512-crypt.js';
import { commitFrom } from '../../router/test-router.js';
import { basic, EXECUTORS, startRestLab, type RestLab } from './rest-test-support.js';

type Json = Record<string, { data?: string }[] & Record<string, unknown>[]>;

for (const [executor, makeExecutor] of EXECUTORS) describe(`REST server: single RPCs over HTTP (${executor})`, () => {
  let lab: RestLab;
  beforeEach(async () => {
    lab = await startRestLab({ execute: makeExecutor() });
  });
  afterEach(() => lab.close());

  test('GET /rpc/get-route-engine-information answers both REs in XML by default', async () => {
    const response = await lab.call('/rpc/get-route-engine-information');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/xml; charset=utf-8');
    const body = await response.text();
    assert.match(body, /^\s*<route-engine-information xmlns:junos="http:\/\/xml\.juniper\.net\/junos\/17\.3R1\/junos" xmlns="http:\/\/xml\.juniper\.net\/junos\/17\.3R1\/junos-chassis">/);
    assert.equal(body.match(/<route-engine>/g)?.length, 2);
    assert.doesNotMatch(body, /rpc-reply/);
  });

  test('no credentials, a wrong password, an unknown user or a non-Basic scheme: 401 with a Basic challenge', async () => {
    for (const authorization of [undefined, basic('lab', 'wrong'), basic('nobody', 'lab123'), 'Bearer abc']) {
      const response = await fetch(`${lab.server.url}/rpc/get-software-information`, authorization === undefined ? {} : { headers: { authorization } });
      assert.equal(response.status, 401, String(authorization));
      assert.equal(response.headers.get('www-authenticate'), 'Basic realm="Junos REST API", charset="UTF-8"');
      assert.match(await response.text(), /^error: authentication failed/);
    }
  });

  test('Accept: application/json and @format=json give Junos JSON, alike', async () => {
    const accepted = await lab.call('/rpc/get-route-engine-information', { headers: { accept: 'application/json' } });
    assert.equal(accepted.headers.get('content-type'), 'application/json; charset=utf-8');
    const engines = ((await accepted.json()) as { 'route-engine-information': [{ 'route-engine': Json[] }] })['route-engine-information'][0]['route-engine'];
    assert.deepEqual(
      engines.map((re) => re['mastership-state']?.[0]?.data),
      ['master', 'backup'],
    );
    const attribute = await (await lab.call('/rpc/get-software-information@format=json')).text();
    const header = await (await lab.call('/rpc/get-software-information', { headers: { accept: 'application/json' } })).text();
    assert.equal(attribute, header);
    const software = (JSON.parse(attribute) as { 'software-information': Json[] })['software-information'][0];
    assert.equal(software?.['host-name']?.[0]?.data, 'r1-re0');
    assert.equal(software?.['junos-version']?.[0]?.data, '17.3R1.10');
  });

  test('text: Accept text/plain or @format=text gives the CLI text', async () => {
    const response = await lab.call('/rpc/get-software-information', { headers: { accept: 'text/plain' } });
    assert.equal(response.headers.get('content-type'), 'text/plain; charset=utf-8');
    const text = await response.text();
    assert.match(text, /^Hostname: r1-re0\nModel: mx960\nJunos: 17\.3R1\.10\n/);
    assert.equal(await (await lab.call('/rpc/get-software-information@format=text')).text(), text);
  });

  test('parameters from the query, the path, an XML body or a text/plain body give the same answer', async () => {
    const forms: [string, RequestInit][] = [
      ['/rpc/get-interface-information?interface-name=em0', {}],
      ['/rpc/get-interface-information/interface-name=em0', {}],
      ['/rpc/get-interface-information', { method: 'POST', body: '<interface-name>em0</interface-name>', headers: { 'content-type': 'application/xml' } }],
      ['/rpc/get-interface-information', { method: 'POST', body: 'interface-name=em0', headers: { 'content-type': 'text/plain' } }],
      ['/rpc/get-interface-information', { method: 'POST', body: '<interface-name>em0</interface-name>' }],
    ];
    const bodies: string[] = [];
    for (const [path, init] of forms) {
      const response = await lab.call(path, init);
      assert.equal(response.status, 200, path);
      bodies.push(await response.text());
    }
    assert.match(bodies[0] ?? '', /<name>em0<\/name>/);
    assert.doesNotMatch(bodies[0] ?? '', /<name>fxp0<\/name>/);
    for (const body of bodies) assert.equal(body, bodies[0]);
    const flag = await (await lab.call('/rpc/get-interface-information/terse?interface-name=em0')).text();
    assert.match(flag, /junos:style="terse"/);
  });

  test('an unknown RPC is 400 with Junos\'s syntax error, in the asked format', async () => {
    const xml = await lab.call('/rpc/get-foo-bar');
    assert.equal(xml.status, 400);
    const body = await xml.text();
    assert.match(body, /<error-message>\nsyntax error\n<\/error-message>/);
    assert.match(body, /<bad-element>get-foo-bar<\/bad-element>/);
    const json = await lab.call('/rpc/get-foo-bar', { headers: { accept: 'application/json' } });
    assert.equal(json.status, 400);
    const error = ((await json.json()) as { 'rpc-error': Json[] })['rpc-error'][0];
    assert.equal(error?.['error-message']?.[0]?.data, 'syntax error');
    const text = await lab.call('/rpc/get-foo-bar@format=text');
    assert.equal(await text.text(), 'error: syntax error\n');
  });

  test('permission denied is 403; an unknown argument 400', async () => {
    const hash = sha512Crypt('view123', { salt: 'Rest1' });
    await commitFrom(lab.router.re('re0'), `set system login user viewer uid 2001 class read-only authentication encrypted-password "${hash}"`);
    const denied = await lab.call('/rpc/request-reboot', { method: 'POST', headers: { authorization: basic('viewer', 'view123') } });
    assert.equal(denied.status, 403);
    assert.match(await denied.text(), /permission denied/);
    const bad = await lab.call('/rpc/get-software-information?no-such-argument=1');
    assert.equal(bad.status, 400);
    assert.match(await bad.text(), /<bad-element>no-such-argument<\/bad-element>/);
  });

  test('requests REST cannot read are 400 with an rpc-error saying what to send', async () => {
    for (const [path, init] of [
      ['/rpc/get-interface-information', { method: 'POST', body: '<interface-name>em0' }],
      ['/rpc/get-software-information@format=yaml', {}],
      ['/rpc/get software', {}],
      ['/rpc/get-interface-information?%zz', {}],
    ] as [string, RequestInit][]) {
      const response = await lab.call(path, init);
      assert.equal(response.status, 400, path);
      assert.match(await response.text(), /<error-tag>malformed-message<\/error-tag>/, path);
    }
  });

  test('other paths are 404, other methods 405 with Allow', async () => {
    const missing = await lab.call('/api/v1/interfaces');
    assert.equal(missing.status, 404);
    assert.match(await missing.text(), /GET or POST \/rpc\/<rpc-name> and POST \/rpc/);
    const wrong = await lab.call('/rpc/get-software-information', { method: 'DELETE' });
    assert.equal(wrong.status, 405);
    assert.equal(wrong.headers.get('allow'), 'GET, POST');
    const getMany = await lab.call('/rpc');
    assert.equal(getMany.status, 405);
    assert.equal(getMany.headers.get('allow'), 'POST');
  });

  test('without system services rest http the RE answers 503, and 401 is not even asked', async () => {
    await commitFrom(lab.router.re('re0'), 'delete system services rest');
    const response = await fetch(`${lab.server.url}/rpc/get-software-information`);
    assert.equal(response.status, 503);
    assert.match(await response.text(), /not enabled on r1-re0: configure "set system services rest http"/);
  });

  test('a login works until a commit changes the password', async () => {
    assert.equal((await lab.call('/rpc/get-software-information')).status, 200);
    const hash = sha512Crypt('other123', { salt: 'Rest0' });
    await commitFrom(lab.router.re('re0'), `set system login user lab authentication encrypted-password "${hash}"`);
    assert.equal((await lab.call('/rpc/get-software-information')).status, 401);
    assert.equal((await lab.call('/rpc/get-software-information', { headers: { authorization: basic('lab', 'other123') } })).status, 200);
  });

  test('a body over the limit is 413 and the connection closes', async () => {
    const small = await startRestLab({ bodyLimitBytes: 64 });
    try {
      const response = await small.call('/rpc', { method: 'POST', body: `<get-software-information/>${' '.repeat(100)}` });
      assert.equal(response.status, 413);
      assert.equal(response.headers.get('connection'), 'close');
    } finally {
      await small.close();
    }
  });
});

describe('REST server: which RE answers', () => {
  test('target re1 answers from re1, target master from the master', async () => {
    for (const [target, host] of [
      ['re1', 'r1-re1'],
      ['master', 'r1-re0'],
    ] as const) {
      const lab = await startRestLab({ target });
      try {
        const text = await (await lab.call('/rpc/get-software-information@format=text')).text();
        assert.match(text, new RegExp(`^Hostname: ${host}\n`));
      } finally {
        await lab.close();
      }
    }
  });

  test('a halted target RE answers 503', async () => {
    const lab = await startRestLab({ target: 're1' });
    try {
      lab.router.re('re1').halt();
      const response = await lab.call('/rpc/get-software-information');
      assert.equal(response.status, 503);
      assert.match(await response.text(), /re1 is halted/);
    } finally {
      await lab.close();
    }
  });
});
