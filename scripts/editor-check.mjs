// What VS Code's YAML extension would show a clerk editing a report: opens one report in the
// real yaml-language-server (the extension's server), with no settings but the report's own
// first line (the modeline naming the schema), and prints the diagnostics it publishes, the
// hover of one key and the keys it offers at one place. No network is used: the schema is a
// file beside reports/.
//
//   node scripts/editor-check.mjs SERVER REPORT HOVER_KEY COMPLETE_LINE
//
// SERVER is yaml-language-server's bin script, REPORT the YAML file, HOVER_KEY a key whose
// hover to ask for (its first occurrence), COMPLETE_LINE a 0-based line, just after a key of a
// part, where to ask which keys may follow. Prints one JSON document; exits 1 if the server
// publishes nothing within 20 seconds. scripts/editor-check.sh installs the server and runs it.

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [server, reportPath, hoverKey, completeLine] = process.argv.slice(2);
const report = resolve(reportPath);
const uri = pathToFileURL(report).href;
const text = readFileSync(report, 'utf8');
const root = pathToFileURL(resolve(report, '..', '..')).href;

const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
let buffer = Buffer.alloc(0);
let nextId = 1;
const pending = new Map();
const result = { diagnostics: null, hover: null, completion: null };

// LAWRPT_YAML_SCHEMAS: a `yaml.schemas` setting, as in VS Code's settings.json, to try
// instead of the modeline.
const schemas = JSON.parse(process.env.LAWRPT_YAML_SCHEMAS ?? '{}');
const settings = { yaml: { validate: true, hover: true, completion: true, schemaStore: { enable: false }, schemas } };

function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
  child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  child.stdin.write(body);
}

function request(method, params) {
  const id = nextId++;
  send({ id, method, params });
  return new Promise((done) => pending.set(id, done));
}

function onMessage(message) {
  if (message.id !== undefined && pending.has(message.id) && !message.method) {
    pending.get(message.id)(message.result);
    pending.delete(message.id);
    return;
  }
  if (message.method === 'workspace/configuration') {
    send({ id: message.id, result: message.params.items.map(() => settings.yaml) });
  } else if (message.method && message.id !== undefined) {
    send({ id: message.id, result: null });
  } else if (message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri) {
    result.diagnostics = message.params.diagnostics.map((d) => ({
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      severity: d.severity,
      message: d.message,
    }));
  }
}

child.stdout.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const end = buffer.indexOf('\r\n\r\n');
    if (end < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString())[1]);
    if (buffer.length < end + 4 + length) return;
    onMessage(JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString('utf8')));
    buffer = buffer.subarray(end + 4 + length);
  }
});

const timeout = setTimeout(() => {
  process.stderr.write('no diagnostics from the server within 20 s\n');
  process.exit(1);
}, 20000);

await request('initialize', {
  processId: process.pid,
  rootUri: root,
  workspaceFolders: [{ uri: root, name: 'project' }],
  capabilities: {
    workspace: { configuration: true },
    textDocument: { hover: { contentFormat: ['markdown'] }, completion: {} },
  },
});
send({ method: 'initialized', params: {} });
send({ method: 'workspace/didChangeConfiguration', params: { settings } });
send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'yaml', version: 1, text } } });

while (result.diagnostics === null) {
  await new Promise((done) => setTimeout(done, 100));
}
const lines = text.split('\n');
const hoverLine = lines.findIndex((l) => l.replace(/^\s*(- )?/, '').startsWith(`${hoverKey}:`));
const hover = await request('textDocument/hover', {
  textDocument: { uri },
  position: { line: hoverLine, character: lines[hoverLine].indexOf(hoverKey) + 1 },
});
result.hover = hover && hover.contents ? hover.contents.value ?? hover.contents : null;
const line = Number(completeLine);
const completion = await request('textDocument/completion', {
  textDocument: { uri },
  position: { line, character: lines[line].length },
});
const items = Array.isArray(completion) ? completion : completion?.items ?? [];
result.completion = items.map((item) => item.label).sort();
clearTimeout(timeout);
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
child.kill();
process.exit(0);
