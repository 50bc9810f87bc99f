'use strict';
// The manifest's contributions, and the packaged .vsix: what `npx vsce package` wrote must hold the
// manifest, the entry script and what it requires, the README and the license. The .vsix is the one
// named by $ACCELLINT_VSIX (.ci/run sets it, so there a missing package fails), else
// accellint-<version>.vsix beside package.json; without either that test is skipped, saying why.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { readZip } = require('./zip');

const root = path.join(__dirname, '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

test('the manifest activates on Bicep, .bicepparam, JSON and JSONC and contributes the settings', () => {
  assert.equal(manifest.main, './extension.js');
  assert.deepEqual(manifest.activationEvents, ['onLanguage:bicep', 'onLanguage:bicep-params', 'onLanguage:json', 'onLanguage:jsonc']);
  assert.deepEqual(manifest.contributes.languages.map((l) => [l.id, l.extensions]), [['bicep', ['.bicep']], ['bicep-params', ['.bicepparam']]]);
  const properties = manifest.contributes.configuration.properties;
  assert.deepEqual(Object.keys(properties), ['accellint.path', 'accellint.args', 'accellint.trace.server']);
  assert.equal(properties['accellint.path'].default, '');
  assert.deepEqual(properties['accellint.args'].default, []);
  assert.equal(manifest.dependencies['vscode-languageclient'], '9.0.1');
});

test('the extension has the version of the tool it starts', () => {
  const props = fs.readFileSync(path.join(root, '..', '..', 'Directory.Build.props'), 'utf8');
  assert.equal(manifest.version, /<Version>([^<]+)<\/Version>/.exec(props)[1]);
});

const vsix = process.env.ACCELLINT_VSIX || path.join(root, `${manifest.name}-${manifest.version}.vsix`);
const missing = fs.existsSync(vsix) ? false : `no ${vsix}: run \`npx vsce package\` first`;

test('the .vsix holds the manifest, the entry script, its dependencies, the README and the license', { skip: missing }, () => {
  const entries = readZip(fs.readFileSync(vsix));
  const text = (name) => {
    assert.ok(entries.has(name), `${name} is not in ${vsix}; it holds ${[...entries.keys()].filter((n) => !n.includes('node_modules')).join(', ')}`);
    return entries.get(name)().toString('utf8');
  };

  const packaged = JSON.parse(text('extension/package.json'));
  for (const key of ['name', 'version', 'publisher', 'main', 'activationEvents', 'contributes', 'dependencies']) {
    assert.deepEqual(packaged[key], manifest[key], key);
  }

  for (const file of ['extension.js', 'server.js']) {
    assert.equal(text(`extension/${file}`), fs.readFileSync(path.join(root, file), 'utf8'), file);
  }

  assert.equal(text('extension/readme.md'), fs.readFileSync(path.join(root, 'README.md'), 'utf8'));
  assert.equal(text('extension/LICENSE.txt'), fs.readFileSync(path.join(root, 'LICENSE'), 'utf8'));
  assert.match(text('extension.vsixmanifest'), /<License>extension\/LICENSE\.txt<\/License>/);

  // Every runtime package of the lockfile, and none of the build's (vsce and what it needs).
  const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
  const runtime = Object.entries(lock.packages).filter(([name, p]) => name !== '' && !p.dev).map(([name]) => name);
  assert.ok(runtime.includes('node_modules/vscode-languageclient'));
  for (const name of runtime) {
    assert.ok(entries.has(`extension/${name}/package.json`), `${name} is missing from the .vsix`);
  }

  assert.ok(![...entries.keys()].some((n) => n.startsWith('extension/node_modules/@vscode/vsce')), 'vsce was packaged');
  assert.ok(![...entries.keys()].some((n) => n.startsWith('extension/test/')), 'the tests were packaged');
});
