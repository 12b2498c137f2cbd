package loadgen

import (
	"encoding/json"
	"fmt"
	"math/bits"
	"time"
)

// subBuckets splits each power of two of nanoseconds into equal parts, so
// a quantile read from the histogram is within 1/subBuckets (about 3%) of
// the true latency, whatever the number of requests: the memory of a
// histogram is fixed.
const (
	subBits    = 5
	subBuckets = 1 << subBits
	buckets    = (64 - subBits + 1) * subBuckets
)

// Histogram counts latencies in log-linear buckets. The zero value is
// empty and ready; it is not safe for concurrent use (each worker keeps
// its own and Merge adds them up).
type Histogram struct {
	counts [buckets]int64
	total  int64
	max    time.Duration
}

// bucketOf is the bucket of d: below subBuckets ns one bucket per ns,
// above that subBuckets buckets per power of two.
func bucketOf(d time.Duration) int {
	ns := uint64(max(d, 0))
	if ns < subBuckets {
		return int(ns)
	}
	shift := bits.Len64(ns) - subBits - 1
	return (shift+1)*subBuckets + int(ns>>shift) - subBuckets
}

// lowerBound is the smallest latency bucket i counts.
func lowerBound(i int) time.Duration {
	if i < subBuckets {
		return time.Duration(i)
	}
	shift := i/subBuckets - 1
	return time.Duration(uint64(i%subBuckets+subBuckets) << shift)
}

// Record counts one latency.
func (h *Histogram) Record(d time.Duration) {
	h.counts[bucketOf(d)]++
	h.total++
	h.max = max(h.max, d)
}

// Merge adds o's counts to h.
func (h *Histogram) Merge(o *Histogram) {
	for i, n := range o.counts {
		h.counts[i] += n
	}
	h.total += o.total
	h.max = max(h.max, o.max)
}

// Count is how many latencies were recorded.
func (h *Histogram) Count() int64 { return h.total }

// Max is the longest latency recorded.
func (h *Histogram) Max() time.Duration { return h.max }

// Quantile is the latency below which a fraction q (0..1) of the recorded
// ones fall, as the lower bound of its bucket (never above Max); 0 when
// nothing was recorded.
func (h *Histogram) Quantile(q float64) time.Duration {
	if h.total == 0 {
		return 0
	}
	rank := int64(q*float64(h.total) + 0.5)
	rank = min(max(rank, 1), h.total)
	var seen int64
	for i, n := range h.counts {
		seen += n
		if seen >= rank {
			return min(lowerBound(i), h.max)
		}
	}
	return h.max
}

// histogramJSON is a histogram as JSON: only the buckets that counted
// something, as [bucket, count] pairs, so a run's result is a few hundred
// bytes whatever its length.
type histogramJSON struct {
	Buckets [][2]int64    `json:"buckets"`
	Max     time.Duration `json:"max"`
}

// MarshalJSON writes h for a load generator's parent process. Its
// receiver is a value so that a Result in a struct writes its histogram.
func (h Histogram) MarshalJSON() ([]byte, error) {
	out := histogramJSON{Buckets: [][2]int64{}, Max: h.max}
	for i, n := range h.counts {
		if n != 0 {
			out.Buckets = append(out.Buckets, [2]int64{int64(i), n})
		}
	}
	return json.Marshal(out)
}

// UnmarshalJSON reads what MarshalJSON wrote into an empty h.
func (h *Histogram) UnmarshalJSON(data []byte) error {
	var in histogramJSON
	if err := json.Unmarshal(data, &in); err != nil {
		return err
	}
	*h = Histogram{max: in.Max}
	for _, b := range in.Buckets {
		if b[0] < 0 || b[0] >= buckets || b[1] < 0 {
			return fmt.Errorf("a latency histogram has bucket %d with count %d: buckets run from 0 to %d and counts are not negative", b[0], b[1], buckets-1)
		}
		h.counts[b[0]] += b[1]
		h.total += b[1]
	}
	return nil
}
