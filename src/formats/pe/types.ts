// The parsed form of a PE file (`parsePE`). Values are raw header fields and RVAs; `loadPeImage`
// turns them into a LoadedImage of virtual addresses the way vivisect maps them.

export const IMAGE_FILE_MACHINE_I386 = 0x14c;
export const IMAGE_FILE_MACHINE_AMD64 = 0x8664;
export const IMAGE_FILE_MACHINE_IA64 = 0x200;
export const IMAGE_FILE_MACHINE_ARM = 0x1c0;
export const IMAGE_FILE_MACHINE_THUMB = 0x1c2;
export const IMAGE_FILE_MACHINE_ARMNT = 0x1c4;
export const IMAGE_FILE_MACHINE_ARM64 = 0xaa64;

/** data directory indices */
export const DIR = {
  EXPORT: 0,
  IMPORT: 1,
  RESOURCE: 2,
  EXCEPTION: 3,
  SECURITY: 4,
  BASERELOC: 5,
  DEBUG: 6,
  ARCHITECTURE: 7,
  GLOBALPTR: 8,
  TLS: 9,
  LOAD_CONFIG: 10,
  BOUND_IMPORT: 11,
  IAT: 12,
  DELAY_IMPORT: 13,
  COM_DESCRIPTOR: 14,
} as const;

export const IMAGE_SCN_CNT_CODE = 0x20;
export const IMAGE_SCN_MEM_EXECUTE = 0x20000000;
export const IMAGE_SCN_MEM_READ = 0x40000000;
export const IMAGE_SCN_MEM_WRITE = 0x80000000;
export const IMAGE_DLLCHARACTERISTICS_NX_COMPAT = 0x100;
export const IMAGE_FILE_DLL = 0x2000;

export const IMAGE_REL_BASED_HIGHLOW = 3;
export const IMAGE_REL_BASED_DIR64 = 10;

export interface DataDirectory {
  readonly rva: number;
  readonly size: number;
}

export interface PeSection {
  /** name up to the first NUL, UTF-8 decoded as vivisect does (latin-1 when not valid UTF-8) */
  readonly name: string;
  readonly virtualAddress: number;
  readonly virtualSize: number;
  readonly pointerToRawData: number;
  readonly sizeOfRawData: number;
  readonly characteristics: number;
  /** file offset of this section header */
  readonly headerOffset: number;
}

export interface PeImport {
  /** RVA of the IAT slot */
  readonly slotRva: number;
  /** library name exactly as stored in the file ('KERNEL32.dll') */
  readonly dll: string;
  /** imported symbol; for ordinal imports the vivisect ordinal-table name or `ord<N>` */
  readonly name: string;
  /** set when imported by ordinal */
  readonly ordinal?: number;
  readonly hint?: number;
  readonly delay: boolean;
}

export interface PeExport {
  readonly rva: number;
  /** the biased ordinal (Base + index) */
  readonly ordinal: number;
  /** undefined for exports by ordinal only */
  readonly name?: string;
}

export interface PeForwarder {
  /** RVA of the forwarder string (the function table entry) */
  readonly rva: number;
  readonly name: string;
  /** raw `DLL.Symbol` forwarder string, undefined when it is not ASCII */
  readonly forwarder?: string;
}

export interface PeBoundImport {
  readonly dll: string;
  readonly timeDateStamp: number;
  /** forwarder module references that follow the descriptor */
  readonly forwarderRefs: readonly { readonly dll: string; readonly timeDateStamp: number }[];
}

export interface PeRelocation {
  readonly rva: number;
  readonly type: number;
}

export interface ClrHeader {
  readonly rva: number;
  readonly size: number;
  readonly majorRuntimeVersion: number;
  readonly minorRuntimeVersion: number;
  readonly metadataRva: number;
  readonly metadataSize: number;
  readonly flags: number;
  readonly entryPointToken: number;
}

export interface PeFile {
  /** the whole file */
  readonly bytes: Uint8Array;
  readonly eLfanew: number;
  readonly machine: number;
  /** i386/amd64 when we can analyse the code; undefined for any other machine */
  readonly arch?: 'i386' | 'amd64';
  /** pointer size chosen as vivisect does (by machine: AMD64/IA64 → 8) */
  readonly pointerSize: 4 | 8;
  /** optional header magic 0x10b (PE32) / 0x20b (PE32+) */
  readonly optionalMagic: number;
  readonly numberOfSections: number;
  readonly sizeOfOptionalHeader: number;
  readonly characteristics: number;
  readonly timeDateStamp: number;
  readonly isDll: boolean;

  readonly addressOfEntryPoint: number;
  readonly baseOfCode: number;
  readonly sizeOfCode: number;
  readonly imageBase: number;
  readonly sectionAlignment: number;
  readonly fileAlignment: number;
  readonly majorSubsystemVersion: number;
  readonly minorSubsystemVersion: number;
  readonly sizeOfImage: number;
  readonly sizeOfHeaders: number;
  readonly subsystem: number;
  readonly dllCharacteristics: number;
  readonly numberOfRvaAndSizes: number;
  /** always 16 entries, read from the fixed-size header as vivisect does */
  readonly dataDirectories: readonly DataDirectory[];

  readonly sections: readonly PeSection[];
  /** imports then delay imports, in table order */
  readonly imports: readonly PeImport[];
  readonly exports: readonly PeExport[];
  readonly forwarders: readonly PeForwarder[];
  /** the export directory's Name field, when present and ASCII */
  readonly exportDllName?: string;
  readonly relocations: readonly PeRelocation[];
  /** bound import descriptors (informational: imports are read from the INT/IAT either way) */
  readonly boundImports: readonly PeBoundImport[];
  /** TLS callback VAs (as stored: absolute addresses for the preferred image base) */
  readonly tlsCallbacks: readonly number[];
  /** SafeSEH handler table: VA of the table and the handler count as vivisect reads them */
  readonly seHandlerTable?: { readonly va: number; readonly count: number };
  /** present when the COM descriptor data directory (index 14, within NumberOfRvaAndSizes) is set */
  readonly clr?: ClrHeader;
  /** file offset where the data not covered by headers/sections starts (= file length if none) */
  readonly overlayOffset: number;
  /** size of the PE_Header segment vivisect maps (before SectionAlignment padding) */
  readonly headerSize: number;
  /** non-fatal anomalies met while parsing (for diagnostics) */
  readonly warnings: readonly string[];
}
