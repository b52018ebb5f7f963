// A tree of plain data written as JSON text and read back exactly: the build uses it to compute
// compromise's tagger model once (scripts/build-tagger.mjs) instead of in every process.
//
// JSON alone loses what such a model holds besides strings, numbers, arrays and objects: regular
// expressions, sets of words, `undefined` values (a key that is present but undefined), and values
// reached by two paths (the same array under two keys). `freeze` writes each of them as `null` in the JSON
// tree plus a patch that names its path; `thaw` parses the tree (JSON.parse, the fastest way V8
// builds objects) and applies the patches. Key order, array lengths and shared identity come back
// as they were; anything else (functions, class instances, holes, NaN, -0) is refused at build time.

type Path = (string | number)[];
type Primitive = string | number | boolean | null;
type Patch =
  | [path: Path, kind: 'undefined']
  | [path: Path, kind: 'regexp', source: [string, string]]
  | [path: Path, kind: 'set', members: Primitive[]]
  | [path: Path, kind: 'ref', to: Path];

export interface Frozen {
  data: unknown;
  patches: Patch[];
}

const where = (path: Path) => (path.length ? path.join('.') : '(root)');
/** A number that JSON gives back as it was (not NaN, ±Infinity or -0). */
const jsonNumber = (n: number): boolean => Number.isFinite(n) && !Object.is(n, -0);

/** The JSON-ready form of `root`; throws on a value that `thaw` could not give back as it is. */
export function freeze(root: unknown): Frozen {
  const patches: Patch[] = [];
  const firstPath = new Map<object, Path>();
  const walk = (value: unknown, path: Path): unknown => {
    if (value === undefined) {
      patches.push([path, 'undefined']);
      return null;
    }
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') {
      if (!jsonNumber(value)) throw new Error(`freeze: ${value} at ${where(path)} has no JSON form`);
      return value;
    }
    if (typeof value !== 'object') throw new Error(`freeze: a ${typeof value} at ${where(path)} is not data`);
    const seen = firstPath.get(value);
    if (seen) {
      patches.push([path, 'ref', seen]);
      return null;
    }
    firstPath.set(value, path);
    if (value instanceof RegExp) {
      patches.push([path, 'regexp', [value.source, value.flags]]);
      return null;
    }
    if (value instanceof Set) {
      const members = [...(value as Set<unknown>)];
      for (const member of members) {
        const plain = member === null || typeof member === 'string' || typeof member === 'boolean' || (typeof member === 'number' && jsonNumber(member));
        if (!plain) throw new Error(`freeze: the set at ${where(path)} holds a ${typeof member}: only strings, numbers, booleans and null`);
      }
      patches.push([path, 'set', members as Primitive[]]);
      return null;
    }
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      for (let i = 0; i < value.length; i++) {
        if (!(i in value)) throw new Error(`freeze: the array at ${where(path)} has a hole at ${i}`);
        out.push(walk(value[i], [...path, i]));
      }
      return out;
    }
    if (Object.getPrototypeOf(value) !== Object.prototype) throw new Error(`freeze: the object at ${where(path)} is not a plain object`);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = walk((value as Record<string, unknown>)[key], [...path, key]);
    return out;
  };
  const data = walk(root, []);
  return { data, patches };
}

/** The tree that `JSON.stringify(freeze(tree))` was made from. */
export function thaw(text: string): unknown {
  const { data, patches } = JSON.parse(text) as Frozen;
  const box: Record<string, unknown> = { root: data };
  const at = (path: Path): unknown => path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], box.root);
  for (const patch of patches) {
    const path = patch[0];
    const value =
      patch[1] === 'undefined' ? undefined : patch[1] === 'regexp' ? new RegExp(patch[2][0], patch[2][1]) : patch[1] === 'set' ? new Set(patch[2]) : at(patch[2]);
    if (!path.length) box.root = value;
    else (at(path.slice(0, -1)) as Record<string | number, unknown>)[path[path.length - 1]!] = value;
  }
  return box.root;
}
