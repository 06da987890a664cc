import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loginOfClass } from '../auth/testing/configs.js';
import { committedText } from '../../router/test-router.js';
import { findAll, openSession, payloadElements, rpcLab, textsOf } from './testing/rpc-lab.js';
import type { XmlRpcResult } from './xml-rpc-types.js';

const LOAD_B1 = '<load-configuration action="set" format="text"><configuration-set>set system location building b1</configuration-set></load-configuration>';

/** `[name, outcome]` of every `<routing-engine>` of a `<commit-results>`. */
function engines(result: XmlRpcResult): string[][] {
  return findAll(payloadElements(result), 'routing-engine').map((re) => [
    re.children.find((child) => child.name === 'name')?.text ?? '',
    ...re.children.filter((child) => child.name !== 'name').map((child) => child.name),
  ]);
}

describe('<commit-configuration>', () => {
  it('check: re0 and re1 check succeed, nothing committed', async () => {
    const lab = rpcLab();
    const session = openSession(lab);
    await session.run(LOAD_B1);
    const result = await session.run('<commit-configuration><check/></commit-configuration>');
    assert.equal(payloadElements(result)[0]?.name, 'commit-results');
    assert.deepEqual(engines(result), [
      ['re0', 'commit-check-success'],
      ['re1', 'commit-check-success'],
    ]);
    assert.doesNotMatch(committedText(lab.router.re('re0')), /building b1/);
  });

  it('synchronize with a log: re0 check, re1 commit, re0 commit (procedure 4.2), on both REs', async () => {
    const lab = rpcLab();
    const session = openSession(lab);
    await session.run(LOAD_B1);
    const result = await session.run('<commit-configuration><log>acceptance</log><synchronize/></commit-configuration>');
    assert.equal(result.failed, undefined);
    assert.deepEqual(findAll(payloadElements(result), 'routing-engine').map((re) => re.attributes.style), ['show-name', 'show-name', 'show-name']);
    assert.deepEqual(engines(result), [
      ['re0', 'commit-check-success'],
      ['re1', 'commit-success'],
      ['re0', 'commit-success'],
    ]);
    assert.match(committedText(lab.router.re('re0')), /building b1/);
    assert.match(committedText(lab.router.re('re1')), /building b1/);
    const entry = lab.router.re('re0').commitHistory()[0];
    assert.equal(entry?.client, 'netconf');
    assert.equal(entry?.comment, 'acceptance');
    const diff = await session.run('<get-configuration compare="rollback" rollback="0" format="text"/>');
    assert.deepEqual(textsOf(diff, 'configuration-output'), ['']);
  });

  it('confirmed: the commit rolls back unless confirmed', async () => {
    const lab = rpcLab();
    const session = openSession(lab);
    await session.run(LOAD_B1);
    await session.run('<commit-configuration><confirmed/><confirm-timeout>2</confirm-timeout></commit-configuration>');
    assert.match(committedText(lab.router.re('re0')), /building b1/);
    lab.clock.advance(3 * 60_000);
    assert.doesNotMatch(committedText(lab.router.re('re0')), /building b1/);
  });

  it('a failing commit: the errors inside <commit-results>, failed', async () => {
    const lab = rpcLab();
    const session = openSession(lab);
    await session.run('<load-configuration action="set"><configuration-set>set system login user nobody uid 3000</configuration-set></load-configuration>');
    const result = await session.run('<commit-configuration/>');
    assert.equal(result.failed, true);
    assert.ok(findAll(payloadElements(result), 'rpc-error').length > 0, result.payload);
    assert.deepEqual(textsOf(result, 'error-message'), ["Missing mandatory statement: 'class'", 'commit failed: (missing mandatory statements)']);
    assert.deepEqual(textsOf(result, 'bad-element'), ['user nobody']);
    assert.deepEqual(textsOf(result, 'error-path'), ['[edit system login]']);
  });

  it('refuses unknown children and needs the configure permission', async () => {
    const lab = rpcLab();
    const unknown = await openSession(lab).run('<commit-configuration><bogus/></commit-configuration>');
    assert.equal(unknown.errors[0]?.badElement, 'bogus');
    const denied = await openSession(lab, { login: loginOfClass('read-only') }).run('<commit-configuration/>');
    assert.deepEqual(denied.errors.map((error) => [error.message, error.badElement]), [['permission denied', 'commit-configuration']]);
  });
});

describe('NETCONF <commit> and <validate>', () => {
  it('validate then commit answer <ok/>', async () => {
    const lab = rpcLab();
    const session = openSession(lab);
    await session.run(LOAD_B1);
    const validate = await session.run('<validate><source><candidate/></source></validate>');
    assert.equal(validate.ok, true);
    const commit = await session.run('<commit/>');
    assert.equal(commit.ok, true);
    assert.match(committedText(lab.router.re('re1')), /building b1/);
  });

  it('validate reports the check errors as rpc-errors', async () => {
    const lab = rpcLab();
    const session = openSession(lab);
    await session.run('<load-configuration action="set"><configuration-set>set system login user nobody uid 3000</configuration-set></load-configuration>');
    const validate = await session.run('<validate><source><candidate/></source></validate>');
    assert.equal(validate.ok, false);
    assert.ok(validate.errors.some((error) => error.severity === 'error' && error.message.startsWith('configuration check-out failed')), JSON.stringify(validate.errors));
  });
});
