"""Exact and near-duplicate removal over the note corpus, and split groups that keep copies together.

Clinical notes are full of copy-forward text and templates. A duplicate in
training over-weights one note; a near-duplicate on both sides of a split leaks
test text into training. So the corpus is de-duplicated as a whole (not per
shard): exact duplicates by a hash of the normalized text, near-duplicates by
MinHash LSH (datasketch signatures, banded) over word shingles, clustered with
union-find as in the BigCode/text-dedup pipelines. One representative per
cluster (the earliest note) is kept; the others go to quarantine with reason
`exact_duplicate` or `near_duplicate`, so every input row stays accounted for.

With `near_action: group` near-duplicates are kept instead, and every patient
linked by a near-duplicate cluster is put in one split group: the split then
assigns whole groups, so near-duplicates still never straddle splits.

One core serves two front ends. `deduplicate` works on a DataFrame in memory
(`cancerprep dedup`, tests). `plan_dedup` works on the runner's note shards
and holds no text, id or LSH index of the corpus: per note it keeps compact
numpy bookkeeping (order keys as a 4-byte date, a source rank and a row number,
then a keep-order rank, digest prefixes and flags: a few tens of bytes), text
digests and band hashes go to raw files and the texts of LSH candidates to
SQLite under a scratch directory, ids are re-read only for the notes removed
or clustered, and the shards are read one at a time.
Both give the same decisions: band buckets are grouped one band at a time, and
a candidate pair joins a cluster only when the exact Jaccard similarity of the
shingle sets reaches the threshold; clusters are connected components, which
do not depend on the order pairs are checked in.

Modules: `minhash` (shingles, LSH bands, union-find, clusters), `order` (which copy is kept),
`decide` (the exact/near decision; `deduplicate` for a frame), `stream` (`plan_dedup` over
note shards) and `audit` (`split_leaks`). Import from the submodule that defines a name.
"""
