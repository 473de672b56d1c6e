"""The second fresh held-out set: names, places, notes, layouts and profiles written apart."""
