// Crafted PE32 files for tests that need a sample of a given cost (scan time and memory limits,
// resume, queue). Built here, never executed.

/** A minimal PE32 executable whose single .text section (entry point at its start) holds `code`. */
export function peWithCode(code: Uint8Array): Uint8Array {
  const textRaw = Math.ceil(code.length / 0x200) * 0x200;
  const file = new Uint8Array(0x200 + textRaw);
  const dv = new DataView(file.buffer);
  const u16 = (o: number, v: number): void => dv.setUint16(o, v, true);
  const u32 = (o: number, v: number): void => dv.setUint32(o, v >>> 0, true);
  file.set([0x4d, 0x5a]); // MZ
  u32(0x3c, 0x80);
  file.set([0x50, 0x45, 0, 0], 0x80); // PE\0\0
  const fh = 0x84;
  u16(fh, 0x14c); // i386
  u16(fh + 2, 1); // one section
  u16(fh + 16, 224);
  u16(fh + 18, 0x0102); // executable, 32-bit
  const oh = fh + 20;
  u16(oh, 0x10b);
  u32(oh + 4, textRaw); // SizeOfCode
  u32(oh + 16, 0x1000); // AddressOfEntryPoint
  u32(oh + 20, 0x1000); // BaseOfCode
  u32(oh + 28, 0x400000); // ImageBase
  u32(oh + 32, 0x1000); // SectionAlignment
  u32(oh + 36, 0x200); // FileAlignment
  u16(oh + 40, 4);
  u16(oh + 48, 4);
  u32(oh + 56, 0x1000 + Math.ceil(textRaw / 0x1000) * 0x1000); // SizeOfImage
  u32(oh + 60, 0x200); // SizeOfHeaders
  u16(oh + 68, 2); // GUI
  u32(oh + 92, 16);
  const sh = 0x80 + 248;
  file.set([0x2e, 0x74, 0x65, 0x78, 0x74], sh); // .text
  u32(sh + 8, code.length);
  u32(sh + 12, 0x1000);
  u32(sh + 16, textRaw);
  u32(sh + 20, 0x200);
  u32(sh + 36, 0x60000020); // code, execute, read
  file.set(code, 0x200);
  return file;
}

/**
 * A chain of `n` functions, each `call <next>; ret`: every call target is a function, so analysis
 * time and memory grow with n (about 10 s of CPU and 700 MiB of heap for n = 200 000 on the CI
 * kind of machine; a few ms for n = 10).
 */
export function callChainPe(n: number): Uint8Array {
  const code = new Uint8Array(n * 6);
  const dv = new DataView(code.buffer);
  for (let i = 0; i < n; i++) {
    code[i * 6] = 0xe8; // call rel32 → the next instruction
    dv.setInt32(i * 6 + 1, 1, true);
    code[i * 6 + 5] = 0xc3; // ret
  }
  return peWithCode(code);
}
