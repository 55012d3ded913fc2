// Placeholder so that the package skeleton builds on a branch that does not yet
// have the store's sources. Delete it when the real JournalStore sources land.
