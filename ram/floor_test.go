package ram_test

import (
	"encoding/hex"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/sharesim/sharesim/ram/ramtest"
)

// BenchmarkCreateFloor is not sharesim. It measures, on the machine at hand,
// the least work any store must do to create a share with one resource and
// one principal, so that BenchmarkStored's CreateResourceShare figures can
// be read against the machine's speed rather than in absolute terms:
//
//   - two random UUIDs, for the share's ARN and the client token, as text;
//   - the share's ARN, prefixed by its creation time, as one string;
//   - the share and its two associations, in one allocation;
//   - a hash map from share ARN to share and one from resource ARN to the
//     shares that hold the resource;
//   - the owner's and the recipient's lists of shares, in creation order;
//   - an output holding the share and the token.
//
// It validates nothing, keeps no filter index, no quota, no timeline, no
// client-token record and no lock, and its maps and lists are sized in
// advance, so that none of them grows. Sizes and resource ARNs are those of
// BenchmarkStored.
func BenchmarkCreateFloor(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(sizeName(n), func(b *testing.B) {
			st := newFloorStore(n + b.N)
			arns := make([]string, n)
			for i := range arns {
				arns[i] = ramtest.TGW(benchOwner, strconv.Itoa(i))
			}
			for _, arn := range arns {
				floorSink = st.create(arn)
			}
			arns = make([]string, b.N)
			for i := range arns {
				arns[i] = ramtest.TGW(benchOwner, "new"+strconv.Itoa(i))
			}
			b.ReportAllocs()
			b.ResetTimer()
			for i := range b.N {
				floorSink = st.create(arns[i])
			}
		})
	}
}

// floorSink keeps the floor's output alive, as a caller would.
var floorSink *floorOutput

type floorShare struct {
	key, arn, name, owner, region string
	status                        string
	allowExternal                 bool
	created, updated              int64
	assocs                        [2]floorAssoc
}

type floorAssoc struct {
	share            *floorShare
	entity, typ      string
	state            string
	created, updated int64
}

type floorOutput struct {
	share *floorShare
	token string
}

type floorStore struct {
	now        int64 // nanoseconds, advanced by a millisecond a call
	rnd        *rand.ChaCha8
	byARN      map[string]*floorShare
	byResource map[string][]*floorShare
	owned      []*floorShare
	received   []*floorShare
}

// newFloorStore returns a floor store sized for capacity shares, so that
// none of its maps and lists ever grows: growth is a cost every real store
// pays in some form, and the floor leaves it out.
func newFloorStore(capacity int) *floorStore {
	return &floorStore{now: 1_700_000_000_000_000_000, rnd: rand.NewChaCha8([32]byte{}),
		byARN: make(map[string]*floorShare, capacity), byResource: make(map[string][]*floorShare, capacity),
		owned: make([]*floorShare, 0, capacity), received: make([]*floorShare, 0, capacity)}
}

func (st *floorStore) uuid() [36]byte {
	var u [16]byte
	x, y := st.rnd.Uint64(), st.rnd.Uint64()
	for i := range 8 {
		u[i], u[8+i] = byte(x>>(8*i)), byte(y>>(8*i))
	}
	var t [36]byte
	hex.Encode(t[0:8], u[0:4])
	hex.Encode(t[9:13], u[4:6])
	hex.Encode(t[14:18], u[6:8])
	hex.Encode(t[19:23], u[8:10])
	hex.Encode(t[24:], u[10:])
	t[8], t[13], t[18], t[23] = '-', '-', '-', '-'
	return t
}

func (st *floorStore) create(resource string) *floorOutput {
	st.now += 1_000_000
	id := st.uuid()
	key := strconv.FormatInt(st.now, 10) + "/arn:aws:ram:" + ramtest.Region + ":" + benchOwner + ":resource-share/" + string(id[:])
	sh := &floorShare{key: key, arn: key[20:], name: "new", owner: benchOwner, region: ramtest.Region,
		status: "ACTIVE", allowExternal: true, created: st.now, updated: st.now}
	sh.assocs[0] = floorAssoc{share: sh, entity: resource, typ: "RESOURCE", state: "ASSOCIATED", created: st.now, updated: st.now}
	sh.assocs[1] = floorAssoc{share: sh, entity: benchMember, typ: "PRINCIPAL", state: "ASSOCIATED", created: st.now, updated: st.now}
	st.byARN[sh.arn] = sh
	st.byResource[resource] = append(st.byResource[resource], sh)
	st.owned = append(st.owned, sh)
	st.received = append(st.received, sh)
	tok := st.uuid()
	return &floorOutput{share: sh, token: string(tok[:])}
}
