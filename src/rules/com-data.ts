// COM name → GUID table (capa's capa/features/com/{classes,interfaces}.py, upper-case dashed GUIDs).
// Data table; see com.ts for how it is used.

export const COM_CLASSES: Readonly<Record<string, readonly string[]>> = {
  CVidCapClassManager: ['860BB310-5D01-11D0-BD3B-00A0C911CE86'],
  CWaveinClassManager: ['33D9A762-90C8-11D0-BD43-00A0C911CE86'],
  SystemDeviceEnum: ['62BE5D10-60EB-11D0-BD3B-00A0C911CE86'],
  WbemLocator: ['4590F811-1D3A-11D0-891F-00AA004B2E24'],
};

export const COM_INTERFACES: Readonly<Record<string, readonly string[]>> = {
  ICreateDevEnum: ['29840822-5B84-11D0-BD3B-00A0C911CE86'],
  IWbemLocator: ['DC12A687-737F-11CF-884D-00AA004B2E24'],
};
