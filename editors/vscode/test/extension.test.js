'use strict';
// extension.js as VS Code runs it, with stand-ins for the `vscode` API and the language client: what
// activation starts, and what a settings change does.
const test = require('node:test');
const assert = require('node:assert/strict');
const Module = require('module');

function load(settings) {
  const started = [];
  const registered = {};
  const listeners = [];
  class LanguageClient {
    constructor(id, name, serverOptions, clientOptions) {
      Object.assign(this, { id, name, serverOptions, clientOptions, stopped: false });
      started.push(this);
    }

    async start() {}

    async stop() { this.stopped = true; }
  }

  const vscode = {
    workspace: {
      workspaceFolders: [{ uri: { scheme: 'file', fsPath: '/repo' } }],
      getConfiguration: (section) => ({ get: (key) => settings[`${section}.${key}`] }),
      createFileSystemWatcher: (glob) => ({ glob }),
      onDidChangeConfiguration: (listener) => { listeners.push(listener); return { dispose() {} }; },
    },
    commands: {
      registerCommand: (name, callback) => { registered[name] = callback; return { dispose() {} }; },
      executeCommand: async () => undefined,
    },
    window: { showErrorMessage: async () => undefined },
  };
  const stubs = { vscode, 'vscode-languageclient/node': { LanguageClient, TransportKind: { stdio: 0 } } };
  const original = Module._load;
  Module._load = function (request, parent, isMain) {
    return Object.prototype.hasOwnProperty.call(stubs, request) ? stubs[request] : original.call(this, request, parent, isMain);
  };
  try {
    delete require.cache[require.resolve('../extension')];
    return { extension: require('../extension'), started, registered, listeners };
  } finally {
    Module._load = original;
  }
}

test('activation starts accellint lsp over stdio from the workspace folder', async () => {
  const { extension, started, registered } = load({ 'accellint.path': '', 'accellint.args': [] });
  const context = { subscriptions: [] };
  await extension.activate(context);

  assert.equal(started.length, 1);
  const client = started[0];
  assert.equal(client.id, 'accellint');
  const executable = { command: 'accellint', args: ['lsp'], transport: 0, options: { cwd: '/repo' } };
  assert.deepEqual(client.serverOptions, { run: executable, debug: executable });
  assert.deepEqual([...new Set(client.clientOptions.documentSelector.map((s) => s.language))], ['bicep', 'bicep-params', 'json', 'jsonc']);
  assert.equal(client.clientOptions.synchronize.fileEvents.glob, '**/{accellint.json,*.bicep,*.bicepparam,*.json,*.jsonc}');
  assert.equal(typeof registered['accellint.restartServer'], 'function');
  assert.equal(context.subscriptions.length, 2);
});

test('a change to accellint.path restarts the server with the new command', async () => {
  const settings = { 'accellint.path': '', 'accellint.args': [] };
  const { extension, started, listeners } = load(settings);
  await extension.activate({ subscriptions: [] });

  settings['accellint.path'] = '/src/accellint.dll';
  settings['accellint.args'] = ['--verbose'];
  await listeners[0]({ affectsConfiguration: (key) => key === 'accellint.path' });
  assert.equal(started.length, 2);
  assert.equal(started[0].stopped, true);
  assert.equal(started[1].serverOptions.run.command, 'dotnet');
  assert.deepEqual(started[1].serverOptions.run.args, ['/src/accellint.dll', 'lsp', '--verbose']);

  await listeners[0]({ affectsConfiguration: (key) => key === 'editor.fontSize' });
  assert.equal(started.length, 2);
});
