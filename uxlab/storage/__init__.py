"""Files: study folders, append-only session journals, atomic snapshots, packaged resources."""
