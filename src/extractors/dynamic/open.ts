// Opens a sandbox report as a DynamicExtractor: CAPE JSON, DRAKVUF JSON lines, VMRay archive.
import type { DynamicExtractor } from '../../features/extractor.js';
import { readCapeReport } from '../../formats/reports/cape.js';
import { readDrakvufReport } from '../../formats/reports/drakvuf.js';
import { readVmrayArchive } from '../../formats/reports/vmray.js';
import { detectReportFormat, type ReportFormat } from '../../formats/reports/detect.js';
import { ReportError } from '../../formats/reports/errors.js';
import { CapeExtractor } from './cape/extractor.js';
import { DrakvufExtractor } from './drakvuf/extractor.js';
import { VmrayExtractor } from './vmray/extractor.js';

export type { ReportFormat } from '../../formats/reports/detect.js';

export interface OpenReportOptions {
  /** default 'auto': by file name (as capa) and content */
  readonly format?: ReportFormat | 'auto';
  /** the report's file name, used for detection like capa's extension checks */
  readonly path?: string;
}

export function openReportExtractor(bytes: Uint8Array, opts: OpenReportOptions = {}): DynamicExtractor {
  let format = opts.format ?? 'auto';
  if (format === 'auto') {
    const d = detectReportFormat(bytes, opts.path);
    if (d === undefined) throw new ReportError('not a supported sandbox report (CAPE, DRAKVUF, VMRay)', 'unsupported-report');
    format = d;
  }
  switch (format) {
    case 'cape':
      return new CapeExtractor(readCapeReport(bytes));
    case 'drakvuf':
      return new DrakvufExtractor(readDrakvufReport(bytes));
    case 'vmray':
      return new VmrayExtractor(readVmrayArchive(bytes));
  }
}
