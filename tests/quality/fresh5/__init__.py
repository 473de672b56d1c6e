"""The fresh5 test set: its own names, places, note templates, layouts and profiles."""
