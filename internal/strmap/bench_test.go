package strmap

import (
	"strconv"
	"testing"
	"time"
)

// BenchmarkSetGrowing adds b.N keys to an empty map, through every doubling
// of its index, and reports the slowest Set as max-ns. A doubling that
// placed every key again at once made that the cost of the whole map.
func BenchmarkSetGrowing(b *testing.B) {
	keys := make([]string, b.N)
	for i := range keys {
		keys[i] = "arn:aws:ec2:us-east-1:123456789012:transit-gateway/tgw-" + strconv.Itoa(i)
	}
	var m Map[int]
	var slowest time.Duration
	b.ResetTimer()
	for i, k := range keys {
		start := time.Now()
		m.Set(k, i)
		slowest = max(slowest, time.Since(start))
	}
	b.ReportMetric(float64(slowest.Nanoseconds()), "max-ns")
}
