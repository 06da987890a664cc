import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bootedLab } from '../../router/test-router.js';
import { runOperationalCommand } from '../../rpc/operational-command.js';
import { ControlApi, type ControlResponse } from './control-api.js';

const TOKEN = 'secret-token';

function lab() {
  const { clock, router } = bootedLab();
  const api = new ControlApi({ router, token: TOKEN, runCommand: runOperationalCommand });
  const call = (method: string, path: string, body: unknown = '', authorization: string | null = `Bearer ${TOKEN}`): Promise<ControlResponse> =>
    api.handle({ method, path, authorization: authorization ?? undefined, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { clock, router, call };
}

const json = (response: ControlResponse): Record<string, unknown> => response.body as Record<string, unknown>;

test('every route refuses a request without the bearer token, saying where the token is', async () => {
  const { call } = lab();
  for (const authorization of [null, 'Bearer wrong', `Basic ${TOKEN}`, TOKEN]) {
    const answer = await call('GET', '/api/router', '', authorization);
    assert.equal(answer.status, 401);
    assert.match(String(json(answer).error), /Authorization: Bearer <token>.*control-token/);
  }
  assert.equal((await call('GET', '/nowhere', '', null)).status, 401);
});

test('GET /api/router shows the name, the model, readiness and each RE with its role and host name', async () => {
  const { call } = lab();
  const answer = await call('GET', '/api/router');
  assert.equal(answer.status, 200);
  const body = json(answer);
  assert.equal(body.name, 'r1');
  assert.equal(body.model, 'MX960');
  assert.equal(body.ready, true);
  assert.equal(body.linkCut, false);
  const engines = body.routingEngines as { slot: string; power: string; role: string; hostName: string; alarms: unknown[]; faults: { diskFailed: boolean } }[];
  assert.deepEqual(engines.map((re) => [re.slot, re.power, re.role, re.hostName]), [
    ['re0', 'running', 'master', 'r1-re0'],
    ['re1', 'running', 'backup', 'r1-re1'],
  ]);
  assert.deepEqual(engines[0]?.alarms, []);
  assert.equal(engines[0]?.faults.diskFailed, false);
});

test('a halt through the API shows in GET /api/router and GET /api/faults, with the master\'s alarm', async () => {
  const { clock, call } = lab();
  const halted = await call('POST', '/api/faults/halt', { re: 're1' });
  assert.deepEqual(halted, { status: 200, body: { ok: true } });
  clock.advance(10_000);
  const engines = json(await call('GET', '/api/router')).routingEngines as { power: string; role: string; hostName: string | null; alarms: { description: string }[] }[];
  assert.equal(engines[1]?.power, 'halted');
  assert.equal(engines[1]?.role, 'none');
  assert.equal(engines[1]?.hostName, null);
  assert.ok(engines[0]?.alarms.some((alarm) => /Loss of communication with Backup RE/.test(alarm.description)));
  const faults = json(await call('GET', '/api/faults')) as { re1: { power: string } };
  assert.equal(faults.re1.power, 'halted');
});

test('a fault the router refuses answers 409 with its reason', async () => {
  const { call } = lab();
  assert.equal((await call('POST', '/api/faults/restore-link', {})).status, 409);
  assert.deepEqual(await call('POST', '/api/faults/cut-link'), { status: 200, body: { ok: true } });
  const again = await call('POST', '/api/faults/cut-link', {});
  assert.deepEqual(again, { status: 409, body: { ok: false, message: 'the internal link is already cut' } });
  assert.equal(json(await call('GET', '/api/router')).linkCut, true);
});

test('each fault name reaches its fault, with the body it takes', async () => {
  const { clock, router, call } = lab();
  const post = async (name: string, body: unknown): Promise<number> => (await call('POST', `/api/faults/${name}`, body)).status;
  assert.equal(await post('commit-delay', { re: 're0', ms: 3000 }), 200);
  assert.equal(router.re('re0').commitDelayMs, 3000);
  assert.equal(await post('commit-delay', { re: 're0', clear: true }), 200);
  assert.equal(router.re('re0').commitDelayMs, 0);
  assert.equal(await post('fail-disk', { re: 're1' }), 200);
  assert.equal(router.re('re1').diskFailed, true);
  assert.equal(await post('repair-disk', { re: 're1' }), 200);
  assert.equal(router.re('re1').diskFailed, false);
  assert.equal(await post('rpd-fail-to-start', { re: 're0' }), 200);
  assert.equal(router.re('re0').rpdFailToStart, true);
  assert.equal(await post('rpd-fail-to-start', { re: 're0', on: false }), 200);
  assert.equal(await post('crash-rpd', { re: 're0', restartAfterMs: 1000 }), 200);
  assert.equal(router.faults.state().re0.rpd, 'crashed');
  clock.advance(5_000);
  assert.equal(await post('power-off', { re: 're1' }), 200);
  assert.equal(router.re('re1').power, 'halted');
  assert.equal(await post('power-on', { re: 're1' }), 200);
  assert.equal(router.re('re1').power, 'running');
  assert.equal(await post('reboot', { re: 're1' }), 200);
  clock.advance(10_000);
  assert.equal(await post('remove', { re: 're1' }), 200);
  assert.equal(router.re('re1').power, 'removed');
  assert.equal(await post('insert', { re: 're1', fresh: false }), 200);
  assert.equal(router.re('re1').power, 'running');
  assert.equal(await post('insert', { re: 're1' }), 409);
});

test('a fault body without the RE, or with a wrong field, is a 400 that shows the body to send', async () => {
  const { call } = lab();
  const missing = await call('POST', '/api/faults/halt', {});
  assert.equal(missing.status, 400);
  assert.match(String(json(missing).error), /send \{"re": "re0"\} or \{"re": "re1"\}/);
  assert.equal((await call('POST', '/api/faults/halt', { re: 're2' })).status, 400);
  assert.equal((await call('POST', '/api/faults/crash-rpd', { re: 're0', restartAfterMs: -1 })).status, 400);
  assert.equal((await call('POST', '/api/faults/insert', { re: 're0', fresh: 'yes' })).status, 400);
  assert.match(String(json(await call('POST', '/api/faults/commit-delay', { re: 're0' })).error), /"ms": 3000.*"clear": true/);
});

test('a body that is not a JSON object is a 400', async () => {
  const { call } = lab();
  const bad = await call('POST', '/api/faults/halt', '{"re": ');
  assert.equal(bad.status, 400);
  assert.match(String(json(bad).error), /not valid JSON.*send a JSON object/);
  assert.equal((await call('POST', '/api/faults/halt', '["re0"]')).status, 400);
  assert.equal((await call('POST', '/api/re/re0/command', 'show version')).status, 400);
});

test('an unknown path or fault is a 404 listing what exists', async () => {
  const { call } = lab();
  const nowhere = await call('GET', '/api/nowhere');
  assert.equal(nowhere.status, 404);
  assert.match(String(json(nowhere).error), /GET \/api\/router/);
  assert.equal((await call('GET', '/')).status, 404);
  const fault = await call('POST', '/api/faults/explode', { re: 're0' });
  assert.equal(fault.status, 404);
  assert.match(String(json(fault).error), /halt, reboot/);
  assert.match(String(json(await call('GET', '/api/re/re2/log')).error), /use re0 or re1/);
});

test('a wrong method is a 405 naming the method to use', async () => {
  const { call } = lab();
  const post = await call('POST', '/api/router', {});
  assert.equal(post.status, 405);
  assert.deepEqual(post.headers, { allow: 'GET' });
  assert.match(String(json(post).error), /takes GET, not POST/);
  assert.equal((await call('GET', '/api/faults/halt')).status, 405);
  assert.equal((await call('GET', '/api/re/re0/command')).status, 405);
  assert.equal((await call('DELETE', '/api/re/re0/log')).status, 405);
});

test('GET /api/re/:slot/log answers that RE\'s messages', async () => {
  const { call } = lab();
  const answer = await call('GET', '/api/re/re1/log?tail=1');
  assert.equal(answer.status, 200);
  const body = json(answer) as { slot: string; messages: string[] };
  assert.equal(body.slot, 're1');
  assert.ok(body.messages.some((line) => /r1-re1 .*CHASSISD_RE_MASTERSHIP_CHANGE/.test(line)));
});

test('POST /api/re/:slot/command runs an operational command in the format asked', async () => {
  const { call } = lab();
  const text = json(await call('POST', '/api/re/re0/command', { command: 'show chassis routing-engine' }));
  assert.equal(text.ok, true);
  assert.match(String(text.output), /Routing Engine status:\n {2}Slot 0:\n {4}Current state +Master/);
  const xml = json(await call('POST', '/api/re/re1/command', { command: 'show chassis routing-engine', format: 'xml' }));
  assert.match(String(xml.output), /<route-engine-information/);
  const wrong = json(await call('POST', '/api/re/re0/command', { command: 'show nonsense' }));
  assert.equal(wrong.ok, false);
  assert.match(String(wrong.output), /syntax error|unknown command/);
});

test('a command needs a command line and a known format, and a running RE', async () => {
  const { call } = lab();
  assert.equal((await call('POST', '/api/re/re0/command', {})).status, 400);
  assert.match(String(json(await call('POST', '/api/re/re0/command', { command: 'show version', format: 'yaml' })).error), /text, xml or json/);
  await call('POST', '/api/faults/halt', { re: 're1' });
  const halted = await call('POST', '/api/re/re1/command', { command: 'show version' });
  assert.equal(halted.status, 409);
  assert.match(String(json(halted).error), /re1 is halted: power it on first \(POST \/api\/faults\/power-on/);
});

test('the API needs a token to be built', () => {
  const { router } = bootedLab();
  assert.throws(() => new ControlApi({ router, token: '', runCommand: runOperationalCommand }), /non-empty token/);
});
