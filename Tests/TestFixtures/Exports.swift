/// Tests that import TestFixtures get the tmux driver too.
@_exported import TmuxDriver
