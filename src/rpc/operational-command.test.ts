import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bootedLab, type Lab } from '../router/test-router.js';
import { runOperationalCommand, splitWords } from './operational-command.js';

function readyLab(): Lab {
  const lab = bootedLab({}, 1000);
  while (!lab.router.ready) lab.clock.advance(1000);
  return lab;
}

test('show chassis routing-engine runs on the RE it is typed on', () => {
  const { router } = readyLab();
  const result = runOperationalCommand(router, 're1', 'show chassis routing-engine');
  assert.equal(result.ok, true);
  assert.match(result.output, /^Routing Engine status:\n {2}Slot 0:\n {4}Current state {18}Master\n/);
  router.shutdown();
});

test('the longest command wins: show route forwarding-table is not show route', () => {
  const { router } = readyLab();
  const result = runOperationalCommand(router, 're1', 'show route forwarding-table family inet');
  assert.equal(result.ok, true);
  assert.match(result.output, /^Routing table: default\.inet\n/);
  assert.doesNotMatch(result.output, /inet6/);
  const route = runOperationalCommand(router, 're1', 'show route');
  assert.deepEqual(route, { ok: false, output: 'error: the routing subsystem is not running\n' });
  router.shutdown();
});

test('flags, values, positional words and invoke-on become the RPC arguments', () => {
  const { router } = readyLab();
  const version = runOperationalCommand(router, 're0', 'show version invoke-on other-routing-engine');
  assert.match(version.output, /^re1:\n-{74}\nHostname: r1-re1\n/);
  const slot = runOperationalCommand(router, 're0', 'show chassis routing-engine 1');
  assert.match(slot.output, /^Routing Engine status:\n {2}Slot 1:\n/);
  assert.doesNotMatch(slot.output, /Slot 0/);
  const path = runOperationalCommand(router, 're0', 'show configuration system services');
  assert.equal(path.ok, true);
  assert.match(path.output, /^ssh;\n/);
  const log = runOperationalCommand(router, 're0', 'show log "messages"');
  assert.match(log.output, /r1-re0 chassisd\[1893\]: CHASSISD_RE_MASTERSHIP_CHANGE/);
  router.shutdown();
});

test('xml and json render the same reply', () => {
  const { router } = readyLab();
  const xml = runOperationalCommand(router, 're1', 'show system commit', 'xml');
  assert.match(xml.output, /^<rpc-reply xmlns:junos="http:\/\/xml\.juniper\.net\/junos\/17\.3R1\/junos">\n {4}<commit-information>/);
  assert.match(xml.output, /<banner>\{backup\}<\/banner>/);
  const json = runOperationalCommand(router, 're0', 'show system commit', 'json');
  assert.equal(json.ok, true);
  assert.equal(typeof JSON.parse(json.output), 'object');
  router.shutdown();
});

test('an unknown first word is an unknown command, with the caret under it', () => {
  const { router } = readyLab();
  assert.deepEqual(runOperationalCommand(router, 're0', 'shwo version'), { ok: false, output: '^\nunknown command.\n' });
  assert.deepEqual(runOperationalCommand(router, 're0', '  foo'), { ok: false, output: '  ^\nunknown command.\n' });
  router.shutdown();
});

test('a wrong or missing command word expects a command; a word the RPC does not take is a syntax error', () => {
  const { router } = readyLab();
  assert.deepEqual(runOperationalCommand(router, 're0', 'show chassis foo'), { ok: false, output: '             ^\nsyntax error, expecting <command>.\n' });
  assert.deepEqual(runOperationalCommand(router, 're0', 'show chassis'), { ok: false, output: '             ^\nsyntax error, expecting <command>.\n' });
  assert.deepEqual(runOperationalCommand(router, 're0', 'show chassis hardware bar'), { ok: false, output: '                      ^\nsyntax error.\n' });
  assert.deepEqual(runOperationalCommand(router, 're0', 'show version invoke-on'), { ok: false, output: '                       ^\nsyntax error.\n' });
  assert.deepEqual(runOperationalCommand(router, 're0', 'show version invoke-on nowhere'), { ok: false, output: '                       ^\nsyntax error.\n' });
  assert.deepEqual(runOperationalCommand(router, 're0', ''), { ok: true, output: '' });
  router.shutdown();
});

test('quoted strings are one word; an unterminated quote is a syntax error', () => {
  assert.deepEqual(splitWords('show log "my file" x'), {
    ok: true,
    words: [
      { text: 'show', column: 0 },
      { text: 'log', column: 5 },
      { text: 'my file', column: 9 },
      { text: 'x', column: 19 },
    ],
  });
  assert.deepEqual(splitWords('show "log'), { ok: false, column: 5 });
});
