/**
 * The places of one library: the national register's divisions, and the functional zones its documents
 * name (zones.ts: `两江新区`, `中国（山东）自由贸易试验区`, `青岛片区`). A zone is no division — it has no GB/T
 * code and is told apart by its `level` — but it lies in one, so containment and chains run through its
 * parent: a city's documents govern its zones, a zone's documents govern neither its city nor a sibling zone.
 *
 * The national register stays as the registry package has it; what a library learnt is held here, per
 * library, and passed where it is needed.
 */
import { bareName, nationalRegister, type Division, type PlaceRegister } from './register.js';

export interface Zone {
  readonly level: 'zone';
  /** Never a GB/T code (digits only): `zone:`, its parent's identity and its name (`zone:500000/两江新区`). */
  readonly id: string;
  /** Its name in full, without the places before it: `两江新区`, `中国（山东）自由贸易试验区`, `青岛片区`. */
  readonly name: string;
  /** The zone word of its kind, in full: `新区`, `自由贸易试验区`, `片区`. */
  readonly kind: string;
  /** Where it lies: the narrowest division named before it, or the zone it is a part of (临港新片区 of 上海's). */
  readonly parent: Place;
  /** The free-trade zone a 片区 belongs to when its parent is a division (青岛片区: 青岛市, and 山东's zone). */
  readonly partOf: Zone | null;
  /** How it is written, in full and short (`上海自贸区`, `横琴合作区`): every form ends in a zone word. */
  readonly forms: readonly string[];
}

/** A division of the national register, or a zone one of the library's documents names. */
export type Place = Division | Zone;

/** A place's identity: its GB/T code, or a zone's id (which no code can equal). */
export function placeId(p: Place): string {
  return p.level === 'zone' ? p.id : p.code;
}

export function samePlace(a: Place, b: Place): boolean {
  return placeId(a) === placeId(b);
}

/** Whether `outer` is `inner` or holds it: a division holds the divisions and zones inside it; a zone its parts. */
export function placeContains(outer: Place, inner: Place): boolean {
  if (samePlace(outer, inner)) return true;
  if (inner.level === 'zone') return placeContains(outer, inner.parent) || (inner.partOf !== null && placeContains(outer, inner.partOf));
  // A zone holds no division.
  return outer.level !== 'zone' && inner.parent !== null && placeContains(outer, inner.parent);
}

/** The chain from the province down to `p` (`重庆市`, `两江新区`). */
export function placeChain(p: Place): Place[] {
  const out: Place[] = [];
  for (let x: Place | null = p; x; x = x.parent) out.unshift(x);
  return out;
}

/** How a card shows a place: divisions run together as written (`浙江省温州市`), each zone set apart (`重庆市 › 两江新区`). */
export function placeLabel(p: Place): string {
  return placeChain(p).reduce((label, x) => (x.level === 'zone' ? `${label} › ${x.name}` : `${label}${x.name}`), '');
}

/** A place named in a text. */
export interface PlaceFound {
  /** As written (`温州`, `两江新区`, `上海自贸区`). */
  readonly written: string;
  readonly start: number;
  readonly end: number;
  /** The places the name may be: one, unless several share it (`江北区`) and nothing says which. */
  readonly places: readonly Place[];
}

/** The national register with the zones of one library's documents. */
export class LibraryRegister {
  /** Zone forms by their first character, longest first. */
  private readonly byFirst = new Map<string, { form: string; zones: Zone[] }[]>();
  /** Zones' own names without their zone word (`独山港` of 独山港经济开发区), of three characters or more. */
  private readonly ownNames = new Map<string, Zone[]>();

  constructor(
    readonly national: PlaceRegister,
    readonly zones: readonly Zone[],
  ) {
    const byForm = new Map<string, Zone[]>();
    for (const z of zones) for (const form of z.forms) byForm.set(form, [...(byForm.get(form) ?? []), z]);
    for (const [form, named] of byForm) this.byFirst.set(form[0]!, [...(this.byFirst.get(form[0]!) ?? []), { form, zones: named }]);
    for (const list of this.byFirst.values()) list.sort((a, b) => b.form.length - a.form.length);
    for (const z of zones) {
      const own = z.name.endsWith(z.kind) ? z.name.slice(0, -z.kind.length) : '';
      if (own.length >= MIN_OWN_NAME) this.ownNames.set(own, [...(this.ownNames.get(own) ?? []), z]);
    }
  }

  /** The places of that exact name (`江北区` → 重庆's and 宁波's; `两江新区`). */
  lookup(name: string): readonly Place[] {
    const zones = (this.byFirst.get(name[0] ?? '') ?? []).find((f) => f.form === name)?.zones ?? [];
    return [...this.national.lookup(name), ...zones];
  }

  /**
   * The places `text` names, in order: the register's (register.ts), and the library's zones in any of their
   * forms — a zone written over a place's name (`青岛片区`, `上海自贸区`) is the zone. A zone several places
   * hold is narrowed by the place named just before it. Linear in the text.
   */
  find(text: string): PlaceFound[] {
    const zones: PlaceFound[] = [];
    if (this.zones.length) {
      for (let i = 0; i < text.length; i++) {
        const hit = (this.byFirst.get(text[i]!) ?? []).find((f) => text.startsWith(f.form, i));
        if (!hit) continue;
        zones.push({ written: hit.form, start: i, end: i + hit.form.length, places: hit.zones });
        i += hit.form.length - 1;
      }
    }
    const divisions = this.national
      .find(text)
      .filter((m) => !zones.some((z) => z.start < m.end && m.start < z.end))
      .map((m): PlaceFound => this.zoneNamedOver(text, m) ?? { written: m.written, start: m.start, end: m.end, places: m.divisions });
    const all = [...divisions, ...zones].sort((a, b) => a.start - b.start);
    return all.map((m, i) => {
      const before = all[i - 1];
      if (m.places.length < 2 || before?.end !== m.start) return m;
      const inside = m.places.filter((p) => before.places.some((b) => placeContains(b, p)));
      return inside.length ? { ...m, places: inside } : m;
    });
  }

  contains(outer: Place, inner: Place): boolean {
    return placeContains(outer, inner);
  }

  /**
   * The zone a register name begins the own name of (`独山港` of 平湖's 独山港经济开发区 holds 独山, a county of
   * 贵州): written without its zone word, the longer name the library knows is what the text says. Only over a
   * register name: a zone's name alone elsewhere is not read (`两江的企业`).
   */
  private zoneNamedOver(text: string, m: { start: number; end: number; written: string }): PlaceFound | null {
    for (let end = Math.min(text.length, m.start + MAX_OWN_NAME); end > m.end; end--) {
      const zones = this.ownNames.get(text.slice(m.start, end));
      if (zones) return { written: text.slice(m.start, end), start: m.start, end, places: zones };
    }
    return null;
  }

  chain(p: Place): Place[] {
    return placeChain(p);
  }
}

// A zone's own name read without its zone word: long enough to be no word of the language (`两江` is not read).
const MIN_OWN_NAME = 3;
const MAX_OWN_NAME = 10;

let national: LibraryRegister | undefined;

/** The register of a library with no zones of its own: the national register alone. */
export function nationalPlaces(): LibraryRegister {
  national ??= new LibraryRegister(nationalRegister(), []);
  return national;
}

/** The names a place goes by in a text: a division with its suffix and without (`温州市`, `温州`), a zone in its forms. */
export function namesOf(p: Place): string[] {
  return p.level === 'zone' ? [...p.forms] : [p.name, bareName(p.name) ?? p.name];
}
