// Permalinks: the session journal (+ editor text and view options) as JSON, compressed
// with CompressionStream("deflate-raw") and base64url-encoded into the URL hash
// (`#s=…`). No server: opening the link replays the journal in the browser.

const PREFIX = "#s=";

async function pipe(bytes, stream) {
  const out = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64url(bytes) {
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64url(text) {
  const b64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const bin = atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/** state (a plain object) → `#s=…` */
export async function encodeState(state) {
  const json = new TextEncoder().encode(JSON.stringify(state));
  const packed = await pipe(json, new CompressionStream("deflate-raw"));
  return PREFIX + toBase64url(packed);
}

/** `#s=…` → state, or null when the hash holds no state. Throws on a corrupt link. */
export async function decodeState(hash) {
  if (!hash || !hash.startsWith(PREFIX)) return null;
  const bytes = fromBase64url(hash.slice(PREFIX.length));
  const json = await pipe(bytes, new DecompressionStream("deflate-raw"));
  const state = JSON.parse(new TextDecoder().decode(json));
  if (!state || typeof state !== "object" || !state.j) throw new Error("not a kubeplay permalink");
  return state;
}
