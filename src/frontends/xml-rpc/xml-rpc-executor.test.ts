import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { committedText } from '../../router/test-router.js';
import { parseXmlFragments } from './xml-parse.js';
import { executeRpc, isKnownRpc, XML_RPC_HANDLERS } from './xml-rpc-executor.js';
import { rpcFailed } from './xml-rpc-types.js';
import { openSession, payloadElements, rpcLab } from './testing/rpc-lab.js';

describe('executeRpc', () => {
  it('knows the table and the registry, nothing else', () => {
    for (const name of ['command', 'get-configuration', 'load-configuration', 'commit-configuration', 'lock', 'edit-config', 'get-route-engine-information', 'file-show']) {
      assert.ok(isKnownRpc(name), name);
    }
    assert.equal(isKnownRpc('get-no-such-thing'), false);
    assert.equal(isKnownRpc('toString'), false);
    assert.ok(Object.keys(XML_RPC_HANDLERS).length >= 17);
  });

  it('refuses Object prototype names as unknown RPCs', async () => {
    const lab = rpcLab();
    const result = await openSession(lab).run('<constructor/>');
    assert.equal(result.errors[0]?.badElement, 'constructor');
  });

  it('runs a REST body of RPCs in order: lock, load, commit, unlock', async () => {
    const lab = rpcLab();
    const { context } = openSession(lab, { user: 'lab' });
    const body = '<lock-configuration/><load-configuration action="set" format="text"><configuration-set>set system location building r1</configuration-set></load-configuration><commit/><unlock-configuration/>';
    const results = [];
    for (const request of parseXmlFragments(body)) results.push(await executeRpc(request, context));
    assert.deepEqual(
      results.map((result) => rpcFailed(result)),
      [false, false, false, false],
    );
    assert.match(committedText(lab.router.re('re1')), /building r1/);
  });

  it('marks failures for stop-on-error, whether the errors are top-level or in the payload', async () => {
    const lab = rpcLab();
    const session = openSession(lab);
    assert.equal(rpcFailed(await session.run('<get-no-such-thing/>')), true);
    assert.equal(rpcFailed(await session.run('<load-configuration action="set"><configuration-set>set bogus</configuration-set></load-configuration>')), true);
    assert.equal(rpcFailed(await session.run('<load-configuration action="set"><configuration-set>delete system location</configuration-set></load-configuration>')), false);
  });

  it('reads a declared flag given as an attribute', async () => {
    const lab = rpcLab();
    const result = await openSession(lab).run('<get-route-information detail="detail"/>');
    assert.deepEqual(result.errors, []);
    assert.equal(payloadElements(result)[0]?.name, 'route-information');
  });
});
