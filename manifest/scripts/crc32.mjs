// CRC-32 (IEEE 802.3), used by both PNG chunks and zip entries. Written here rather than taken
// from node:zlib because zlib.crc32 only exists from Node 20.15 / 22.2.
const table = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes, crc = 0) {
  let c = ~crc >>> 0;
  for (const b of bytes) c = table[(c ^ b) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}
