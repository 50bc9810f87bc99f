'use strict';
// The AccelLint extension: starts `accellint lsp` (from PATH, or the accellint.path setting) for Bicep
// and ARM JSON documents. Diagnostics carry their rule's help link (codeDescription), which VS Code
// shows as the linked code; quick fixes come as code actions.
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');
const { serverCommand, documentSelector, watchedFiles } = require('./server');

/** @type {LanguageClient | undefined} */
let client;

function createClient() {
  const settings = vscode.workspace.getConfiguration('accellint');
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  const { command, args } = serverCommand(
    { path: settings.get('path'), args: settings.get('args') },
    folder && folder.uri.scheme === 'file' ? folder.uri.fsPath : undefined);
  const executable = {
    command,
    args,
    transport: TransportKind.stdio,
    options: folder && folder.uri.scheme === 'file' ? { cwd: folder.uri.fsPath } : undefined,
  };
  return new LanguageClient('accellint', 'AccelLint', { run: executable, debug: executable }, {
    documentSelector,
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher(watchedFiles) },
  });
}

async function start() {
  try {
    client = createClient();
    await client.start();
  } catch (error) {
    client = undefined;
    const message = error instanceof Error ? error.message : String(error);
    const choice = await vscode.window.showErrorMessage(
      `AccelLint: could not start the language server (${message}). Install it with ` +
      '`dotnet tool install -g AccelLint.Tool`, or set accellint.path.', 'Open settings');
    if (choice === 'Open settings') {
      await vscode.commands.executeCommand('workbench.action.openSettings', 'accellint.path');
    }
  }
}

async function restart() {
  if (client) {
    const stopping = client;
    client = undefined;
    await stopping.stop();
  }

  await start();
}

/** @param {vscode.ExtensionContext} context */
async function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand('accellint.restartServer', restart),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('accellint.path') || event.affectsConfiguration('accellint.args')) {
        return restart();
      }

      return undefined;
    }));
  await start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
