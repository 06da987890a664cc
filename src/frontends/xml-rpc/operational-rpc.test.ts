import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loginOfClass } from '../auth/testing/configs.js';
import { findAll, openSession, payloadElements, rpcLab, textsOf } from './testing/rpc-lab.js';

describe('operational RPCs of the registry', () => {
  it('answers get-route-engine-information with the registry payload in its namespace', async () => {
    const lab = rpcLab();
    const result = await openSession(lab).run('<get-route-engine-information/>');
    assert.equal(result.ok, false);
    assert.deepEqual(result.errors, []);
    const [payload] = payloadElements(result);
    assert.equal(payload?.name, 'route-engine-information');
    assert.equal(payload?.namespace, 'http://xml.juniper.net/junos/17.3R1/junos-chassis');
    assert.deepEqual(textsOf(result, 'mastership-state'), ['master', 'backup']);
  });

  it('takes arguments from child elements: values and flags', async () => {
    const lab = rpcLab();
    const result = await openSession(lab).run('<get-interface-information><interface-name>fxp0</interface-name><terse/></get-interface-information>');
    const [payload] = payloadElements(result);
    assert.equal(payload?.attributes.style, 'terse');
    assert.deepEqual(
      findAll(payloadElements(result), 'physical-interface').map((ifd) => ifd.children.find((child) => child.name === 'name')?.text.trim()),
      ['fxp0'],
    );
  });

  it('dispatches on the local name whatever the namespace', async () => {
    const lab = rpcLab();
    const result = await openSession(lab).run('<nc:get-software-information xmlns:nc="urn:ietf:params:xml:ns:netconf:base:1.0"/>');
    assert.deepEqual(textsOf(result, 'host-name'), ['r1-re0']);
  });

  it('refuses an unknown RPC as Junos does: syntax error, bad-element the RPC', async () => {
    const lab = rpcLab();
    const result = await openSession(lab).run('<get-no-such-thing/>');
    assert.equal(result.payload, '');
    assert.deepEqual(result.errors, [{ type: 'protocol', tag: 'operation-failed', severity: 'error', message: 'syntax error', badElement: 'get-no-such-thing' }]);
  });

  it('refuses an argument the RPC does not take', async () => {
    const lab = rpcLab();
    const result = await openSession(lab).run('<get-route-engine-information><bogus/></get-route-engine-information>');
    assert.equal(result.errors[0]?.message, 'syntax error');
    assert.equal(result.errors[0]?.badElement, 'bogus');
  });

  it('answers JSON and text when the format attribute asks', async () => {
    const lab = rpcLab();
    const session = openSession(lab);
    const json = await session.run('<get-route-engine-information format="json"/>');
    const parsed = JSON.parse(json.payload) as { 'route-engine-information': { 'route-engine': { 'mastership-state': { data: string }[] }[] }[] };
    assert.deepEqual(
      parsed['route-engine-information'][0]?.['route-engine'].map((re) => re['mastership-state'][0]?.data),
      ['master', 'backup'],
    );
    const text = await session.run('<get-route-engine-information format="text"/>');
    const [output] = payloadElements(text);
    assert.equal(output?.name, 'output');
    assert.match(output?.text ?? '', /^\nRouting Engine status:\n/);
  });

  it('answers the master-only refusal on the backup RE as the registry does', async () => {
    const lab = rpcLab();
    const result = await openSession(lab, { slot: 're1' }).run('<get-chassis-inventory/>');
    assert.deepEqual(result.errors, []);
    assert.match(textsOf(result, 'output')[0] ?? '', /can only be used on the master routing engine/);
  });

  it('refuses what the login class does not allow: permission denied, bad-element the RPC', async () => {
    const lab = rpcLab();
    const session = openSession(lab, { login: loginOfClass('unauthorized') });
    const result = await session.run('<get-route-engine-information/>');
    assert.deepEqual(result.errors, [{ type: 'protocol', tag: 'operation-failed', severity: 'error', message: 'permission denied', badElement: 'get-route-engine-information' }]);
    const readOnly = openSession(lab, { login: loginOfClass('read-only') });
    assert.deepEqual((await readOnly.run('<get-route-engine-information/>')).errors, []);
    const reboot = await readOnly.run('<request-reboot/>');
    assert.equal(reboot.errors[0]?.message, 'permission denied');
    assert.equal(reboot.errors[0]?.badElement, 'request-reboot');
  });
});
