'use strict';
// Just enough of the zip format to read a .vsix: the central directory, stored and deflated entries.
const zlib = require('zlib');

/** @returns {Map<string, () => Buffer>} each entry's name and a function that reads its content */
function readZip(buffer) {
  let end = buffer.length - 22;
  while (end >= 0 && buffer.readUInt32LE(end) !== 0x06054b50) {
    end--;
  }

  if (end < 0) {
    throw new Error('not a zip file: no end of central directory');
  }

  const count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  const entries = new Map();
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(offset) !== 0x02014b50) {
      throw new Error(`bad central directory entry at ${offset}`);
    }

    const method = buffer.readUInt16LE(offset + 10);
    const compressedSize = buffer.readUInt32LE(offset + 20);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const local = buffer.readUInt32LE(offset + 42);
    const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
    entries.set(name, () => {
      const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
      const data = buffer.subarray(start, start + compressedSize);
      if (method === 0) {
        return Buffer.from(data);
      }

      if (method === 8) {
        return zlib.inflateRawSync(data);
      }

      throw new Error(`${name}: compression method ${method}`);
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }

  return entries;
}

module.exports = { readZip };
