// Placeholder so that the package skeleton builds on a branch that does not yet
// have this test target's sources. Delete it when the real sources land.
