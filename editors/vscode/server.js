'use strict';
// How the extension starts the language server, from its settings: kept apart from extension.js so
// that `npm test` checks it without VS Code.
const os = require('os');
const path = require('path');

/**
 * The command that runs `accellint lsp`.
 * @param {{ path?: string, args?: string[] }} settings the `accellint.*` settings
 * @param {string | undefined} workspaceFolder the first workspace folder, for `${workspaceFolder}`
 * @returns {{ command: string, args: string[] }}
 */
function serverCommand(settings, workspaceFolder) {
  const extra = Array.isArray(settings.args) ? settings.args.map(String) : [];
  const configured = typeof settings.path === 'string' ? settings.path.trim() : '';
  if (configured === '') {
    return { command: 'accellint', args: ['lsp', ...extra] };
  }

  let resolved = configured;
  if (resolved === '~' || resolved.startsWith('~/') || resolved.startsWith('~\\')) {
    resolved = path.join(os.homedir(), resolved.slice(1));
  }

  if (resolved.includes('${workspaceFolder}')) {
    if (!workspaceFolder) {
      throw new Error(`accellint.path uses \${workspaceFolder} (${configured}), but no folder is open`);
    }

    resolved = resolved.split('${workspaceFolder}').join(workspaceFolder);
  } else if (workspaceFolder && (resolved.startsWith('./') || resolved.startsWith('.\\') || resolved.startsWith('../') || resolved.startsWith('..\\'))) {
    resolved = path.join(workspaceFolder, resolved);
  }

  // A framework-dependent build (bin/Debug/net10.0/accellint.dll) runs under the dotnet host.
  if (resolved.toLowerCase().endsWith('.dll')) {
    return { command: 'dotnet', args: [resolved, 'lsp', ...extra] };
  }

  return { command: resolved, args: ['lsp', ...extra] };
}

/** The documents the server lints: Bicep, .bicepparam, ARM JSON and JSONC, on disk or unsaved. */
const documentSelector = ['bicep', 'bicep-params', 'json', 'jsonc'].flatMap((language) => [
  { scheme: 'file', language },
  { scheme: 'untitled', language },
]);

/** Files whose change on disk the server hears of: configuration, templates, modules, parameters. */
const watchedFiles = '**/{accellint.json,*.bicep,*.bicepparam,*.json,*.jsonc}';

module.exports = { serverCommand, documentSelector, watchedFiles };
