// Placeholder entry point so that the package skeleton builds on a branch that
// does not yet have the executable's sources. Replace it with the real one.
