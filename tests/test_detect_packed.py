"""The batch list's packed containers give back what was put in, in order."""

from __future__ import annotations

from pipeline.detect.packed import BLOCK, Chains, Counts, Strings


def test_strings_read_back_by_place_across_blocks() -> None:
    items = [f"v{i}" * (i % 7) for i in range(3 * BLOCK + 5)]  # empty ones too
    strings = Strings()
    for item in items:
        strings.append(item)
    assert len(strings) == len(items)
    assert [strings[i] for i in range(len(items))] == items


def test_chains_keep_every_item_under_its_key_newest_first() -> None:
    chains = Chains(tagged=True)
    keys = [k * 1024 for k in range(-3000, 3000)]  # all in one slot before the table grows
    for item, key in enumerate(keys):
        chains.add(key, item, tag=item + 1)
        chains.add(key, item + 10_000)
    assert len(chains) == 2 * len(keys)
    for item, key in enumerate(keys):
        assert list(chains.get(key)) == [item + 10_000, item]
        assert list(chains.tagged(key)) == [(item + 10_000, 0), (item, item + 1)]
        assert key in chains
    assert 5 not in chains and list(chains.get(5)) == []


def test_counts_count_per_key() -> None:
    counts = Counts()
    for key in range(5000):
        for _ in range(key % 3 + 1):
            counts.add(key * 4096 - 7)
    assert all(counts[key * 4096 - 7] == key % 3 + 1 for key in range(5000))
    assert counts[3] == 0
