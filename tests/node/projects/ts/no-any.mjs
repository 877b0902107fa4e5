// Fails when any export of the package's entries is typed `any`, or has a part typed
// `any` (a parameter, a return type, a property of a result, at any depth).
import ts from 'typescript';

const program = ts.createProgram(['index.ts'], {
  module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts'], types: ['node'], strict: true, noEmit: true,
});
const checker = program.getTypeChecker();
const source = program.getSourceFile('index.ts');
const problems = [];
const seen = new Set();

// Library types (Array, Promise, Uint32Array) are entered only through their type
// arguments: their own members are not the package's API.
const ours = (type) => (type.aliasSymbol ?? type.symbol)?.declarations?.some((d) => /[\\/]node_modules[\\/]isnad[\\/]/.test(d.getSourceFile().fileName));

function visit(type, path, depth) {
  if (type.flags & ts.TypeFlags.Any) { problems.push(path); return; }
  if (depth > 12 || seen.has(type)) return;
  seen.add(type);
  if (type.isUnionOrIntersection()) { type.types.forEach((t, i) => visit(t, `${path}|${i}`, depth + 1)); return; }
  if (!(type.flags & ts.TypeFlags.Object)) return;
  if (type.objectFlags & ts.ObjectFlags.Reference && !ours(type)) {
    checker.getTypeArguments(type).forEach((t, i) => visit(t, `${path}<${i}>`, depth + 1));
    return;
  }
  if (!ours(type)) return;
  for (const sig of [...type.getCallSignatures(), ...type.getConstructSignatures()]) {
    for (const p of sig.getParameters()) visit(checker.getTypeOfSymbol(p), `${path}(${p.name})`, depth + 1);
    visit(sig.getReturnType(), `${path}()`, depth + 1);
  }
  for (const p of type.getProperties()) visit(checker.getTypeOfSymbol(p), `${path}.${p.name}`, depth + 1);
}

let exports = 0;
for (const spec of ['isnad', 'isnad/init', 'isnad/worker']) {
  const resolved = ts.resolveModuleName(spec, source.fileName, program.getCompilerOptions(), ts.sys);
  const file = program.getSourceFile(resolved.resolvedModule?.resolvedFileName ?? '');
  if (!file) { problems.push(`${spec}: types not found`); continue; }
  const moduleSymbol = checker.getSymbolAtLocation(file);
  for (const sym of checker.getExportsOfModule(moduleSymbol)) {
    exports++;
    const target = sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym;
    const type = target.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias)
      ? checker.getDeclaredTypeOfSymbol(target) : checker.getTypeOfSymbol(target);
    visit(type, `${spec}:${sym.name}`, 0);
  }
}
if (problems.length) { console.error(`typed any:\n${problems.join('\n')}`); process.exit(1); }
if (exports < 20) { console.error(`only ${exports} exports found`); process.exit(1); }
console.log(`no export typed any (${exports} exports checked)`);
