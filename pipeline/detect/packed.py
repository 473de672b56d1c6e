"""Append-only containers that hold hundreds of thousands of items without an object each.

The batch list (``batchlist``) keeps every value, kept ref and pattern of a batch for the
whole run. As Python objects (a string, a tuple, a set entry, a list of ints under a dict
key) each item costs a few hundred bytes; here a string costs its characters in a shared
block and a few bytes in an ``array``, and an index entry a few machine words:

- ``Strings``: strings packed into blocks of UTF-8, read back by place;
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
    """Strings appended one by one and read back by place (``strings[i]``).

    Blocks are UTF-8 bytes: as a str, one accented name would make its whole block take two
    or four bytes a character.
    """

    __slots__ = ("_blocks", "_ends", "_open")

    def __init__(self) -> None:
        self._blocks: list[bytes] = []  # BLOCK items each, encoded and joined
        self._ends = array("I")  # each sealed item's end in its block
        self._open: list[str] = []  # the items after the last sealed block

    def __len__(self) -> int:
        return len(self._blocks) * BLOCK + len(self._open)

    def append(self, item: str) -> None:
        self._open.append(item)
        if len(self._open) == BLOCK:
            encoded = [text.encode("utf-8", "surrogatepass") for text in self._open]
            end = 0
            for piece in encoded:
                end += len(piece)
                self._ends.append(end)
            self._blocks.append(b"".join(encoded))  # the items' own strings are let go
            self._open = []

    def __getitem__(self, place: int) -> str:
        block, at = divmod(place, BLOCK)
        if block == len(self._blocks):
            return self._open[at]
        start = self._ends[place - 1] if at else 0
        return self._blocks[block][start : self._ends[place]].decode("utf-8", "surrogatepass")


class Chains:
    """Items (ints below 2**31) under 64-bit keys, the newest first; with ``tagged``, each
    with a 64-bit tag.

    An open-addressing table of keys, each slot the newest entry under its key, each entry
    the one added under the key before it.
    """

    __slots__ = ("_heads", "_items", "_keys", "_mask", "_next", "_tags", "_used")

    def __init__(self, tagged: bool = False) -> None:
        self._mask = 1023
        self._keys = array("q", bytes(8 * (self._mask + 1)))
        self._heads = array("i", [-1]) * (self._mask + 1)  # -1: an empty slot
        self._items = array("i")
        self._tags = array("q") if tagged else None
        self._next = array("i")
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
        if self._tags is not None:
            self._tags.append(tag)
        self._next.append(head)
        self._heads[slot] = len(self._items) - 1
        if 4 * self._used > 3 * self._mask:
            self._grow()

    def get(self, key: int) -> Iterator[int]:
        """The items under ``key``, newest first."""
        entry = self._heads[self._slot(key)]
        items, chain = self._items, self._next
        while entry >= 0:
            yield items[entry]
            entry = chain[entry]

    def tagged(self, key: int) -> Iterator[tuple[int, int]]:
        """(item, tag) under ``key``, newest first (``tagged`` chains only)."""
        entry = self._heads[self._slot(key)]
        items, tags, chain = self._items, self._tags, self._next
        assert tags is not None
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
        keys, heads = self._keys, self._heads
        self._mask = 2 * self._mask + 1
        self._keys = array("q", bytes(8 * (self._mask + 1)))
        self._heads = array("i", [-1]) * (self._mask + 1)
        for slot, head in enumerate(heads):
            if head >= 0:
                key = keys[slot]
                moved = self._slot(key)
                self._keys[moved] = key
                self._heads[moved] = head


class Counts:
    """A count per 64-bit key (0 for a key never counted)."""

    __slots__ = ("_counts", "_keys", "_mask", "_used")

    def __init__(self) -> None:
        self._mask = 1023
        self._keys = array("q", bytes(8 * (self._mask + 1)))
        self._counts = array("i", bytes(4 * (self._mask + 1)))  # 0: an empty slot
        self._used = 0

    def add(self, key: int) -> None:
        slot = self._slot(key)
        if not self._counts[slot]:
            self._keys[slot] = key
            self._used += 1
        self._counts[slot] += 1
        if 4 * self._used > 3 * self._mask:
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
        keys, counts = self._keys, self._counts
        self._mask = 2 * self._mask + 1
        self._keys = array("q", bytes(8 * (self._mask + 1)))
        self._counts = array("i", bytes(4 * (self._mask + 1)))
        for slot, count in enumerate(counts):
            if count:
                key = keys[slot]
                moved = self._slot(key)
                self._keys[moved] = key
                self._counts[moved] = count
