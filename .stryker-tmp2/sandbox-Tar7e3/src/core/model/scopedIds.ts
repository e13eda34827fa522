/**
 * (scope, id) pairs such as (office, Control ID): a map of sets, so that a lookup inside a loop
 * over rows builds no composite key string.
 */
// @ts-nocheck

export class ScopedIds {
  private readonly ids = new Map<string, Set<string>>();

  add(scope: string, id: string): void {
    let set = this.ids.get(scope);
    if (set === undefined) {
      set = new Set();
      this.ids.set(scope, set);
    }
    set.add(id);
  }

  has(scope: string, id: string): boolean {
    return this.ids.get(scope)?.has(id) === true;
  }
}
