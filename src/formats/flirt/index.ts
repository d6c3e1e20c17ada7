// Signature files by kind, as viv-utils picks the parser: by file name extension (.sig, .pat,
// .pat.gz); anything else is refused.
import { parsePat, gunzipPat } from './pat.js';
import { parseSig, type ParseSigOptions } from './sig.js';
import type { FlirtSignatureSet } from './set.js';
import { SignatureError } from './types.js';

export type SignatureFileKind = 'sig' | 'pat' | 'pat.gz';

/** the kind of a signature file by its name, or undefined when capa would not load it */
export function signatureFileKind(name: string): SignatureFileKind | undefined {
  const n = name.toLowerCase();
  if (n.endsWith('.sig')) return 'sig';
  if (n.endsWith('.pat.gz')) return 'pat.gz';
  if (n.endsWith('.pat')) return 'pat';
  return undefined;
}

export function isSignatureFileName(name: string): boolean {
  return signatureFileKind(name) !== undefined;
}

/** Parse a .sig, .pat or .pat.gz file (`name` picks the parser and labels errors). */
export function parseSignatureFile(bytes: Uint8Array, name: string, opts: ParseSigOptions = {}): FlirtSignatureSet {
  const kind = signatureFileKind(name);
  switch (kind) {
    case 'sig':
      return parseSig(bytes, name, opts);
    case 'pat':
      return parsePat(bytes, name);
    case 'pat.gz':
      return parsePat(gunzipPat(bytes, name), name);
    default:
      throw new SignatureError(`${name}: not a signature file (expected .sig, .pat or .pat.gz)`, 'unsupported');
  }
}
