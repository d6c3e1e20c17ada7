// What this CLI run did, for the launcher (bin/capa-ts.js): its V8 code cache is only complete
// when written by a run that analysed a file (most of the bundle's code is then compiled).
let analysed = false;

export function markAnalysedFile(): void {
  analysed = true;
}

export function analysedFile(): boolean {
  return analysed;
}
