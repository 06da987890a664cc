import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rpcRegistry } from '../rpc-table.js';
import { findElement, parseXmlDocument, type XmlNode } from '../testing/parse-xml.js';
import { procedureLab, RE0_BOOT } from '../testing/procedure-lab.js';
import { realReply } from '../testing/real-replies.js';
import { HOSTS_JUNOS } from './hosts-junos.js';

const show = (filename: string) => rpcRegistry.invoke(procedureLab().view('re0'), 'file-show', { filename });

test('/etc/hosts.junos is laid out as in the real reply: attributes, one line per line, closing tag alone', () => {
  const xml = show('/etc/hosts.junos').xml();
  const rows = xml.split('\n');
  assert.equal(
    rows[0],
    `    <file-content filename="/etc/hosts.junos" junos:seconds="${RE0_BOOT / 1000}" filesize="${new TextEncoder().encode(HOSTS_JUNOS).length}" encoding="text">`,
  );
  assert.equal(rows[1], '        #');
  assert.ok(rows.includes('        128.0.0.4        re0'));
  assert.ok(rows.includes(''), 'empty lines stay empty');
  assert.deepEqual(rows.slice(-3), ['        # End of internal names', '    </file-content>', '']);
});

test('the single-chassis rows are those of the real file, byte for byte, and so is the element', (t) => {
  const real = realReply('iri_mapping_file-show.xml');
  if (real === undefined) return t.skip('../shared/spec/real-replies is not beside the project');
  const internal = (xml: string): string[] => xml.split('\n').filter((line) => /^ {8}128\.0\.\d+\.\d+ /.test(line) && !line.includes('dcf-root'));
  const ours = show('/etc/hosts.junos').xml();
  assert.deepEqual(internal(ours), internal(real));
  assert.equal(internal(ours).length, 163);
  const theirs = findElement(parseXmlDocument(real), 'file-content') as XmlNode;
  const mine = parseXmlDocument(ours);
  assert.equal(mine.name, theirs.name);
  assert.deepEqual(Object.keys(mine.attributes), Object.keys(theirs.attributes));
  assert.equal(mine.attributes.encoding, theirs.attributes.encoding);
  assert.equal(mine.attributes.filename, theirs.attributes.filename);
  assert.equal(real.split('\n').find((line) => line.includes('</file-content>')), '    </file-content>');
});

test('the text is the file itself; JSON carries it as data', () => {
  assert.equal(show('/etc/hosts.junos').text(), HOSTS_JUNOS);
  assert.match(HOSTS_JUNOS, /^128\.0\.0\.1 {8}master$/m);
  const json = JSON.parse(show('/etc/hosts.junos').json() as string) as { 'file-content': [{ data: string; attributes: Record<string, string> }] };
  assert.equal(json['file-content'][0].data, HOSTS_JUNOS);
  assert.equal(json['file-content'][0].attributes.filename, '/etc/hosts.junos');
});

test('other files come from the RE\'s disk; a missing one cannot be resolved', () => {
  const lab = procedureLab();
  lab.engines.re1.files = { '/var/tmp/note.txt': { text: 'a < b\n\nc\n', modified: Date.UTC(2024, 2, 11, 10, 0, 0) } };
  const reply = rpcRegistry.invoke(lab.view('re1'), 'file-show', { filename: '/var/tmp/note.txt' });
  assert.equal(reply.text(), 'a < b\n\nc\n');
  assert.equal(
    reply.xml(),
    '    <file-content filename="/var/tmp/note.txt" junos:seconds="1710151200" filesize="9" encoding="text">\n        a &lt; b\n\n        c\n    </file-content>\n',
  );
  assert.equal(reply.xml({ compact: true }), '<file-content filename="/var/tmp/note.txt" junos:seconds="1710151200" filesize="9" encoding="text">a &lt; b\n\nc\n</file-content>');
  assert.equal(rpcRegistry.invoke(lab.view('re0'), 'file-show', { filename: '/var/tmp/note.txt' }).text(), 'error: could not resolve file: /var/tmp/note.txt\n');
  assert.equal(rpcRegistry.invoke(lab.view('re1'), 'file-show', { filename: 'note.txt' }).text(), 'error: could not resolve file: note.txt\n');
});

test('re0: and re1: prefixes, paths from the home folder, and .gz files shown decompressed', async () => {
  const { gzipSync } = await import('node:zlib');
  const lab = procedureLab({ user: 'lab' });
  lab.engines.re1.disk = { '/config/juniper.conf.gz': { bytes: new Uint8Array(gzipSync('## Last changed: 2024-03-11 09:13:30 UTC\nversion 17.3R1.10;\n')) } };
  lab.engines.re0.disk = { '/var/home/lab/notes.txt': { text: 'hello\n', modified: Date.UTC(2024, 2, 11, 9, 0, 0) } };
  const reply = rpcRegistry.invoke(lab.view('re0'), 'file-show', { filename: 're1:/config/juniper.conf.gz' });
  assert.equal(reply.text(), '## Last changed: 2024-03-11 09:13:30 UTC\nversion 17.3R1.10;\n');
  assert.match(reply.xml(), /^ {4}<file-content filename="re1:\/config\/juniper\.conf\.gz" junos:seconds="1710148410" /);
  assert.equal(rpcRegistry.invoke(lab.view('re0'), 'file-show', { filename: 'notes.txt' }).text(), 'hello\n');
  assert.equal(rpcRegistry.invoke(lab.view('re0'), 'file-show', { filename: 're0:~/notes.txt' }).text(), 'hello\n');
  assert.equal(rpcRegistry.invoke(lab.view('re0'), 'file-show', { filename: '/var/tmp' }).text(), 'error: could not resolve file: /var/tmp\n');
  lab.linkCut = true;
  assert.equal(rpcRegistry.invoke(lab.view('re0'), 'file-show', { filename: 're1:/config/juniper.conf.gz' }).text(), 'error: Could not connect to re1 : No route to host\n');
});
