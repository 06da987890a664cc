import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loginOfClass } from '../auth/testing/configs.js';
import { commitFrom } from '../../router/test-router.js';
import { findAll, openSession, payloadElements, rpcLab, textsOf } from './testing/rpc-lab.js';

const LOCATION = '<get-configuration format="set"><configuration><system><location/></system></configuration></get-configuration>';

async function locationLines(session: ReturnType<typeof openSession>): Promise<string> {
  return (textsOf(await session.run(LOCATION), 'configuration-set')[0] ?? '').trim();
}

describe('<load-configuration>', () => {
  it('loads set commands (PyEZ format=set): <load-configuration-results><ok/>', async () => {
    const lab = rpcLab();
    const session = openSession(lab);
    const result = await session.run('<load-configuration action="set" format="text"><configuration-set>set system location building b1</configuration-set></load-configuration>');
    const [results] = payloadElements(result);
    assert.equal(results?.name, 'load-configuration-results');
    assert.deepEqual(results?.children.map((child) => child.name), ['ok']);
    assert.equal(result.failed, undefined);
    assert.equal(await locationLines(session), 'set system location building b1');
  });

  it('loads curly-brace text with merge, replace and override', async () => {
    const lab = rpcLab();
    const session = openSession(lab);
    await session.run('<load-configuration format="text"><configuration-text>system { location { building b1; floor 2; } }</configuration-text></load-configuration>');
    assert.equal(await locationLines(session), 'set system location building b1\nset system location floor 2');
    await session.run('<load-configuration format="text" action="replace"><configuration-text>system { replace: location { building b9; } }</configuration-text></load-configuration>');
    assert.equal(await locationLines(session), 'set system location building b9');
    const all = (await session.run('<get-configuration format="text"/>')).payload;
    await session.run(`<load-configuration format="text" action="override"><configuration-text>${all.replace(/<\/?configuration-text>/g, '').replace('building b9', 'building b7')}</configuration-text></load-configuration>`);
    assert.equal(await locationLines(session), 'set system location building b7');
  });

  it('loads XML, with delete, replace and inactive attributes', async () => {
    const lab = rpcLab();
    const session = openSession(lab);
    const load = (body: string, action = 'merge') => session.run(`<load-configuration format="xml" action="${action}"><configuration>${body}</configuration></load-configuration>`);
    const first = await load('<system><location><building>b1</building><floor>3</floor></location><name-server><name>10.0.0.53</name></name-server></system>');
    assert.equal(first.failed, undefined, first.payload);
    assert.equal(await locationLines(session), 'set system location building b1\nset system location floor 3');
    await load('<system><location><floor delete="delete"/></location></system>');
    assert.equal(await locationLines(session), 'set system location building b1');
    await load('<system><location replace="replace"><rack>4</rack></location></system>', 'replace');
    assert.equal(await locationLines(session), 'set system location rack 4');
    await load('<system><location inactive="inactive"><rack>4</rack></location></system>');
    assert.match(await locationLines(session), /^deactivate system location$/m);
    const ns = textsOf(await session.run('<get-configuration format="set"><configuration><system><name-server/></system></configuration></get-configuration>'), 'configuration-set')[0];
    assert.match(ns ?? '', /set system name-server 10\.0\.0\.53/);
  });

  it('loads back what get-configuration gives, in XML and JSON (override): no difference', async () => {
    const lab = rpcLab();
    await commitFrom(
      lab.router.re('re0'),
      [
        'set system login message "hello \\"world\\" & <you>"',
        'set routing-options static route 10.1.0.0/16 next-hop 10.255.0.1',
        'deactivate routing-options static route 10.1.0.0/16',
        'set interfaces ge-0/0/0 unit 0 family inet address 192.0.2.1/24',
      ].join('\n'),
    );
    const session = openSession(lab);
    for (const format of ['xml', 'json']) {
      const got = await session.run(`<get-configuration database="committed" format="${format}"/>`);
      const body = format === 'xml' ? got.payload : `<configuration-json>${got.payload}</configuration-json>`;
      const loaded = await session.run(`<load-configuration action="override" format="${format}">${body}</load-configuration>`);
      assert.equal(loaded.failed, undefined, loaded.payload);
      const diff = await session.run('<get-configuration compare="rollback" rollback="0" format="text"/>');
      assert.deepEqual(textsOf(diff, 'configuration-output'), [''], format);
    }
  });

  it('loads JSON', async () => {
    const lab = rpcLab();
    const session = openSession(lab);
    const json = JSON.stringify({ configuration: { system: { location: { building: 'b5', floor: 1 }, services: { netconf: { 'rfc-compliant': [null] } } } } });
    const result = await session.run(`<load-configuration format="json"><configuration-json>${json}</configuration-json></load-configuration>`);
    assert.equal(result.failed, undefined, result.payload);
    assert.equal(await locationLines(session), 'set system location building b5\nset system location floor 1');
    const netconf = await session.run('<get-configuration format="set"><configuration><system><services><netconf/></services></system></configuration></get-configuration>');
    assert.match(textsOf(netconf, 'configuration-set')[0] ?? '', /^set system services netconf rfc-compliant$/m);
  });

  it('reports an unknown statement as an rpc-error with bad-element, and loads nothing', async () => {
    const lab = rpcLab();
    const session = openSession(lab);
    for (const request of [
      '<load-configuration action="set" format="text"><configuration-set>set system location building b1\nset system bogus-statement</configuration-set></load-configuration>',
      '<load-configuration format="xml"><configuration><system><location><building>b1</building></location><bogus-statement/></system></configuration></load-configuration>',
    ]) {
      const result = await session.run(request);
      assert.equal(result.failed, true);
      const [results] = payloadElements(result);
      assert.equal(results?.name, 'load-configuration-results');
      const [error] = findAll(payloadElements(result), 'rpc-error');
      assert.deepEqual(textsOf(result, 'error-severity'), ['error']);
      assert.deepEqual(textsOf(result, 'bad-element'), ['bogus-statement']);
      assert.deepEqual(textsOf(result, 'error-message'), ['syntax error']);
      assert.deepEqual(textsOf(result, 'error-path'), ['[edit system]']);
      assert.ok(error !== undefined);
      assert.deepEqual(textsOf(result, 'load-error-count'), ['1']);
      assert.equal(await locationLines(session), '');
    }
  });

  it('reports a bad value with the value as bad-element', async () => {
    const lab = rpcLab();
    const result = await openSession(lab).run('<load-configuration format="xml"><configuration><system><host-name>a b</host-name></system></configuration></load-configuration>');
    assert.equal(result.failed, true);
    assert.deepEqual(textsOf(result, 'bad-element'), ['a b']);
  });

  it('warns about a missing statement, then <ok/>', async () => {
    const lab = rpcLab();
    const result = await openSession(lab).run('<load-configuration action="set"><configuration-set>delete system location</configuration-set></load-configuration>');
    assert.equal(result.failed, undefined);
    assert.deepEqual(textsOf(result, 'error-severity'), ['warning']);
    assert.deepEqual(textsOf(result, 'error-message'), ['statement not found']);
    assert.deepEqual(payloadElements(result)[0]?.children.map((child) => child.name), ['rpc-error', 'ok']);
  });

  it('rolls back with rollback="N" (PyEZ Config.rollback)', async () => {
    const lab = rpcLab();
    await commitFrom(lab.router.re('re0'), 'set system location building b1');
    await commitFrom(lab.router.re('re0'), 'set system location building b2');
    const session = openSession(lab);
    const result = await session.run('<load-configuration compare="rollback" rollback="1"/>');
    assert.deepEqual(payloadElements(result)[0]?.children.map((child) => child.name), ['ok']);
    assert.equal(await locationLines(session), 'set system location building b1');
    const missing = await session.run('<load-configuration rollback="9"/>');
    assert.equal(missing.failed, true);
    assert.deepEqual(textsOf(missing, 'error-message'), ['rollback file 9 does not exist']);
  });

  it('needs permission to configure, and to change the statements loaded', async () => {
    const lab = rpcLab();
    const readOnly = await openSession(lab, { login: loginOfClass('read-only') }).run('<load-configuration action="set"><configuration-set>set system location building b1</configuration-set></load-configuration>');
    assert.deepEqual(readOnly.errors.map((error) => [error.message, error.badElement]), [['permission denied', 'load-configuration']]);
  });
});
