"""Choosing a source profile for a file by its inbox subfolder or its header signature."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.config import SourceProfile


def _fold(name: str) -> str:
    return " ".join(name.split()).casefold()


def choose_profile(
    header: Sequence[str], profiles: Sequence[SourceProfile], folder: str | None = None
) -> SourceProfile | None:
    """The profile whose folder matches, else whose header signature the file carries.

    A signature matches when every header it lists is present (case and spacing ignored);
    the longest matching signature wins, so a narrow profile never shadows a wide one.
    """
    present = {_fold(h) for h in header}
    if folder:
        for profile in profiles:
            if _fold(folder) in (_fold(profile.name), _fold(profile.match.folder or "")):
                missing = [h for h in profile.match.headers if _fold(h) not in present]
                if not missing:
                    return profile
    best: SourceProfile | None = None
    for profile in profiles:
        wanted = [_fold(h) for h in profile.match.headers]
        fits = bool(wanted) and all(w in present for w in wanted)
        if fits and (best is None or len(wanted) > len(best.match.headers)):
            best = profile
    return best


def resolve_columns(header: Sequence[str], profile: SourceProfile) -> dict[str, str]:
    """Map the profile's spelling of each column to the file's spelling (case/spacing may differ)."""
    by_fold = {_fold(h): h for h in header}
    named = set(profile.personal) | set(profile.free_text) | set(profile.keep)
    for mapped in profile.columns.values():
        named.update([mapped] if isinstance(mapped, str) else mapped)
    return {name: by_fold[_fold(name)] for name in named if _fold(name) in by_fold}
