import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bootedLab } from '../../router/test-router.js';
import { RestApi, type RestRequest, type XmlRpcExecutor } from './rest-api.js';
import { fakeExecutor } from './testing/fake-executor.js';

const AUTH = `Basic ${Buffer.from('lab:lab123').toString('base64')}`;

function get(path: string, extra: Partial<RestRequest> = {}): RestRequest {
  const [bare = path, query = ''] = path.split('?');
  return { method: 'GET', path: bare, query, headers: { authorization: AUTH }, body: '', ...extra };
}

describe('RestApi.handle', () => {
  test('each request has its own context and session id; its configuration session is closed after it', async () => {
    const { router } = bootedLab();
    const execute = fakeExecutor();
    const api = new RestApi({ router, target: 're0', execute });
    const body = '<lock-configuration/><get-software-information/>';
    for (let i = 0; i < 2; i += 1) {
      const response = await api.handle({ ...get('/rpc/'), method: 'POST', body });
      assert.equal(response.status, 200);
      assert.match(response.headers['content-type'] ?? '', /^multipart\/mixed; boundary=/);
      assert.deepEqual(router.re('re0').database?.sessions(), []);
    }
    const [a, b, c, d] = execute.calls.map((call) => call.context);
    assert.equal(a, b);
    assert.equal(c, d);
    assert.notEqual(a?.sessionId, c?.sessionId);
    assert.equal(a?.login.user, 'lab');
    assert.equal(a?.slot, 're0');
  });

  test('an executor that throws is a 500 that says so, not a hang', async () => {
    const { router } = bootedLab();
    const execute: XmlRpcExecutor = () => Promise.reject(new Error('boom'));
    const api = new RestApi({ router, target: 're0', execute });
    const response = await api.handle(get('/rpc/get-software-information'));
    assert.equal(response.status, 500);
    assert.match(response.body, /internal error running get-software-information: boom/);
  });

  test('@format is REST\'s for RPCs whose format is their input, and reaches the executor for the others', async () => {
    const { router } = bootedLab();
    const execute = fakeExecutor();
    const api = new RestApi({ router, target: 're0', execute });
    const lock = await api.handle({ ...get('/rpc/lock-configuration@format=json'), method: 'POST' });
    assert.deepEqual(JSON.parse(lock.body), { ok: [{ data: [null] }] });
    assert.deepEqual(execute.calls[0]?.request.attributes, {});
    await api.handle(get('/rpc/get-software-information', { headers: { authorization: AUTH, accept: 'text/plain' } }));
    assert.deepEqual(execute.calls[1]?.request.attributes, { format: 'text' });
  });

  test('root logs in on re1 with its own password; an unknown user does not', async () => {
    const { router } = bootedLab();
    const api = new RestApi({ router, target: 're1', execute: fakeExecutor() });
    const response = await api.handle(get('/rpc/get-software-information', { headers: { authorization: `Basic ${Buffer.from('root:lab123').toString('base64')}` } }));
    assert.equal(response.status, 200);
    const unknown = await api.handle(get('/rpc/get-software-information', { headers: { authorization: `Basic ${Buffer.from('admin:lab123').toString('base64')}` } }));
    assert.equal(unknown.status, 401);
  });
});
