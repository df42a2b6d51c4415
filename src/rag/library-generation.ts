// A counter this process bumps whenever its own ingest changes the library, so caches of retrieved material
// in the same process drop stale entries at once, without asking the database on every draft.
let generation = 0;

export function bumpLibraryGeneration(): void {
  generation++;
}

export function libraryGeneration(): number {
  return generation;
}
