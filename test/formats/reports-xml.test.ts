// XmlStream (flog.xml tokenizer) and streamed ZIP entries: results do not depend on chunking.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XmlStream } from '../../src/formats/reports/xml.js';
import { listZipEntries, readZipEntry } from '../../src/formats/reports/zip.js';
import { ReportError } from '../../src/formats/reports/errors.js';
import { PROJECT_ROOT } from '../helpers/testdata.js';

function events(text: string, chunk: number): string[] {
  const out: string[] = [];
  const x = new XmlStream({
    open: (n, a, d) => out.push(`${d}<${n} ${JSON.stringify(a)}`),
    close: (n, d) => out.push(`${d}</${n}`),
  });
  for (let i = 0; i < text.length; i += chunk) x.push(text.slice(i, i + chunk));
  x.end();
  return out;
}

test('XmlStream: same events for any chunking; entities, comments, CDATA, quotes', () => {
  const zip = new Uint8Array(readFileSync(join(PROJECT_ROOT, 'test', 'fixtures', 'reports', 'vmray-mailslot.zip')));
  const flog = listZipEntries(zip).find((e) => e.name === 'logs/flog.xml')!;
  const docs = [
    new TextDecoder().decode(readZipEntry(zip, flog, new TextEncoder().encode('infected'))),
    `<?xml version="1.0"?><!DOCTYPE a><a x='1 > 0' y="&lt;&amp;&#x41;&#66;&quot;"><!-- <b> --><![CDATA[<c>]]>text<d/></a>`,
  ];
  for (const d of docs) {
    const whole = events(d, d.length);
    assert.ok(whole.length > 3);
    for (const n of [1, 2, 5, 13, 100]) assert.deepEqual(events(d, n), whole, `chunk ${n}`);
  }
  assert.deepEqual(events(docs[1]!, 1)[0], `0<a {"x":"1 > 0","y":"<&AB\\""}`);
});

test('XmlStream: truncated or malformed documents are ReportErrors', () => {
  for (const bad of ['<a><b></a>', '<a', '<a x="1>', '<a>', '<!-- x', '<a></a></b>', '<a x=1/>']) {
    assert.throws(() => events(bad, 2), (e: unknown) => e instanceof ReportError && e.code === 'invalid-report', bad);
  }
});
