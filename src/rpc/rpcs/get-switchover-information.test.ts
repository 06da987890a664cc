import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pair, redundancy } from '../../daemons/chassisd/test-pair.js';
import { rpcRegistry } from '../rpc-table.js';
import { parseXmlDocument } from '../testing/parse-xml.js';
import { procedureLab } from '../testing/procedure-lab.js';

function lab(config: string) {
  const chassis = pair();
  chassis.bootBoth(redundancy(config));
  chassis.clock.advance(600_000);
  const router = procedureLab();
  router.engines.re0.chassisd = chassis.re0;
  router.engines.re1.chassisd = chassis.re1;
  return router;
}

test('procedure 7.4: on the backup with GRES, everything ready', () => {
  const reply = rpcRegistry.invoke(lab('set chassis redundancy graceful-switchover').view('re1'), 'get-switchover-information');
  assert.equal(reply.text(), 'Graceful switchover: On\nConfiguration database: Ready\nKernel database: Ready\nSwitchover Status: Ready\n');
  const xml = parseXmlDocument(reply.xml());
  assert.equal(xml.name, 'switchover-information');
  assert.deepEqual(
    xml.children.map((c) => [c.name, c.text]),
    [
      ['switchover-state', 'On'],
      ['configuration-database-state', 'Ready'],
      ['kernel-database-state', 'Ready'],
      ['switchover-status', 'Ready'],
    ],
  );
});

test('without GRES only the first line, Off', () => {
  const reply = rpcRegistry.invoke(lab('').view('re1'), 'get-switchover-information');
  assert.equal(reply.text(), 'Graceful switchover: Off\n');
  assert.equal(reply.json(), '{\n    "switchover-information" : [\n    {\n        "switchover-state" : [\n        {\n            "data" : "Off"\n        }\n        ]\n    }\n    ]\n}\n');
});

test('on the master, the placeholder refusal (9.A12)', () => {
  const reply = rpcRegistry.invoke(lab('set chassis redundancy graceful-switchover').view('re0'), 'get-switchover-information');
  assert.equal(reply.text(), 'error: command is not valid on the master routing engine\n');
  assert.equal(reply.failed, true);
});
