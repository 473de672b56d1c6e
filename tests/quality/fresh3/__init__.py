"""The fresh3 held-out set: its own people, places, notes, layouts and profiles."""
