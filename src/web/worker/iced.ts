// iced-x86 in a worker. The npm package is wasm-bindgen's Node build: it reads its .wasm with `fs`
// when first imported. The page's bundler (src/cli/web-build.ts) rewrites that loader into a
// function taking a compiled WebAssembly.Module, which the page fetches once and hands to every
// worker; this calls it before any instruction is decoded.
import * as iced from 'iced-x86';

type Instantiate = (module: WebAssembly.Module) => void;

let instantiated = false;

export function instantiateIced(module: WebAssembly.Module): void {
  if (instantiated) return;
  const init = (iced as unknown as { __capaTsInstantiate?: Instantiate }).__capaTsInstantiate;
  if (typeof init !== 'function') {
    throw new Error('iced-x86 was bundled without the capa-ts loader patch (build the page with `npm run build:web`)');
  }
  init(module);
  instantiated = true;
}
