"""Append-only containers that hold hundreds of thousands of items without an object each.

The batch list (``batchlist``) keeps every value, kept ref and pattern of a batch for the
whole run. As Python objects (a string, a tuple, a set entry, a list of ints under a dict
key) each item costs a few hundred bytes; here a string costs its characters in a shared
block and a few bytes in an ``array``, and an index entry a few machine words:

- ``Strings``: strings packed into blocks, read back by place;
- ``Chains``: places under 64-bit hashes (an open-addressing table whose slots chain
  their items), a multimap where equal hashes mean "maybe equal": a caller that needs
  equality checks it on what the place holds;
- ``Counts``: a count per 64-bit hash.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator

BLOCK = 256  # strings per block: one str object for so many items


class Strings:
    """Strings appended one by one and read back by place (``strings[i]``)."""

    __slots__ = ("_blocks", "_ends", "_open")

    def __init__(self) -> None:
        self._blocks: list[str] = []  # BLOCK items each, joined
        self._ends = array("I")  # each sealed item's end in its block
        self._open: list[str] = []  # the items after the last sealed block

    def __len__(self) -> int:
        return len(self._blocks) * BLOCK + len(self._open)

    def append(self, item: str) -> None:
        self._open.append(item)
        if len(self._open) == BLOCK:
            end = 0
            for text in self._open:
                end += len(text)
                self._ends.append(end)
            self._blocks.append("".join(self._open))  # the items' own strings are let go
            self._open = []

    def __getitem__(self, place: int) -> str:
        block, at = divmod(place, BLOCK)
        if block == len(self._blocks):
            return self._open[at]
        start = self._ends[place - 1] if at else 0
        return self._blocks[block][start : self._ends[place]]


class Chains:
    """Items (ints) under 64-bit keys, each with a 64-bit tag; the newest first.

    An open-addressing table of keys, each slot the newest entry under its key, each entry
    the one added under the key before it.
    """

    __slots__ = ("_heads", "_items", "_keys", "_mask", "_next", "_tags", "_used")

    def __init__(self) -> None:
        self._mask = 1023
        self._keys = array("q", bytes(8 * (self._mask + 1)))
        self._heads = array("q", [-1]) * (self._mask + 1)  # -1: an empty slot
        self._items = array("q")
        self._tags = array("q")
        self._next = array("q")
        self._used = 0

    def __len__(self) -> int:
        return len(self._items)

    def add(self, key: int, item: int, tag: int = 0) -> None:
        slot = self._slot(key)
        head = self._heads[slot]
        if head < 0:
            self._keys[slot] = key
            self._used += 1
        self._items.append(item)
        self._tags.append(tag)
        self._next.append(head)
        self._heads[slot] = len(self._items) - 1
        if 2 * self._used > self._mask:
            self._grow()

    def get(self, key: int) -> Iterator[int]:
        """The items under ``key``, newest first."""
        entry = self._heads[self._slot(key)]
        items, chain = self._items, self._next
        while entry >= 0:
            yield items[entry]
            entry = chain[entry]

    def tagged(self, key: int) -> Iterator[tuple[int, int]]:
        """(item, tag) under ``key``, newest first."""
        entry = self._heads[self._slot(key)]
        items, tags, chain = self._items, self._tags, self._next
        while entry >= 0:
            yield items[entry], tags[entry]
            entry = chain[entry]

    def __contains__(self, key: int) -> bool:
        return self._heads[self._slot(key)] >= 0

    def _slot(self, key: int) -> int:
        mask, keys, heads = self._mask, self._keys, self._heads
        slot = key & mask
        while heads[slot] >= 0 and keys[slot] != key:
            slot = (slot + 1) & mask
        return slot

    def _grow(self) -> None:
        old = [(k, h) for k, h in zip(self._keys, self._heads, strict=True) if h >= 0]
        self._mask = 2 * self._mask + 1
        self._keys = array("q", bytes(8 * (self._mask + 1)))
        self._heads = array("q", [-1]) * (self._mask + 1)
        for key, head in old:
            slot = self._slot(key)
            self._keys[slot] = key
            self._heads[slot] = head


class Counts:
    """A count per 64-bit key (0 for a key never counted)."""

    __slots__ = ("_counts", "_keys", "_mask", "_used")

    def __init__(self) -> None:
        self._mask = 1023
        self._keys = array("q", bytes(8 * (self._mask + 1)))
        self._counts = array("q", bytes(8 * (self._mask + 1)))  # 0: an empty slot
        self._used = 0

    def add(self, key: int) -> None:
        slot = self._slot(key)
        if not self._counts[slot]:
            self._keys[slot] = key
            self._used += 1
        self._counts[slot] += 1
        if 2 * self._used > self._mask:
            self._grow()

    def __getitem__(self, key: int) -> int:
        return self._counts[self._slot(key)]

    def _slot(self, key: int) -> int:
        mask, keys, counts = self._mask, self._keys, self._counts
        slot = key & mask
        while counts[slot] and keys[slot] != key:
            slot = (slot + 1) & mask
        return slot

    def _grow(self) -> None:
        old = [(k, c) for k, c in zip(self._keys, self._counts, strict=True) if c]
        self._mask = 2 * self._mask + 1
        self._keys = array("q", bytes(8 * (self._mask + 1)))
        self._counts = array("q", bytes(8 * (self._mask + 1)))
        for key, count in old:
            slot = self._slot(key)
            self._keys[slot] = key
            self._counts[slot] = count
