'use strict';
// The server launch settings: the command and arguments computed from accellint.path and accellint.args.
const test = require('node:test');
const assert = require('node:assert/strict');
const os = require('os');
const path = require('path');
const { serverCommand, documentSelector } = require('../server');

test('without a path setting, accellint from PATH runs lsp', () => {
  assert.deepEqual(serverCommand({}, undefined), { command: 'accellint', args: ['lsp'] });
  assert.deepEqual(serverCommand({ path: '   ', args: [] }, '/repo'), { command: 'accellint', args: ['lsp'] });
});

test('the args setting follows lsp', () => {
  assert.deepEqual(serverCommand({ args: ['--max-file-size', '10'] }, undefined),
    { command: 'accellint', args: ['lsp', '--max-file-size', '10'] });
});

test('a path setting names the command', () => {
  assert.deepEqual(serverCommand({ path: '/opt/tools/accellint', args: ['-v'] }, '/repo'),
    { command: '/opt/tools/accellint', args: ['lsp', '-v'] });
});

test('a path to accellint.dll runs under dotnet', () => {
  assert.deepEqual(serverCommand({ path: '/src/linter/AccelLint.Cli/bin/Debug/net10.0/accellint.dll' }, undefined),
    { command: 'dotnet', args: ['/src/linter/AccelLint.Cli/bin/Debug/net10.0/accellint.dll', 'lsp'] });
});

test('~ is the home folder', () => {
  assert.deepEqual(serverCommand({ path: '~/.dotnet/tools/accellint' }, undefined),
    { command: path.join(os.homedir(), '.dotnet/tools/accellint'), args: ['lsp'] });
});

test('${workspaceFolder} and ./ paths are taken from the first workspace folder', () => {
  assert.deepEqual(serverCommand({ path: '${workspaceFolder}/tools/accellint' }, '/repo'),
    { command: '/repo/tools/accellint', args: ['lsp'] });
  assert.deepEqual(serverCommand({ path: './tools/accellint' }, '/repo'),
    { command: path.join('/repo', 'tools/accellint'), args: ['lsp'] });
  assert.throws(() => serverCommand({ path: '${workspaceFolder}/accellint' }, undefined), /no folder is open/);
});

test('the documents are Bicep, .bicepparam, ARM JSON and JSONC, saved or not', () => {
  assert.deepEqual(documentSelector.map((s) => `${s.scheme}:${s.language}`), [
    'file:bicep', 'untitled:bicep', 'file:bicep-params', 'untitled:bicep-params',
    'file:json', 'untitled:json', 'file:jsonc', 'untitled:jsonc',
  ]);
});
