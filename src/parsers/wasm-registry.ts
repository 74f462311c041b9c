/**
 * WebAssembly files embedded by a bundle (the GitHub Action embeds them with esbuild's binary
 * loader), looked up before node_modules. Keyed by package specifier.
 */
const embedded = new Map<string, Uint8Array>();

export function provideWasm(specifier: string, bytes: Uint8Array): void {
  embedded.set(specifier, bytes);
}

export function embeddedWasm(specifier: string): Uint8Array | undefined {
  return embedded.get(specifier);
}
