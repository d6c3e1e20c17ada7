// Command-line entry point (the only stage with Node APIs besides tests and benches).
export async function main(argv: string[]): Promise<void> {
  process.stderr.write(`capa-ts: not implemented yet (${argv.join(' ')})\n`);
  process.exitCode = 1;
}
