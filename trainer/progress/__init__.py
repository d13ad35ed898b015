"""Progress: attempts, journal, scheduling and stats, kept safe on disk."""
